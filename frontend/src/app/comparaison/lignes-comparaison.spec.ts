import { describe, expect, it } from 'vitest';
import { FicheAcces } from '../fiche/fiche-acces';
import { CommuneSimulee, ResultatSimulation } from '../simulation/simulation';
import { lignesScenarios, lignesTerritoires } from './lignes-comparaison';

const source = { libelle: 'DREES', millesime: '2023' };
const v = <T>(valeur: T) => ({ valeur, source });

function fiche(nom: string, apl: number | null, classe: string | null, totale: number, sous2_5: number | null): FicheAcces {
  return {
    type: 'commune',
    code: '00000',
    nom,
    annee: 2023,
    source,
    apl: v(apl),
    aplMoins65: v(apl === null ? null : apl - 0.5),
    fragilite: v(null),
    classe: v(classe),
    population: { totale: v(totale), sous2_5: v(sous2_5), sous4: v(totale) },
    absence: null,
    evolution: null,
    rangs: [],
    horizons: undefined as unknown as FicheAcces['horizons'],
  };
}

const commune = (
  nom: string,
  avant: number,
  apres: number,
  classeAvant: CommuneSimulee['classeAvant'],
  classeApres: CommuneSimulee['classeApres'],
): CommuneSimulee => ({
  code: nom,
  nom,
  aplAvant: avant,
  aplApres: apres,
  delta: apres - avant,
  population: 1000,
  classeAvant,
  classeApres,
});

function resultat(communes: CommuneSimulee[], dessus25: { population: number; communes: string[] }): ResultatSimulation {
  return {
    annee: 2023,
    mode: 'incremental',
    source,
    hypotheses: { consultationsParMedecin: 5400, modeleTrajet: { facteurDetour: 1.3, vitesseKmh: 60, approximation: '' } },
    communes,
    franchissements: [
      { seuil: 2.5, passentAuDessus: dessus25, passentEnDessous: { population: 0, communes: [] } },
      { seuil: 4, passentAuDessus: { population: 0, communes: [] }, passentEnDessous: { population: 0, communes: [] } },
    ],
    territoires: [],
    avertissements: [],
  };
}

describe('lignesTerritoires', () => {
  it('reads both territories row by row in French, and « non disponible » where a dataset has no figure', () => {
    const lignes = lignesTerritoires(fiche('Boussac', 2.58, 'fragile_menacee', 1432, 0), fiche('Mayotte', null, null, 1, null));
    expect(lignes.map((l) => [l.libelle, l.a, l.b])).toEqual([
      ['Habitants', '1\u202f432 habitants', '1 habitant'],
      ['APL aux médecins généralistes (consultations par an et par habitant)', '2,58', 'non disponible'],
      ['APL aux médecins de moins de 65 ans', '2,08', 'non disponible'],
      ['Classe d’accès', 'fragile menacée', 'non disponible'],
      ['Habitants où l’APL est sous 2,5', '0 habitant', 'non disponible'],
      ['Habitants où l’APL est sous 4', '1\u202f432 habitants', '1 habitant'],
    ]);
  });
});

describe('lignesScenarios', () => {
  it('counts what each scenario changes and names its largest rise', () => {
    const a = resultat([commune('Boussac', 2.58, 4.66, 'fragile_menacee', 'suffisante'), commune('Lavaveix', 2.4, 2.45, 'sous_dotee', 'sous_dotee')], {
      population: 1432,
      communes: ['23031'],
    });
    const b = resultat([], { population: 0, communes: [] });
    const lignes = Object.fromEntries(lignesScenarios(a, b).map((l) => [l.libelle, [l.a, l.b]]));
    expect(lignes['Communes dont l’APL change']).toEqual(['2 communes', '0 commune']);
    expect(lignes['Habitants qui passent au-dessus de 2,5']).toEqual(['1\u202f432 habitants (1 commune)', '0 habitant (0 commune)']);
    expect(lignes['Communes qui changent de classe d’accès']).toEqual(['1 commune', '0 commune']);
    expect(lignes['Plus forte hausse de l’APL'][0]).toMatch(/^Boussac : 2,58 → 4,66 \(\+2,08\)$/);
    expect(lignes['Plus forte hausse de l’APL'][1]).toBe('aucune');
  });
});
