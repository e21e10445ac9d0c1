import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComptesClient } from './comptes.client';
import { jetonInterceptor } from './jeton.interceptor';
import { SessionStore } from './session.store';

async function preparer(connecte: boolean) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withInterceptors([jetonInterceptor])),
      provideHttpClientTesting(),
      {
        provide: ComptesClient,
        useValue: {
          connexion: vi.fn().mockResolvedValue({
            jeton: 'abc.def.ghi',
            type: 'Bearer',
            expireLe: new Date(Date.now() + 3600_000).toISOString(),
            utilisateur: { id: 'u1', email: 'porteur@msp.fr', nom: null, role: 'porteur', territoires: [] },
          }),
        },
      },
    ],
  });
  const session = TestBed.inject(SessionStore);
  if (connecte) await session.connecter('porteur@msp.fr', 'secret');
  return { http: TestBed.inject(HttpClient), serveur: TestBed.inject(HttpTestingController), session };
}

describe('jetonInterceptor', () => {
  afterEach(() => sessionStorage.clear());

  it('sends the bearer token to our API while connected', async () => {
    const { http, serveur } = await preparer(true);
    const reponse = firstValueFrom(http.get('/api/projets'));
    const requete = serveur.expectOne('/api/projets');
    expect(requete.request.headers.get('Authorization')).toBe('Bearer abc.def.ghi');
    requete.flush([]);
    await expect(reponse).resolves.toEqual([]);
  });

  it('sends nothing for the public (no session)', async () => {
    const { http, serveur } = await preparer(false);
    const reponse = firstValueFrom(http.get('/api/territoires/commune/31555'));
    const requete = serveur.expectOne('/api/territoires/commune/31555');
    expect(requete.request.headers.has('Authorization')).toBe(false);
    requete.flush({});
    await reponse;
  });

  it('never sends the token to another origin', async () => {
    const { http, serveur } = await preparer(true);
    const reponse = firstValueFrom(http.get('https://tuiles.exemple.fr/style.json'));
    const requete = serveur.expectOne('https://tuiles.exemple.fr/style.json');
    expect(requete.request.headers.has('Authorization')).toBe(false);
    requete.flush({});
    await reponse;
  });

  it('closes the session when the API refuses the token (401), and lets the caller see the error', async () => {
    const { http, serveur, session } = await preparer(true);
    const reponse = firstValueFrom(http.get('/api/projets'));
    serveur.expectOne('/api/projets').flush({ message: 'Jeton expiré.' }, { status: 401, statusText: 'Unauthorized' });
    await expect(reponse).rejects.toMatchObject({ status: 401 });
    expect(session.connecte()).toBe(false);
  });

  it('keeps the session on a 403 (a forbidden action is not an expired token)', async () => {
    const { http, serveur, session } = await preparer(true);
    const reponse = firstValueFrom(http.patch('/api/projets/x', {}));
    serveur.expectOne('/api/projets/x').flush({ message: 'Ce projet n’est pas le vôtre.' }, { status: 403, statusText: 'Forbidden' });
    await expect(reponse).rejects.toMatchObject({ status: 403 });
    expect(session.connecte()).toBe(true);
  });
});
