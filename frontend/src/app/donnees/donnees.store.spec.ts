import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EtatTeleversement } from './donnees';
import { DonneesClient, EvenementEnvoi } from './donnees.client';
import { DonneesStore, INTERVALLE_SUIVI_MS } from './donnees.store';

const etat = (statut: EtatTeleversement['statut'], extra: Partial<EtatTeleversement> = {}): EtatTeleversement => ({
  id: '0b9a8b3e-6a3e-4a52-9c55-6c1b1c1b1c1b',
  type: 'finess',
  libelleType: 'Extrait FINESS',
  statut,
  fichier: 'finess.csv',
  taille: 10,
  progression: null,
  rapport: null,
  erreur: null,
  versionId: null,
  ...extra,
});

describe('DonneesStore (écran « Données »)', () => {
  let envoi: Subject<EvenementEnvoi>;
  let client: Record<string, ReturnType<typeof vi.fn>>;
  let store: DonneesStore;

  beforeEach(() => {
    vi.useFakeTimers();
    envoi = new Subject();
    client = {
      televerser: vi.fn().mockReturnValue(envoi),
      etat: vi.fn(),
      importer: vi.fn(),
      annuler: vi.fn(),
      jeux: vi.fn().mockResolvedValue([]),
    };
    TestBed.configureTestingModule({ providers: [DonneesStore, { provide: DonneesClient, useValue: client }] });
    store = TestBed.inject(DonneesStore);
  });
  afterEach(() => vi.useRealTimers());

  it('shows the bytes sent, then follows the analysis until its report', async () => {
    const fichier = new File(['abc'], 'finess.csv');
    store.televerser('finess', {}, fichier);
    envoi.next({ envoye: 1, total: 3 });
    expect(store.envoi()).toEqual({ envoye: 1, total: 3 });
    client.etat.mockResolvedValueOnce(etat('analyse', { progression: { etape: 'Lecture', octetsLus: 5, octetsTotal: 10, lignesLues: 2, pourcentage: 50 } }));
    client.etat.mockResolvedValueOnce(etat('pret'));
    envoi.next({ etat: etat('analyse') });
    expect(store.envoi()).toBeNull();
    await vi.advanceTimersByTimeAsync(INTERVALLE_SUIVI_MS);
    expect(store.televersement()?.progression?.lignesLues).toBe(2);
    await vi.advanceTimersByTimeAsync(INTERVALLE_SUIVI_MS);
    expect(store.televersement()?.statut).toBe('pret');
    await vi.advanceTimersByTimeAsync(5 * INTERVALLE_SUIVI_MS);
    expect(client.etat).toHaveBeenCalledTimes(2); // a stable state is not polled any more
  });

  it('keeps the French refusal of the upload request with the fields it names', () => {
    store.televerser('zonage', {}, new File(['x'], 'z.csv'));
    envoi.error(
      new HttpErrorResponse({
        status: 400,
        error: { message: 'Champs du téléversement à corriger : Début de validité : obligatoire.', details: [{ champ: 'debut', message: 'obligatoire' }] },
      }),
    );
    expect(store.refus()).toEqual({
      message: 'Champs du téléversement à corriger : Début de validité : obligatoire.',
      details: [{ champ: 'debut', message: 'obligatoire' }],
    });
  });

  it('imports, follows the import and reloads the datasets once it is done', async () => {
    store.televerser('finess', {}, new File(['x'], 'f.csv'));
    envoi.next({ etat: etat('pret') });
    client.importer.mockResolvedValue(etat('import'));
    client.etat.mockResolvedValue(etat('importe', { versionId: 12 }));
    await store.importer();
    await vi.advanceTimersByTimeAsync(INTERVALLE_SUIVI_MS);
    expect(store.televersement()).toMatchObject({ statut: 'importe', versionId: 12 });
    expect(client.jeux).toHaveBeenCalled();
  });
});
