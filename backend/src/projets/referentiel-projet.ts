/** Vocabulary of projects: types, stages (in order), carriers, legal forms, professions, funding statuses. */
export const TYPES_PROJET = ['msp', 'psp', 'cpts', 'centre_sante'] as const;
export type TypeProjet = (typeof TYPES_PROJET)[number];

export const ETAPES_PROJET = ['idee', 'diagnostic', 'etude_faisabilite', 'projet_sante', 'montage_juridique', 'financement', 'travaux', 'ouverture'] as const;
export type EtapeProjet = (typeof ETAPES_PROJET)[number];

export const TYPES_PORTEUR = ['collectivite', 'professionnels', 'etablissement', 'association', 'autre'] as const;
export const FORMES_JURIDIQUES = ['sisa', 'scm', 'sci', 'association', 'gcs', 'centre_sante_municipal', 'spl', 'autre'] as const;
export const PROFESSIONS = [
  'medecin_generaliste',
  'infirmier',
  'masseur_kinesitherapeute',
  'chirurgien_dentiste',
  'sage_femme',
  'pharmacien',
  'orthophoniste',
  'pedicure_podologue',
  'psychologue',
  'dieteticien',
  'medecin_specialiste',
  'autre',
] as const;
export const STATUTS_FINANCEMENT = ['envisage', 'demande', 'accorde', 'refuse', 'verse'] as const;

export const LIBELLES_TYPE: Record<TypeProjet, string> = {
  msp: 'Maison de santé pluriprofessionnelle',
  psp: 'Pôle de santé pluriprofessionnel',
  cpts: 'Communauté professionnelle territoriale de santé',
  centre_sante: 'Centre de santé',
};

export const LIBELLES_ETAPE: Record<EtapeProjet, string> = {
  idee: 'Idée',
  diagnostic: 'Diagnostic',
  etude_faisabilite: 'Étude de faisabilité',
  projet_sante: 'Projet de santé',
  montage_juridique: 'Montage juridique',
  financement: 'Financement',
  travaux: 'Travaux',
  ouverture: 'Ouverture',
};
