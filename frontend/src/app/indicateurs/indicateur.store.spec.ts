import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { IndicateurStore } from './indicateur.store';
import { ValeursIndicateurClient } from './valeurs-indicateur.client';

function creer(population: ValeursIndicateurClient['population']) {
  TestBed.configureTestingModule({ providers: [IndicateurStore, { provide: ValeursIndicateurClient, useValue: { population } }] });
  return TestBed.inject(IndicateurStore);
}

describe('IndicateurStore', () => {
  it('exposes the values by INSEE code for the map, with their source', async () => {
    const store = creer(
      vi.fn().mockResolvedValue({ indicateur: 'population', source: 'INSEE', millesime: '2026', valeurs: { '42218': 172_000, '2A004': 74_000 } }),
    );
    await store.charger();
    expect(store.valeursParCode().get('2A004')).toBe(74_000);
    expect(store.valeursParCode().size).toBe(2);
    expect(store.valeurs()?.millesime).toBe('2026');
  });

  it('falls back to boundaries only, and says so, when the values cannot be loaded', async () => {
    const store = creer(vi.fn().mockRejectedValue(new Error('boom')));
    await store.charger();
    expect(store.valeursParCode().size).toBe(0);
    expect(store.erreur()).toMatch(/contours seuls/);
  });
});
