import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChargementDonneesStore, INTERVALLE_SONDAGE_MS } from './chargement-donnees.store';
import { EtatDonnees } from './etat-donnees';
import { EtatDonneesClient } from './etat-donnees.client';

const etat = (statut: EtatDonnees['statut'], i: Partial<EtatDonnees['import']> = {}): EtatDonnees => ({
  statut,
  manquants: [],
  import: { enCours: statut === 'chargement', jeuEnCours: null, etape: null, fait: 0, total: 0, jeuxTermines: 0, jeuxTotal: 0, erreur: null, ...i },
});

function creer(reponses: EtatDonnees[]) {
  const etatFn = vi.fn();
  reponses.forEach((r) => etatFn.mockResolvedValueOnce(r));
  TestBed.configureTestingModule({ providers: [{ provide: EtatDonneesClient, useValue: { etat: etatFn } }] });
  return { store: TestBed.inject(ChargementDonneesStore), etatFn };
}

describe('ChargementDonneesStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('computes the overall percentage from finished datasets and the current one', async () => {
    const { store } = creer([etat('chargement', { jeuEnCours: 'trajets', etape: 'paires', fait: 50, total: 100, jeuxTermines: 6, jeuxTotal: 11 })]);
    await store.sonder();
    expect(store.pourcentage()).toBe(59);
    expect(store.libelle()).toBe('Jeu 7 sur 11 : paires');
    expect(store.enChargement()).toBe(true);
  });

  it('polls until the data is ready, then stops', async () => {
    const { store, etatFn } = creer([etat('chargement', { jeuxTotal: 2 }), etat('pret')]);
    await store.sonder();
    expect(store.pret()).toBe(false);
    await vi.advanceTimersByTimeAsync(INTERVALLE_SONDAGE_MS);
    expect(store.pret()).toBe(true);
    await vi.advanceTimersByTimeAsync(INTERVALLE_SONDAGE_MS * 3);
    expect(etatFn).toHaveBeenCalledTimes(2);
  });

  it('stops polling and exposes the message when the import failed', async () => {
    const { store, etatFn } = creer([etat('indisponible', { erreur: 'Fichier de contours manquant' })]);
    await store.sonder();
    await vi.advanceTimersByTimeAsync(INTERVALLE_SONDAGE_MS * 3);
    expect(store.erreur()).toBe('Fichier de contours manquant');
    expect(etatFn).toHaveBeenCalledTimes(1);
  });

  it('shows the banner while a start-up import runs even when no dataset is missing (a changed file), and is ready only after', async () => {
    const { store } = creer([
      { ...etat('pret', { jeuxTotal: 3, jeuxTermines: 1 }), import: { ...etat('pret').import, enCours: true, jeuxTotal: 3, jeuxTermines: 1 } },
      etat('pret'),
    ]);
    await store.sonder();
    expect(store.enChargement()).toBe(true);
    expect(store.premierChargement()).toBe(false);
    expect(store.pret()).toBe(false);
    await vi.advanceTimersByTimeAsync(INTERVALLE_SONDAGE_MS);
    expect(store.pret()).toBe(true);
    expect(store.enChargement()).toBe(false);
  });

  it('keeps polling when the probe does not answer', async () => {
    const { store, etatFn } = creer([]);
    etatFn.mockRejectedValueOnce(new Error('délai dépassé')).mockResolvedValueOnce(etat('chargement', { jeuxTotal: 2 }));
    await store.sonder();
    expect(store.injoignable()).toBe(true);
    await vi.advanceTimersByTimeAsync(INTERVALLE_SONDAGE_MS);
    expect(store.enChargement()).toBe(true);
  });
});
