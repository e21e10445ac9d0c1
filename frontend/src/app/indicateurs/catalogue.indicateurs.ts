import { INDICATEUR_APL, INDICATEUR_APL_MOINS_65, INDICATEUR_CLASSE, INDICATEUR_EVOLUTION, INDICATEUR_FRAGILITE } from './acces.indicateurs';
import { CodeIndicateur, Indicateur } from './indicateur';
import { INDICATEUR_POPULATION } from './population.indicateur';
import { INDICATEUR_ZONAGE_INFIRMIER, INDICATEUR_ZONAGE_MEDECIN } from './zonage.indicateur';

/** The indicators offered in the selector, in display order. */
export const INDICATEURS: readonly Indicateur[] = [
  INDICATEUR_APL,
  INDICATEUR_APL_MOINS_65,
  INDICATEUR_FRAGILITE,
  INDICATEUR_CLASSE,
  INDICATEUR_EVOLUTION,
  INDICATEUR_ZONAGE_MEDECIN,
  INDICATEUR_ZONAGE_INFIRMIER,
  INDICATEUR_POPULATION,
];

export function indicateurParCode(code: CodeIndicateur): Indicateur {
  return INDICATEURS.find((i) => i.code === code) ?? INDICATEUR_APL;
}
