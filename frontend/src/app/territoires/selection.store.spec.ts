import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it, vi } from 'vitest';
import { SelectionStore } from './selection.store';
import { FicheTerritoire } from './territoire';
import { TerritoiresClient } from './territoires.client';

const fiche = (code: string, nom: string): FicheTerritoire => ({
  type: 'commune',
  code,
  nom,
  population: 1000,
  parents: [],
  bbox: [4, 45, 5, 46],
  voisins: [],
  nbCommunes: 1,
  source: { libelle: 'INSEE', millesime: '2026' },
});

function creer(ficheClient: TerritoiresClient['fiche'], communesMembres: TerritoiresClient['communesMembres'] = vi.fn().mockResolvedValue([])) {
  TestBed.configureTestingModule({
    providers: [SelectionStore, { provide: TerritoiresClient, useValue: { fiche: ficheClient, communesMembres } }],
  });
  return TestBed.inject(SelectionStore);
}

describe('SelectionStore', () => {
  it('loads the card of the picked territory', async () => {
    const client = vi.fn().mockResolvedValue(fiche('42218', 'Saint-Étienne'));
    const store = creer(client);
    await store.selectionner('commune', '42218');
    expect(client).toHaveBeenCalledWith('commune', '42218');
    expect(store.fiche()?.nom).toBe('Saint-Étienne');
    expect(store.demande()).toEqual({ type: 'commune', code: '42218' });
  });

  it('shows the card picked last, even if an earlier one answers after it', async () => {
    let resoudreLente!: (f: FicheTerritoire) => void;
    const lente = new Promise<FicheTerritoire>((ok) => (resoudreLente = ok));
    const client = vi.fn().mockReturnValueOnce(lente).mockResolvedValueOnce(fiche('2A004', 'Ajaccio'));
    const store = creer(client);

    const premiere = store.selectionner('commune', '42218');
    await store.selectionner('commune', '2A004');
    resoudreLente(fiche('42218', 'Saint-Étienne'));
    await premiere;

    expect(store.fiche()?.code).toBe('2A004');
    expect(store.enCours()).toBe(false);
  });

  it('clears the previous card and explains a missing territory', async () => {
    const client = vi
      .fn()
      .mockResolvedValueOnce(fiche('42218', 'Saint-Étienne'))
      .mockRejectedValueOnce(new HttpErrorResponse({ status: 404, error: { code: 'INTROUVABLE', message: 'Commune 99999 introuvable' } }));
    const store = creer(client);
    await store.selectionner('commune', '42218');
    await store.selectionner('commune', '99999');
    expect(store.fiche()).toBeNull();
    expect(store.erreur()).toBe('Commune 99999 introuvable');
  });

  it('says the server is unreachable on a network failure', async () => {
    const store = creer(vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 0 })));
    await store.selectionner('region', '84');
    expect(store.erreur()).toMatch(/ne répond pas/);
  });

  it('lists the member communes of a wider territory, most populated first, and none for a commune', async () => {
    const membres = vi.fn().mockResolvedValue([
      { code: '42095', nom: 'La Fouillouse', population: 4_000 },
      { code: '42218', nom: 'Saint-Étienne', population: 170_000 },
      { code: '42001', nom: 'Aboën', population: 4_000 },
    ]);
    const store = creer(vi.fn().mockResolvedValue({ ...fiche('244200770', 'Saint-Étienne Métropole'), type: 'epci' }), membres);
    await store.selectionner('epci', '244200770');
    expect(membres).toHaveBeenCalledWith('epci', '244200770');
    expect(store.membres().map((m) => m.code)).toEqual(['42218', '42001', '42095']);

    await store.selectionner('commune', '42218');
    expect(membres).toHaveBeenCalledTimes(1);
    expect(store.membres()).toEqual([]);
  });
});
