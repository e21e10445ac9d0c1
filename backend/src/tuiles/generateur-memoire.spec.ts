import { GenerateurMemoire } from './generateur-memoire';
import { lireMvt } from './lire-mvt.spec-helper';
import { TerritoireGeojson } from './tuiles.repository';

/** Two neighbouring squares near Saint-Étienne (about 4.3–4.5°E, 45.4–45.5°N). */
const carre = (ouest: number, sud: number, cote: number) => ({
  type: 'MultiPolygon' as const,
  coordinates: [
    [
      [
        [ouest, sud],
        [ouest + cote, sud],
        [ouest + cote, sud + cote],
        [ouest, sud + cote],
        [ouest, sud],
      ],
    ],
  ],
});
const COMMUNES: TerritoireGeojson[] = [
  { code: '42218', nom: 'Saint-Étienne', geometrie: carre(4.3, 45.4, 0.1) },
  { code: '42095', nom: 'La Fouillouse', geometrie: carre(4.4, 45.4, 0.1) },
];

describe('GenerateurMemoire', () => {
  it('encodes a tile whose MVT layer is named after the couche, with code and nom only', async () => {
    const generateur = new GenerateurMemoire(async () => COMMUNES);
    // z10 tile containing 4.35°E 45.45°N: x = floor((4.35 + 180) / 360 × 1024) = 524, y = 366
    const tuile = await generateur.tuile('communes', { z: 10, x: 524, y: 366 });

    const [couche, ...autres] = lireMvt(tuile);
    expect(autres).toHaveLength(0);
    expect(couche.nom).toBe('communes');
    expect(couche.entites).toBe(2);
    expect(couche.cles.sort()).toEqual(['code', 'nom']);
    expect(couche.valeurs).toEqual(expect.arrayContaining(['42218', 'Saint-Étienne', '42095']));
    expect(couche.extent).toBe(4096);
  });

  it('draws the national view on a 512 grid, the communes with their code only, the other couches with their name', async () => {
    const generateur = new GenerateurMemoire(async () => COMMUNES);
    // z5 tile of 4.35°E 45.45°N: x = floor(184.35 / 360 × 32) = 16, y = 11
    const [communes] = lireMvt(await generateur.tuile('communes', { z: 5, x: 16, y: 11 }));
    expect(communes.extent).toBe(512);
    expect(communes.cles).toEqual(['code']);
    expect(communes.valeurs.sort()).toEqual(['42095', '42218']);

    const [epci] = lireMvt(await generateur.tuile('epci', { z: 5, x: 16, y: 11 }));
    expect(epci.cles.sort()).toEqual(['code', 'nom']);
    const [z7] = lireMvt(await generateur.tuile('communes', { z: 7, x: 65, y: 45 }));
    expect(z7.extent).toBe(1024);
    expect(z7.cles.sort()).toEqual(['code', 'nom']);
  });

  it('answers an empty tile far from any territory', async () => {
    const generateur = new GenerateurMemoire(async () => COMMUNES);
    expect((await generateur.tuile('communes', { z: 10, x: 0, y: 0 })).length).toBe(0);
  });

  it('reads the geometry of a couche once, even for concurrent first requests', async () => {
    const charger = jest.fn(async () => COMMUNES);
    const generateur = new GenerateurMemoire(charger);
    await Promise.all([generateur.tuile('communes', { z: 10, x: 524, y: 366 }), generateur.tuile('communes', { z: 9, x: 262, y: 183 })]);
    await generateur.tuile('communes', { z: 5, x: 16, y: 11 });
    expect(charger).toHaveBeenCalledTimes(1);

    generateur.oublier();
    await generateur.tuile('communes', { z: 5, x: 16, y: 11 });
    expect(charger).toHaveBeenCalledTimes(2);
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    const charger = jest.fn().mockRejectedValueOnce(new Error('base indisponible')).mockResolvedValue(COMMUNES);
    const generateur = new GenerateurMemoire(charger);
    await expect(generateur.tuile('communes', { z: 10, x: 524, y: 366 })).rejects.toThrow('base indisponible');
    expect(lireMvt(await generateur.tuile('communes', { z: 10, x: 524, y: 366 }))[0].entites).toBe(2);
  });
});
