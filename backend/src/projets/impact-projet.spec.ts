import { resumerImpact, scenarioDuProjet } from './impact-projet';
import { estConcurrente } from './structures-voisines';

describe('impact simulé d’un projet', () => {
  it('opens an MSP with the committed GPs at the project commune', () => {
    expect(scenarioDuProjet({ type: 'msp', communeCode: '81105', professionnels: [{ profession: 'medecin_generaliste', nombre: 3 }] })).toEqual({
      scenario: { changements: [{ type: 'ouverture_msp', commune: '81105', nombre: 3 }] },
    });
  });

  it.each([
    ['no GP committed', { type: 'msp', communeCode: '81105', professionnels: [{ profession: 'infirmier', nombre: 2 }] }, /Aucun médecin/],
    ['a CPTS', { type: 'cpts', communeCode: '81105', professionnels: [{ profession: 'medecin_generaliste', nombre: 30 }] }, /CPTS/],
  ])('simulates nothing for %s, and says why', (_cas, projet, raison) => {
    const r = scenarioDuProjet(projet);
    expect('raison' in r && r.raison).toMatch(raison);
  });

  it('sums the population brought over the thresholds and lists the communes changing class', () => {
    const commune = (code: string, aplAvant: number, aplApres: number, classeAvant: string, classeApres: string, population: number) => ({
      code,
      nom: code,
      aplAvant,
      aplApres,
      delta: aplApres - aplAvant,
      population,
      classeAvant,
      classeApres,
    });
    const simulation = {
      annee: 2023,
      mode: 'incremental',
      source: { libelle: 'DREES', millesime: '2023' },
      hypotheses: { consultationsParMedecin: 5400 },
      changements: [],
      avertissements: [],
      territoires: [],
      communes: [commune('81105', 2.2, 2.9, 'sous_dotee', 'fragile', 13000), commune('81001', 3.1, 3.2, 'fragile', 'fragile', 500)],
      franchissements: [
        { seuil: 2.5, passentAuDessus: { communes: ['81105'], population: 13000 }, passentEnDessous: { communes: [], population: 0 } },
        { seuil: 4, passentAuDessus: { communes: [], population: 0 }, passentEnDessous: { communes: [], population: 0 } },
      ],
    } as unknown as Parameters<typeof resumerImpact>[2];
    const r = resumerImpact({ communeCode: '81105' }, { changements: [] }, simulation);
    expect(r.commune).toMatchObject({ code: '81105', deltaApl: expect.closeTo(0.7, 9), classeApres: 'fragile' });
    expect(r.populationAuDessusDe2_5.population).toBe(13000);
    expect(r.populationAuDessusDe4.population).toBe(0);
    expect(r.changementsDeClasse.map((c) => c.code)).toEqual(['81105']);
    expect(r.hypotheses.medecinsEngages).toMatch(/nouvelles installations/);
  });
});

describe('structures concurrentes d’un projet', () => {
  it.each([
    ['msp', { type: 'msp', nature: null, statut: 'ouverte' }, true],
    ['msp', { type: 'cds', nature: 'medical', statut: 'ouverte' }, true],
    ['msp', { type: 'cds', nature: 'dentaire', statut: 'ouverte' }, false],
    ['msp', { type: 'cpts', nature: null, statut: 'ouverte' }, false],
    ['msp', { type: 'msp', nature: null, statut: 'fermee' }, false],
    ['cpts', { type: 'cpts', nature: null, statut: 'non précisé' }, true],
    ['cpts', { type: 'msp', nature: null, statut: 'ouverte' }, false],
  ])('a %s project vs %j → %s', (type, structure, attendu) => {
    expect(estConcurrente(type, structure)).toBe(attendu);
  });
});
