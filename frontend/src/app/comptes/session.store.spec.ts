import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReponseConnexion } from './compte';
import { ComptesClient } from './comptes.client';
import { CLE_SESSION, SessionStore } from './session.store';

const dans = (heures: number) => new Date(Date.now() + heures * 3600_000).toISOString();
const reponse = (expireLe = dans(8)): ReponseConnexion => ({
  jeton: 'jeton-elu',
  type: 'Bearer',
  expireLe,
  utilisateur: { id: 'u1', email: 'elu@toulouse.fr', nom: 'Camille Martin', role: 'elu', territoires: [{ type: 'commune', code: '31555' }] },
});

function creer(connexion: ComptesClient['connexion'], deconnexionPartout: ComptesClient['deconnexionPartout'] = vi.fn()) {
  TestBed.configureTestingModule({ providers: [SessionStore, { provide: ComptesClient, useValue: { connexion, deconnexionPartout } }] });
  return TestBed.inject(SessionStore);
}

describe('SessionStore', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps the token in memory and in sessionStorage, so a reload of the tab stays connected', async () => {
    const connexion = vi.fn().mockResolvedValue(reponse());
    const store = creer(connexion);
    await expect(store.connecter(' elu@toulouse.fr ', 'secret')).resolves.toBe(true);
    expect(connexion).toHaveBeenCalledWith('elu@toulouse.fr', 'secret');
    expect(store.jeton()).toBe('jeton-elu');
    expect(store.utilisateur()?.nom).toBe('Camille Martin');
    expect(JSON.parse(sessionStorage.getItem(CLE_SESSION)!)).toMatchObject({ jeton: 'jeton-elu' });

    TestBed.resetTestingModule();
    const rechargee = creer(vi.fn());
    expect(rechargee.connecte()).toBe(true);
    expect(rechargee.jeton()).toBe('jeton-elu');
  });

  it('says wrong credentials in French on a 401, without telling which one is wrong', async () => {
    const store = creer(vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 401, error: { message: 'Identifiants invalides.' } })));
    await expect(store.connecter('elu@toulouse.fr', 'faux')).resolves.toBe(false);
    expect(store.erreur()).toBe('Adresse électronique ou mot de passe incorrect.');
    expect(store.connecte()).toBe(false);
    expect(store.enCours()).toBe(false);
  });

  it('gives the wait after too many failures (429), in the API’s words', async () => {
    const erreur = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'Retry-After': '900' }),
      error: { message: 'Trop de tentatives de connexion : réessayez dans 15 minutes.' },
    });
    const store = creer(vi.fn().mockRejectedValue(erreur));
    await store.connecter('elu@toulouse.fr', 'faux');
    expect(store.erreur()).toBe('Trop de tentatives de connexion : réessayez dans 15 minutes.');
  });

  it('says the server is away when it does not answer', async () => {
    const store = creer(vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 0 })));
    await store.connecter('elu@toulouse.fr', 'secret');
    expect(store.erreur()).toMatch(/serveur ne répond pas/);
  });

  it('drops an expired token instead of sending it', async () => {
    const store = creer(vi.fn().mockResolvedValue(reponse(dans(-1))));
    await store.connecter('elu@toulouse.fr', 'secret');
    expect(store.jeton()).toBeNull();
    expect(store.connecte()).toBe(false);
    expect(sessionStorage.getItem(CLE_SESSION)).toBeNull();
  });

  it('forgets everything at log-out', async () => {
    const store = creer(vi.fn().mockResolvedValue(reponse()));
    await store.connecter('elu@toulouse.fr', 'secret');
    store.deconnecter();
    expect(store.utilisateur()).toBeNull();
    expect(store.jeton()).toBeNull();
    expect(sessionStorage.getItem(CLE_SESSION)).toBeNull();
  });

  it('« se déconnecter partout » asks the API to end every session, then forgets this one — even if the API refuses', async () => {
    const partout = vi.fn().mockResolvedValue(undefined);
    const store = creer(vi.fn().mockResolvedValue(reponse()), partout);
    await store.connecter('elu@toulouse.fr', 'secret');
    await store.deconnecterPartout();
    expect(partout).toHaveBeenCalledOnce();
    expect(store.connecte()).toBe(false);

    TestBed.resetTestingModule();
    const refuse = creer(vi.fn().mockResolvedValue(reponse()), vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 401 })));
    await refuse.connecter('elu@toulouse.fr', 'secret');
    await expect(refuse.deconnecterPartout()).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(refuse.connecte()).toBe(false);
  });
});
