import { FicheAcces, ValeurSourcee } from '../fiche/fiche-acces';
import { ClasseAcces, LIBELLES_CLASSE_ACCES, ResultatSimulation } from '../simulation/simulation';

/** One row of a side-by-side table: what is compared, then the two values as a person reads them. */
export interface LigneComparaison {
  readonly libelle: string;
  readonly a: string;
  readonly b: string;
}

const ENTIER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const APL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DELTA = new Intl.NumberFormat('fr-FR', { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const PLURIEL = new Intl.PluralRules('fr-FR');
const NON_DISPONIBLE = 'non disponible';

const mot = (n: number, singulier: string, pluriel: string) => (PLURIEL.select(n) === 'one' ? singulier : pluriel);
const habitants = (n: number) => `${ENTIER.format(n)} ${mot(n, 'habitant', 'habitants')}`;
const communes = (n: number) => `${ENTIER.format(n)} ${mot(n, 'commune', 'communes')}`;

function valeur(v: ValeurSourcee, format: (n: number) => string): string {
  return v.valeur === null ? NON_DISPONIBLE : format(v.valeur);
}

function classe(c: string | null): string {
  return c === null ? NON_DISPONIBLE : (LIBELLES_CLASSE_ACCES[c as ClasseAcces] ?? NON_DISPONIBLE);
}

/** Two territories' access facts (`GET /api/acces/:type/:code`), row by row; a figure a dataset lacks reads « non disponible ». */
export function lignesTerritoires(a: FicheAcces, b: FicheAcces): LigneComparaison[] {
  const lignes = (libelle: string, f: (x: FicheAcces) => string): LigneComparaison => ({ libelle, a: f(a), b: f(b) });
  return [
    lignes('Habitants', (x) => valeur(x.population.totale, habitants)),
    lignes('APL aux médecins généralistes (consultations par an et par habitant)', (x) => valeur(x.apl, (n) => APL.format(n))),
    lignes('APL aux médecins de moins de 65 ans', (x) => valeur(x.aplMoins65, (n) => APL.format(n))),
    lignes('Classe d’accès', (x) => classe(x.classe.valeur)),
    lignes('Habitants où l’APL est sous 2,5', (x) => valeur(x.population.sous2_5, habitants)),
    lignes('Habitants où l’APL est sous 4', (x) => valeur(x.population.sous4, habitants)),
  ];
}

/** What two simulated scenarios change, row by row (communes whose APL moves, thresholds crossed, largest rise). */
export function lignesScenarios(a: ResultatSimulation, b: ResultatSimulation): LigneComparaison[] {
  const lignes = (libelle: string, f: (x: ResultatSimulation) => string): LigneComparaison => ({ libelle, a: f(a), b: f(b) });
  const seuil = (x: ResultatSimulation, s: number) => x.franchissements.find((f) => f.seuil === s);
  const auDessus = (s: number) => (x: ResultatSimulation) => {
    const f = seuil(x, s);
    return f ? `${habitants(f.passentAuDessus.population)} (${communes(f.passentAuDessus.communes.length)})` : NON_DISPONIBLE;
  };
  const enDessous = (s: number) => (x: ResultatSimulation) => {
    const f = seuil(x, s);
    return f ? `${habitants(f.passentEnDessous.population)} (${communes(f.passentEnDessous.communes.length)})` : NON_DISPONIBLE;
  };
  return [
    lignes('Communes dont l’APL change', (x) => communes(x.communes.length)),
    lignes('Habitants qui passent au-dessus de 2,5', auDessus(2.5)),
    lignes('Habitants qui passent au-dessus de 4', auDessus(4)),
    lignes('Habitants qui passent sous 2,5', enDessous(2.5)),
    lignes('Communes qui changent de classe d’accès', (x) => communes(x.communes.filter((c) => c.classeAvant !== c.classeApres).length)),
    lignes('Plus forte hausse de l’APL', (x) => {
      const max = x.communes.reduce<ResultatSimulation['communes'][number] | null>((m, c) => (c.delta > (m?.delta ?? 0) ? c : m), null);
      return max ? `${max.nom} : ${APL.format(max.aplAvant)} → ${APL.format(max.aplApres)} (${DELTA.format(max.delta)})` : 'aucune';
    }),
  ];
}
