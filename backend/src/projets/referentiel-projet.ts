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

export const LIBELLES_PROFESSION: Record<(typeof PROFESSIONS)[number], [string, string]> = {
  medecin_generaliste: ['médecin généraliste', 'médecins généralistes'],
  infirmier: ['infirmier', 'infirmiers'],
  masseur_kinesitherapeute: ['masseur-kinésithérapeute', 'masseurs-kinésithérapeutes'],
  chirurgien_dentiste: ['chirurgien-dentiste', 'chirurgiens-dentistes'],
  sage_femme: ['sage-femme', 'sages-femmes'],
  pharmacien: ['pharmacien', 'pharmaciens'],
  orthophoniste: ['orthophoniste', 'orthophonistes'],
  pedicure_podologue: ['pédicure-podologue', 'pédicures-podologues'],
  psychologue: ['psychologue', 'psychologues'],
  dieteticien: ['diététicien', 'diététiciens'],
  medecin_specialiste: ['médecin spécialiste', 'médecins spécialistes'],
  autre: ['autre professionnel', 'autres professionnels'],
};

export const LIBELLES_PORTEUR: Record<(typeof TYPES_PORTEUR)[number], string> = {
  collectivite: 'collectivité',
  professionnels: 'professionnels de santé',
  etablissement: 'établissement',
  association: 'association',
  autre: 'autre',
};

export const LIBELLES_STATUT_FINANCEMENT: Record<(typeof STATUTS_FINANCEMENT)[number], string> = {
  envisage: 'envisagé',
  demande: 'demandé',
  accorde: 'accordé',
  refuse: 'refusé',
  verse: 'versé',
};

/** « 3 médecins généralistes », « 1 infirmier » (unknown codes kept as they are). */
export function professionnelsEnClair(professionnels: readonly { profession: string; nombre: number }[]): string {
  const regles = new Intl.PluralRules('fr-FR');
  return professionnels
    .map((x) => {
      const libelles = LIBELLES_PROFESSION[x.profession as (typeof PROFESSIONS)[number]] ?? [x.profession, x.profession];
      return `${x.nombre} ${regles.select(x.nombre) === 'one' ? libelles[0] : libelles[1]}`;
    })
    .join(', ');
}
