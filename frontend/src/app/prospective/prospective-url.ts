import { ParametreUrl } from '../vue/etat-url';
import { Lettre } from './prospective';
import { ProspectiveStore } from './prospective.store';

const LETTRES_URL = /^[ABC]{1,12}$/;

/**
 * One scenario's hypotheses in a link: one letter per issue, in the order of the issues (`CAAAAA`: C for issue 1,
 * A for the five others). Null for no choice.
 */
export function ecrireChoix(choix: Readonly<Record<number, Lettre>> | null): string | null {
  if (!choix) return null;
  const numeros = Object.keys(choix)
    .map(Number)
    .sort((a, b) => a - b);
  if (!numeros.length || numeros.some((n, k) => n !== k + 1)) return null;
  return numeros.map((n) => choix[n]).join('');
}

/** The hypotheses of a link's parameter; null when it is not a string of letters A, B or C. */
export function lireChoix(texte: string | null): Record<number, Lettre> | null {
  const t = texte?.toUpperCase() ?? '';
  if (!LETTRES_URL.test(t)) return null;
  return Object.fromEntries([...t].map((l, k) => [k + 1, l as Lettre]));
}

/**
 * The « Prospective » tab's view in the dashboard's URL: `observe=CBBBBB` and `cible=AAAAAA` (left out when they
 * are the study's hypotheses), `horizon=10` (the map's horizon, 5 years by default) and `calcul=oui` (the scenarios
 * were computed for these choices: a copied link computes them again, for the link's territory).
 */
export function parametresProspective(store: ProspectiveStore): ParametreUrl[] {
  return [
    {
      nom: 'observe',
      historique: 'ajouter',
      valeur: () => ecrireChoix(store.choixDifferents('observe')),
      appliquer: (valeur) => store.appliquerChoix('observe', lireChoix(valeur)),
    },
    {
      nom: 'cible',
      historique: 'ajouter',
      valeur: () => ecrireChoix(store.choixDifferents('cible')),
      appliquer: (valeur) => store.appliquerChoix('cible', lireChoix(valeur)),
    },
    {
      nom: 'horizon',
      historique: 'ajouter',
      valeur: () => (store.horizon() === 5 ? null : String(store.horizon())),
      appliquer: (valeur) => store.horizon.set(valeur === '10' ? 10 : 5),
    },
    {
      nom: 'calcul',
      historique: 'ajouter',
      valeur: () => (store.calculDemande() ? 'oui' : null),
      appliquer: (valeur) => store.demanderCalcul(valeur === 'oui'),
    },
  ];
}
