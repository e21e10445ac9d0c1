import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as commun from '@zxcvbn-ts/language-common';
import * as francais from '@zxcvbn-ts/language-fr';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { LONGUEUR_MIN_MOT_DE_PASSE } from './configuration-auth';
/** zxcvbn's score, 0 to 4; 3 = about 10⁸ guesses or more ("safely unguessable" against online attacks, per zxcvbn). */
export const SCORE_MIN_MOT_DE_PASSE = 3;

export interface EvaluationMotDePasse {
  acceptable: boolean;
  /** 0 (trivial) to 4 (very strong), zxcvbn's scale. */
  score: number;
  /** Why it is refused, in French (empty when acceptable). */
  raisons: string[];
  /** How to do better, in French (zxcvbn's French suggestions). */
  suggestions: string[];
}

let estimateur: ZxcvbnFactory | null = null;
let courants: Set<string> | null = null;

/**
 * zxcvbn-ts with its common dictionaries (49,000 most common passwords, diceware words, keyboard layouts
 * incl. AZERTY) and its French ones (common words, first and last names, Wikipedia words), offline: the
 * dictionaries are shipped in the npm packages. Built once, on the first password checked (~60 ms).
 */
function zxcvbn(): ZxcvbnFactory {
  estimateur ??= new ZxcvbnFactory({
    translations: francais.translations,
    graphs: commun.adjacencyGraphs,
    dictionary: { ...commun.dictionary, ...francais.dictionary },
  });
  return estimateur;
}

function motsDePasseCourants(): Set<string> {
  courants ??= new Set(commun.dictionary['passwords-common'].map((m) => m.toLowerCase()));
  return courants;
}

/**
 * The password policy, checked offline: at least 12 characters, not one of the most common passwords, and
 * hard to guess (zxcvbn score ≥ 3) once the account's own words (e-mail, name) and the product's name are
 * known to the attacker.
 */
export function evaluerMotDePasse(motDePasse: string, motsDuCompte: (string | null | undefined)[] = []): EvaluationMotDePasse {
  const raisons: string[] = [];
  if (motDePasse.length < LONGUEUR_MIN_MOT_DE_PASSE) raisons.push(`il doit compter au moins ${LONGUEUR_MIN_MOT_DE_PASSE} caractères`);
  if (motsDePasseCourants().has(motDePasse.toLowerCase())) raisons.push('il figure dans la liste des mots de passe les plus courants');
  const contexte = ['maillage', ...motsDuCompte.flatMap((m) => (m ? [m, ...m.split(/[@.\s_-]+/)] : []))].filter((m) => m.length >= 3);
  const resultat = zxcvbn().check(motDePasse.slice(0, 200), contexte);
  if (resultat.score < SCORE_MIN_MOT_DE_PASSE) {
    raisons.push(resultat.feedback.warning ? `il est trop facile à deviner (${resultat.feedback.warning.replace(/\.$/, '')})` : 'il est trop facile à deviner');
  }
  return { acceptable: raisons.length === 0, score: resultat.score, raisons, suggestions: resultat.feedback.suggestions };
}

/** Throws ENTREE_INVALIDE (naming `champ`) when the password does not meet the policy. */
export function exigerMotDePasseAcceptable(motDePasse: string, motsDuCompte: (string | null | undefined)[] = [], champ = 'motDePasse'): void {
  const e = evaluerMotDePasse(motDePasse, motsDuCompte);
  if (e.acceptable) return;
  const conseil = e.suggestions.length ? ` ${e.suggestions.join(' ')}` : '';
  throw new ErreurDomaine('ENTREE_INVALIDE', `Mot de passe refusé : ${e.raisons.join(' ; ')}.${conseil}`, [
    { champ, message: `mot de passe refusé : ${e.raisons.join(' ; ')}` },
  ]);
}
