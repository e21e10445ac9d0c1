import { Indicateur } from '../indicateurs/indicateur';

const DEUX_DECIMALES = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const SIGNE = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const ENTIER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const POURCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/**
 * The value of a commune as the hover tooltip writes it: a category's name (zonage, access class), a share in
 * percent, inhabitants, a signed gap, or a number with two decimals (APL); « sans donnée » when it has none.
 */
export function valeurInfobulle(indicateur: Indicateur, valeur: number | undefined): string {
  if (valeur === undefined || !Number.isFinite(valeur)) return 'sans donnée';
  if (indicateur.categories) return indicateur.classes.find((c) => c.min === valeur)?.libelle ?? 'sans donnée';
  switch (indicateur.unite) {
    case 'part':
      return POURCENT.format(valeur);
    case 'habitants':
      return `${ENTIER.format(valeur)}\u00a0hab.`;
    case 'écart d’APL':
      return SIGNE.format(valeur);
    default:
      return DEUX_DECIMALES.format(valeur);
  }
}

/** ΔAPL of a simulation, signed (« +0,35 », « −0,12 », « 0,00 »). */
export function deltaInfobulle(delta: number): string {
  return SIGNE.format(delta);
}
