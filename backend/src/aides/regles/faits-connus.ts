import { SITUATIONS } from './definition-aide';

export const PROFESSIONS = [
  'medecin-generaliste',
  'medecin-specialiste',
  'infirmier',
  'masseur-kinesitherapeute',
  'sage-femme',
  'chirurgien-dentiste',
  'pharmacien',
  'autre',
] as const;
export const SECTEURS = ['secteur-1', 'optam', 'secteur-2', 'non-conventionne'] as const;
export const MODES_EXERCICE = ['individuel', 'groupe', 'msp', 'cpts', 'centre-de-sante', 'salarie'] as const;
export const TYPES_PROJET = ['individuel', 'msp', 'cpts', 'centre-de-sante'] as const;
export const FORMES_JURIDIQUES = ['sisa', 'association', 'scm', 'autre'] as const;
export const CLASSES_ZONAGE_MEDECIN = ['ZIP', 'ZAC', 'ZAR', 'HZ'] as const;

export type TypeFait = 'texte' | 'booleen' | 'nombre' | 'date' | 'aides';

/**
 * Facts the criteria of the catalogue may test. `valeurs` lists the allowed values of enumerated
 * facts: a criterion testing another value is refused when the catalogue or a local aid is loaded.
 */
export const FAITS_CONNUS: Record<string, { type: TypeFait; libelle: string; valeurs?: readonly string[] }> = {
  date: { type: 'date', libelle: 'date de la question' },
  profession: { type: 'texte', libelle: 'profession', valeurs: PROFESSIONS },
  situation: { type: 'texte', libelle: 'situation du demandeur', valeurs: SITUATIONS },
  commune: { type: 'texte', libelle: 'code INSEE de la commune' },
  epci: { type: 'texte', libelle: 'SIREN de l’EPCI de la commune' },
  departement: { type: 'texte', libelle: 'département de la commune' },
  region: { type: 'texte', libelle: 'région de la commune' },
  'zonage.medecin': { type: 'texte', libelle: 'classe de la commune au zonage médecins généralistes à la date', valeurs: CLASSES_ZONAGE_MEDECIN },
  'zonageInstallation.medecin': { type: 'texte', libelle: 'classe de la commune au zonage médecins à la date d’installation', valeurs: CLASSES_ZONAGE_MEDECIN },
  'zonage.infirmier': { type: 'texte', libelle: 'classe de la commune au zonage infirmiers à la date' },
  qpv: { type: 'booleen', libelle: 'lieu d’exercice dans un quartier prioritaire de la politique de la ville' },
  'qpv.classe': { type: 'texte', libelle: 'classe du QPV au zonage médecins', valeurs: ['ZIP', 'ZAC', 'non-classe', 'hors-qpv'] },
  'ruralite.frr': { type: 'booleen', libelle: 'commune classée France Ruralités Revitalisation' },
  'ruralite.zrr': { type: 'booleen', libelle: 'commune classée en zone de revitalisation rurale' },
  premiereInstallation: { type: 'booleen', libelle: 'première installation en libéral' },
  dateInstallation: { type: 'date', libelle: 'date d’installation' },
  secteur: { type: 'texte', libelle: 'secteur conventionnel', valeurs: SECTEURS },
  modeExercice: { type: 'texte', libelle: 'mode d’exercice', valeurs: MODES_EXERCICE },
  joursParSemaine: { type: 'nombre', libelle: 'jours d’activité par semaine' },
  age: { type: 'nombre', libelle: 'âge' },
  permanenceDesSoins: { type: 'booleen', libelle: 'participation à la permanence des soins' },
  aidesAnterieures: { type: 'aides', libelle: 'aides déjà perçues' },
  typeProjet: { type: 'texte', libelle: 'type de projet', valeurs: TYPES_PROJET },
  'structure.medecinsGeneralistes': { type: 'nombre', libelle: 'médecins généralistes de la structure' },
  'structure.autresProfessionnels': { type: 'nombre', libelle: 'autres professionnels de santé de la structure' },
  'structure.populationCouverte': { type: 'nombre', libelle: 'population couverte par la structure' },
  'structure.formeJuridique': { type: 'texte', libelle: 'forme juridique de la structure', valeurs: FORMES_JURIDIQUES },
  'structure.projetDeSante': { type: 'booleen', libelle: 'projet de santé rédigé' },
};
