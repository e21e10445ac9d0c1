import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { FicheTerritoire } from '../territoires/territoire';
import { niveauxAlerte } from './niveaux-alerte';
import { ZonesClient } from './zones.client';
import { ZonesStore } from './zones.store';

const commune = (code: string, departement: string): FicheTerritoire => ({
  type: 'commune',
  code,
  nom: code,
  population: 1,
  parents: [
    { type: 'epci', code: '244200770', nom: 'EPCI' },
    { type: 'departement', code: departement, nom: `Dép. ${departement}` },
  ],
  bbox: null,
  voisins: [],
  nbCommunes: 1,
  source: { libelle: 'INSEE', millesime: '2026' },
});

describe('ZonesStore', () => {
  it('lists the département of a commune, and keeps it while the user walks through its communes', () => {
    expect(ZonesStore.territoirePour(commune('42218', '42'), null)).toEqual({ type: 'departement', code: '42', nom: 'Dép. 42' });
    expect(ZonesStore.territoirePour(commune('42207', '42'), { type: 'departement', code: '42', nom: 'Loire' })).toBeNull();
    expect(ZonesStore.territoirePour(commune('69123', '69'), { type: 'departement', code: '42', nom: 'Loire' })?.code).toBe('69');
  });

  it('lists an EPCI, département or région as such', () => {
    const epci: FicheTerritoire = { ...commune('x', '42'), type: 'epci', code: '244200770', nom: 'Saint-Étienne Métropole', parents: [] };
    expect(ZonesStore.territoirePour(epci, { type: 'departement', code: '42', nom: 'Loire' })).toEqual({
      type: 'epci',
      code: '244200770',
      nom: 'Saint-Étienne Métropole',
    });
  });

  it('fetches the list for the territory and vintage, and reports a failure in French', async () => {
    const zonesSousDotees = vi
      .fn()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValue({ communes: [], total: { communes: 0, population: 0 } });
    TestBed.configureTestingModule({ providers: [ZonesStore, { provide: ZonesClient, useValue: { zonesSousDotees } }] });
    const store = TestBed.inject(ZonesStore);
    await store.charger({ type: 'departement', code: '42', nom: 'Loire' }, 2022);
    expect(store.erreur()).toMatch(/zones sous-dotées est indisponible/);
    await store.charger({ type: 'departement', code: '42', nom: 'Loire' }, 2022);
    expect(zonesSousDotees).toHaveBeenLastCalledWith('departement', '42', 2022);
    expect(store.erreur()).toBeNull();
  });

  it('outlines under-served and fragile communes only', () => {
    expect([...niveauxAlerte({ a: 'sous_dotee', b: 'fragile_menacee', c: 'fragile', d: 'suffisante', e: null })]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });
});
