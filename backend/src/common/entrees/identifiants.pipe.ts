import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ErreurDomaine } from '../erreurs/erreur-domaine';

/** Largest value of a PostgreSQL `integer` (serial ids): a larger one would fail in the database, not here. */
export const ENTIER_SQL_MAX = 2 ** 31 - 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Route parameter that must be a UUID (`@Param('id', IdentifiantUuid)`): 400 naming the parameter otherwise. */
@Injectable()
export class IdentifiantUuid implements PipeTransform<unknown, string> {
  transform(valeur: unknown, meta: ArgumentMetadata): string {
    if (typeof valeur === 'string' && UUID.test(valeur)) return valeur.toLowerCase();
    const champ = meta.data ?? 'id';
    throw new ErreurDomaine('ENTREE_INVALIDE', `${champ} doit être un identifiant UUID (reçu « ${apercu(valeur)} »).`, [
      { champ, valeur: apercu(valeur), message: `${champ} doit être un UUID` },
    ]);
  }
}

/** Route parameter that must be a serial id, 1 to 2³¹ − 1 (`@Param('id', IdentifiantEntier)`). */
@Injectable()
export class IdentifiantEntier implements PipeTransform<unknown, number> {
  transform(valeur: unknown, meta: ArgumentMetadata): number {
    // A number already when the global ValidationPipe converted the parameter (its metatype is Number).
    const n = typeof valeur === 'number' ? valeur : typeof valeur === 'string' && /^[0-9]{1,10}$/.test(valeur) ? Number(valeur) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= ENTIER_SQL_MAX) return n;
    const champ = meta.data ?? 'id';
    throw new ErreurDomaine('ENTREE_INVALIDE', `${champ} doit être un entier entre 1 et ${ENTIER_SQL_MAX} (reçu « ${apercu(valeur)} »).`, [
      { champ, valeur: apercu(valeur), message: `${champ} doit être un entier entre 1 et ${ENTIER_SQL_MAX}` },
    ]);
  }
}

/** The received value, cut short: a refusal does not echo a megabyte back. */
function apercu(valeur: unknown): string {
  const texte = String(valeur);
  return texte.length > 60 ? `${texte.slice(0, 60)}…` : texte;
}
