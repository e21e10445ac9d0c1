import { Indicateur } from './indicateur';

/**
 * Population municipale: classes follow the usual commune size thresholds (rural villages,
 * bourgs, small towns, towns, cities). Sequential blue palette, readable by colour-blind users.
 */
export const INDICATEUR_POPULATION: Indicateur = {
  code: 'population',
  libelle: 'Population municipale',
  unite: 'habitants',
  origine: 'population',
  annees: [],
  classes: [
    { min: 0, couleur: '#eff3ff', libelle: 'moins de 500' },
    { min: 500, couleur: '#bdd7e7', libelle: '500 à 1 999' },
    { min: 2_000, couleur: '#6baed6', libelle: '2 000 à 9 999' },
    { min: 10_000, couleur: '#3182bd', libelle: '10 000 à 49 999' },
    { min: 50_000, couleur: '#08519c', libelle: '50 000 et plus' },
  ],
};
