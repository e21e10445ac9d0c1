/** The quantified levers of a scenario (defined with their rationale and sources in geo-data/prospective/). */
export const CODES_LEVIERS = [
  'evolutionEffectifs',
  'ageDepartRetraite',
  'maintienApres65',
  'docteursJuniors',
  'consultationsParDocteurJunior',
  'partDocteursJuniorsZonesSousDotees',
  'activiteRelativeSalaries',
  'partNouveauxSalaries',
  'activiteParMedecin',
  'partNouveauxZonesFragiles',
  'evolutionDemande',
  'partSoinsNonProgrammesPoles',
  'hausseTeleconsultation',
  'porteeTeleconsultation',
  'gainAssistanceIa',
  'assistantsMedicauxSupplementaires',
  'consultationsGagneesParAssistant',
  'partAssistantsZonesFragiles',
  'gainDelegationIpa',
  'ouverturesMspParAn',
  'consultationsGagneesParMsp',
  'partMspZonesFragiles',
  'partNouveauxPolesUrbains',
] as const;
export type CodeLevier = (typeof CODES_LEVIERS)[number];

/** Lever values for one horizon. */
export type ValeursLeviers = Record<CodeLevier, number>;

/** A lever's value as given in the data: one number, or one per horizon (years → value). */
export type ValeurLevier = number | Record<string, number>;

export function valeurAHorizon(v: ValeurLevier, annees: number): number {
  if (typeof v === 'number') return v;
  const h = v[String(annees)];
  if (h === undefined) throw new Error(`valeur absente pour l’horizon ${annees} ans`);
  return h;
}
