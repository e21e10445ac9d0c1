import type { NextFunction, Request, Response } from 'express';
import { ErreurDomaine } from '../erreurs/erreur-domaine';

/**
 * Deepest nesting of objects and lists accepted in a JSON body. Maillage's own bodies nest four levels at
 * most (a project's funding lines, an aid's criteria); class-transformer recurses once per level and a body
 * nested a few thousand levels deep overflowed its stack (a 500).
 */
export const PROFONDEUR_MAX_CORPS = 32;

/**
 * Express middleware, after the body parsers: refuses (400, naming the field) what no route can use and
 * what PostgreSQL or the validators would choke on — NUL characters (U+0000: PostgreSQL's text cannot hold
 * them) in the path, the query string or the body, lone UTF-16 surrogates, and JSON bodies nested deeper
 * than PROFONDEUR_MAX_CORPS.
 * Iterative, so that the check itself cannot overflow the stack.
 */
export function controlerEntrees(profondeurMax = PROFONDEUR_MAX_CORPS) {
  return (req: Request, _res: Response, next: NextFunction): void => {
    try {
      if (/%00/i.test((req.originalUrl ?? req.url).split('?')[0])) {
        throw new ErreurDomaine('ENTREE_INVALIDE', 'Caractère nul (U+0000) interdit dans l’adresse.', [
          { champ: 'adresse', message: 'caractère nul interdit' },
        ]);
      }
      parcourir(req.query, 'query', Infinity);
      parcourir(req.body, 'corps', profondeurMax);
      next();
    } catch (e) {
      next(e);
    }
  };
}

function parcourir(racine: unknown, origine: 'query' | 'corps', profondeurMax: number): void {
  const pile: { valeur: unknown; chemin: string; profondeur: number }[] = [{ valeur: racine, chemin: '', profondeur: 0 }];
  while (pile.length) {
    const { valeur, chemin, profondeur } = pile.pop()!;
    if (typeof valeur === 'string') {
      if (valeur.includes('\0')) throw nul(chemin, origine);
      // A lone surrogate (\ud800 in JSON) is no character at all; validator.js throws on it (URIError).
      if (!(valeur as BienForme).isWellFormed()) throw malForme(chemin, origine);
      continue;
    }
    if (valeur === null || typeof valeur !== 'object') continue;
    if (profondeur >= profondeurMax) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `Corps de requête trop imbriqué : ${profondeurMax} niveaux d’objets ou de listes au plus${chemin ? ` (dépassé dans « ${chemin} »)` : ''}.`,
        [{ champ: chemin || 'corps', message: `plus de ${profondeurMax} niveaux d’imbrication` }],
      );
    }
    for (const [cle, enfant] of Object.entries(valeur)) {
      if (cle.includes('\0')) throw nul(chemin, origine);
      pile.push({ valeur: enfant, chemin: chemin ? `${chemin}.${cle}` : cle, profondeur: profondeur + 1 });
    }
  }
}

/** String.prototype.isWellFormed (Node 20, ES2024: not in the ES2022 lib the backend compiles against). */
type BienForme = string & { isWellFormed(): boolean };

function malForme(chemin: string, origine: 'query' | 'corps'): ErreurDomaine {
  const champ = chemin || origine;
  return new ErreurDomaine('ENTREE_INVALIDE', `Texte mal formé dans « ${champ} » (caractère Unicode incomplet).`, [
    { champ, message: 'caractère Unicode incomplet' },
  ]);
}

function nul(chemin: string, origine: 'query' | 'corps'): ErreurDomaine {
  const champ = chemin || origine;
  return new ErreurDomaine('ENTREE_INVALIDE', `Caractère nul (U+0000) interdit dans « ${champ} ».`, [{ champ, message: 'caractère nul interdit' }]);
}
