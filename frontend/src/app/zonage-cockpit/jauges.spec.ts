import { describe, expect, it } from 'vitest';
import { calculerJauges } from './jauges';
import { ParametreEffectif } from './zonage-cockpit';

const parametre = (p: string, valeur: number | null): ParametreEffectif => ({
  parametre: p,
  libelle: p,
  unite: '%',
  aide: '',
  valeur,
  statut: valeur === null ? 'a_saisir' : 'texte',
  provenance: '',
  anterieurAuTexteEnVigueur: false,
});

describe('calculerJauges (navigateur)', () => {
  it('equals the hand-computed shares of the fixture région of the backend spec', () => {
    const j = calculerJauges(
      [
        { code: 'A', classe: 'ZIP', categorie: 'selection_nationale', populationRegion: 10_000 },
        { code: 'B', classe: 'ZIP', categorie: 'vivier', populationRegion: 6_000 },
        { code: 'C', classe: 'ZAC', categorie: 'vivier', populationRegion: 4_000 },
        { code: 'D', classe: 'HZ', categorie: 'hors_vivier', populationRegion: 15_000 },
        { code: 'E', classe: 'ZAC', categorie: 'hors_vivier', populationRegion: 5_000 },
      ],
      [
        { parts: [{ unite: 'B', population: 1_500 }], classe: 'ZAC' },
        { parts: [{ unite: 'D', population: 1_000 }], classe: null },
      ],
      [parametre('plafond_zip', 40), parametre('plafond_zac', 30), parametre('marge_derogatoire', 5)],
    );
    expect(j.zip.part).toBeCloseTo(36.25, 10);
    expect(j.zac.part).toBeCloseTo(26.25, 10);
    expect(j.marge.part).toBeCloseTo(50, 10);
    expect(j.marge.partRegion).toBeCloseTo(12.5, 10);
    expect(j.marge.statut).toBe('depasse');
    expect(j.zip.statut).toBe('respecte');
  });
});
