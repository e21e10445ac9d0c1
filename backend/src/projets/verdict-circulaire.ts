import { SEUIL_FRAGILE, SEUIL_SOUS_DOTEE } from '../acces/indicateurs/classes-acces';

/**
 * The 2010 national MSP circular: MSP projects are to be targeted at *fragile* zones, not at zones totally without
 * doctors (a project there finds no team to build on). Read with the access engine's APL of the project's zone,
 * which already counts every GP reachable within 20 minutes:
 * - APL = 0: no GP consultation reachable within 20 minutes → « zone sans médecin (à éviter) »;
 * - 0 < APL < 4 (under-served or fragile) → « zone fragile (cible) »;
 * - APL ≥ 4 → adequate access, outside the circular's target;
 * - no APL (Mayotte, commune outside the DREES vintage) → undetermined.
 * A commune without a GP of its own but with GPs a few minutes away is a fragile zone, not an empty one: this is
 * why the verdict reads the APL and not the commune's own headcount.
 */
export type CibleCirculaire = 'zone_fragile' | 'zone_sans_medecin' | 'acces_suffisant' | 'indetermine';

export interface VerdictCirculaire {
  cible: CibleCirculaire;
  libelle: string;
  explication: string;
  critere: string;
  source: { libelle: string; millesime: string } | null;
}

export const CRITERE_CIRCULAIRE =
  'Circulaire nationale de 2010 sur les maisons de santé pluriprofessionnelles : cibler les zones fragiles, pas les zones totalement dépourvues de médecins. ' +
  `Lu sur l’APL de la zone du projet (commune et communes couvertes) : APL nulle = aucun médecin généraliste accessible à moins de 20 minutes ; APL < ${SEUIL_FRAGILE} = zone fragile ou sous-dotée.`;

const LIBELLES: Record<CibleCirculaire, string> = {
  zone_fragile: 'Zone fragile (cible de la circulaire)',
  zone_sans_medecin: 'Zone sans médecin (à éviter)',
  acces_suffisant: 'Accès suffisant (hors cible prioritaire)',
  indetermine: 'Indéterminé (pas d’APL)',
};

const virgule = (x: number) => x.toLocaleString('fr-FR', { maximumFractionDigits: 3 });

export function verdictCirculaire(apl: number | null, source: { libelle: string; millesime: string } | null, raisonAbsence?: string | null): VerdictCirculaire {
  const verdict = (cible: CibleCirculaire, explication: string): VerdictCirculaire => ({
    cible,
    libelle: LIBELLES[cible],
    explication,
    critere: CRITERE_CIRCULAIRE,
    source,
  });
  if (apl === null || !Number.isFinite(apl))
    return verdict('indetermine', raisonAbsence ?? 'Aucune APL publiée pour cette zone : le verdict ne peut pas être établi.');
  if (apl <= 0) {
    return verdict(
      'zone_sans_medecin',
      'APL nulle : aucune consultation de médecin généraliste n’est accessible à moins de 20 minutes. Un projet y trouve difficilement une équipe : la circulaire de 2010 déconseille ces zones totalement dépourvues.',
    );
  }
  if (apl < SEUIL_SOUS_DOTEE)
    return verdict('zone_fragile', `APL ${virgule(apl)} < ${virgule(SEUIL_SOUS_DOTEE)} : zone sous-dotée où exercent des médecins, cible de la circulaire.`);
  if (apl < SEUIL_FRAGILE)
    return verdict(
      'zone_fragile',
      `APL ${virgule(apl)} entre ${virgule(SEUIL_SOUS_DOTEE)} et ${virgule(SEUIL_FRAGILE)} : zone fragile, cible de la circulaire.`,
    );
  return verdict(
    'acces_suffisant',
    `APL ${virgule(apl)} ≥ ${virgule(SEUIL_FRAGILE)} : accès suffisant ; le projet sort de la cible prioritaire de la circulaire (il peut se justifier par d’autres motifs).`,
  );
}
