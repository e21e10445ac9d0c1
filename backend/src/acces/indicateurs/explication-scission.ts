import { Scission } from '../apl/scissions-apres-millesime';

/** What a commune card says about a split that happened after the DREES vintage (French, for the people reading it). */
export interface ExplicationScission {
  /** Short label shown beside the APL. */
  libelle: string;
  /** What is known and what is not. */
  explication: string;
  /** The population shown is a share of the former commune's DREES population (estimate), not a DREES figure. */
  populationEstimee: true;
  communeAvant: { code: string; nom: string };
  populationAvant: number;
}

const nombre = (n: number) => Math.round(n).toLocaleString('fr-FR');
const liste = (noms: string[]) => (noms.length <= 1 ? noms.join('') : `${noms.slice(0, -1).join(', ')} et ${noms.at(-1)}`);

/**
 * `nomDe` gives the current name of a member commune. The APL vintage and the year of its population (N−2) date what
 * the DREES measured.
 */
export function expliquerScission(
  s: Scission,
  commune: { code: string; nom: string },
  nomDe: (code: string) => string,
  millesime: { annee: number; anneePopulation: number },
  populationAffichee: number,
): ExplicationScission {
  const avant = `${s.communeAvant.nom} (${s.communeAvant.code})`;
  const autres = s.membres.filter((c) => c !== commune.code).map(nomDe);
  const repartition = `La DREES compte ${nombre(s.populationAvant)} habitants (population ${millesime.anneePopulation}) pour ${avant}, commune qui comprenait alors ${liste(
    [commune.nom, ...autres].filter((n, i, t) => t.indexOf(n) === i),
  )} ; la population affichée ici, ${nombre(populationAffichee)} habitants, en est la part de ${commune.nom} au prorata des populations légales 2026 : c’est une estimation, pas un chiffre de la DREES.`;
  const base = { populationEstimee: true as const, communeAvant: s.communeAvant, populationAvant: s.populationAvant };
  if (s.role === 'parent') {
    return {
      ...base,
      libelle: 'Population de la commune avant scission, répartie',
      explication: `L’APL ${millesime.annee} est celle que la DREES publie pour ${avant}, avant que ${liste(autres)} n’en soient détachées. ${repartition}`,
    };
  }
  if (s.aplDeLaCommuneAvant) {
    return {
      ...base,
      libelle: 'APL de la commune avant scission',
      explication: `La DREES ne publie pas d’APL ${millesime.annee} pour ${commune.nom} : son territoire faisait alors partie de ${avant}. L’APL affichée est celle publiée pour cette commune, pas une mesure propre à ${commune.nom}. ${repartition}`,
    };
  }
  return {
    ...base,
    libelle: 'APL de la commune avant scission',
    explication: `La DREES publie une APL ${millesime.annee} pour ${commune.nom} mais sans aucun habitant : ses habitants étaient comptés dans ${avant}, dont elle faisait alors partie. ${repartition}`,
  };
}
