import { EtatCouverture } from './etat-couverture';

/** A count in the map's view, with the coverage of that view (null: nothing loaded anywhere in the view). */
export interface CompteVue {
  readonly couverture: EtatCouverture;
  readonly nombre: number | null;
}

/** `GET /api/structures/comptes`. */
export interface ComptesVue {
  readonly emprise: readonly number[];
  readonly comptes: Readonly<Record<string, CompteVue>>;
  /** CPTS perimeters (membership lists) meeting the view, when CPTS were asked. */
  readonly perimetresCpts: CompteVue | null;
}

/** What a layer's line says about its count in the view: « 12 dans la vue », « non chargées dans cette vue »… */
export function libelleCompteVue(compte: CompteVue | null | undefined, unite: { singulier: string; pluriel: string }): string | null {
  if (!compte) return null;
  if (compte.nombre === null) return `données non chargées dans cette vue`;
  const regles = new Intl.PluralRules('fr-FR');
  const n = `${new Intl.NumberFormat('fr-FR').format(compte.nombre)} ${regles.select(compte.nombre) === 'one' ? unite.singulier : unite.pluriel} dans la vue`;
  return compte.couverture.couvert === 'partiel' ? `${n} (partie chargée de la vue seulement)` : n;
}
