import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { IndicateurStore } from './indicateur.store';
import { Indicateur, ValeursIndicateur } from './indicateur';
import { ValeursIndicateurClient } from './valeurs-indicateur.client';

const reponse = (indicateur: string, valeurs: ValeursIndicateur['valeurs'], millesime = '2023'): ValeursIndicateur => ({
  indicateur,
  source: `DREES, APL ${millesime}`,
  millesime,
  valeurs,
});

function creer(valeurs: (indicateur: Indicateur, annee: number | null) => Promise<ValeursIndicateur>) {
  const espion = vi.fn(valeurs);
  TestBed.configureTestingModule({ providers: [IndicateurStore, { provide: ValeursIndicateurClient, useValue: { valeurs: espion } }] });
  return { store: TestBed.inject(IndicateurStore), espion };
}

describe('IndicateurStore', () => {
  it('starts on the APL and exposes the values by INSEE code for the map, with their source', async () => {
    const { store } = creer(async () => reponse('apl', { '42218': 4.147, '2A004': 3.1, '97601': null }));
    await store.charger();
    expect(store.indicateur().code).toBe('apl');
    expect(store.valeursParCode().get('2A004')).toBe(3.1);
    // Mayotte has no APL: no value, so grey on the map, never coloured as the lowest class.
    expect(store.valeursParCode().has('97601')).toBe(false);
    expect(store.valeurs()?.millesime).toBe('2023');
  });

  it('colours categorical indicators through their category number and drops unknown categories', async () => {
    const { store } = creer(async (i) =>
      i.code === 'classe' ? reponse('classe', { a: 'sous_dotee', b: 'suffisante', c: 'inconnue' }) : reponse('zonage_medecin', { a: 'ZIP', b: 'HZ' }),
    );
    await store.choisir('classe');
    expect([...store.valeursParCode()]).toEqual([
      ['a', 0],
      ['b', 3],
    ]);
    await store.choisir('zonage_medecin');
    expect([...store.valeursParCode()]).toEqual([
      ['a', 0],
      ['b', 3],
    ]);
    expect(store.indicateur().classes[3].libelle).toMatch(/hors zonage/i);
  });

  it('keeps values per indicator and vintage: switching back does not refetch', async () => {
    const { store, espion } = creer(async (i, annee) => reponse(i.code, { x: annee ?? 9 }, String(annee ?? 2023)));
    await store.choisir('apl');
    await store.choisir('fragilite');
    await store.choisir('apl');
    expect(espion).toHaveBeenCalledTimes(2);
    await store.choisirAnnee(2022);
    expect(store.annee()).toBe(2022);
    expect(store.valeursParCode().get('x')).toBe(2022);
    expect(espion).toHaveBeenCalledTimes(3);
  });

  it('asks the evolution for the latest vintage only (the API has no gap before the first one)', async () => {
    const { store, espion } = creer(async (i, annee) => reponse(i.code, {}, String(annee)));
    await store.choisir('apl', 2022);
    await store.choisir('evolution');
    expect(espion).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'evolution' }), null);
  });

  it('an older answer arriving late does not replace the newer choice', async () => {
    let liberer!: () => void;
    const { store } = creer((i) =>
      i.code === 'apl' ? new Promise((r) => (liberer = () => r(reponse('apl', { x: 1 })))) : Promise.resolve(reponse('population', { x: 500 })),
    );
    const lent = store.choisir('apl');
    await store.choisir('population');
    liberer();
    await lent;
    expect(store.indicateur().code).toBe('population');
    expect(store.valeursParCode().get('x')).toBe(500);
  });

  it('times the switch from the values being there to the map updated, and to the painted frame', async () => {
    const { store } = creer(async () => reponse('apl', { x: 1 }));
    await store.choisir('apl');
    const maintenant = performance.now();
    store.basculeAffichee({ appliquee: maintenant + 3, peinte: maintenant + 12 });
    expect(store.dureeAppliqueeMs()).toBeGreaterThanOrEqual(3);
    expect(store.dureeAppliqueeMs()).toBeLessThan(12);
    expect(store.dureeBasculeMs()).toBeGreaterThanOrEqual(12);
    expect(store.dureeTotaleMs()).toBeGreaterThanOrEqual(store.dureeBasculeMs()!);
  });

  it('names each indicator vintage for the map and hands back the same values object when switching back', async () => {
    const { store } = creer(async (i, annee) => reponse(i.code, { x: annee ?? 9 }));
    await store.choisir('apl');
    const apl = store.choroplethe();
    expect(apl.cle).toBe('apl:dernier');
    await store.choisir('population');
    // Population has a single vintage: the selected APL year does not enter its key.
    expect(store.choroplethe().cle).toBe('population:dernier');
    await store.choisir('apl');
    expect(store.choroplethe().cle).toBe('apl:dernier');
    // Same Map object: the map recognises values it already holds and sets no feature-state again.
    expect(store.choroplethe().valeurs).toBe(apl.valeurs);
    await store.choisirAnnee(2022);
    expect(store.choroplethe()).toEqual(expect.objectContaining({ cle: 'apl:2022', valeurs: new Map([['x', 2022]]) }));
    await store.choisir('population');
    expect(store.choroplethe().cle).toBe('population:dernier');
  });

  it('falls back to boundaries only, and says so, when the values cannot be loaded, and retries next time', async () => {
    const { store, espion } = creer(
      vi
        .fn()
        .mockRejectedValueOnce(new Error('boom'))
        .mockResolvedValue(reponse('apl', { x: 2 })),
    );
    await store.charger();
    expect(store.valeursParCode().size).toBe(0);
    expect(store.erreur()).toMatch(/contours seuls/);
    await store.charger();
    expect(store.valeursParCode().get('x')).toBe(2);
    expect(espion).toHaveBeenCalledTimes(2);
  });
});
