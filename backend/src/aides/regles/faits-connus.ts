import { PROFESSIONS_ZONAGE, ProfessionZonage } from '../../zonage/classes-zonage';
import { SITUATIONS } from './definition-aide';

export const PROFESSIONS = [
  'medecin-generaliste',
  'medecin-specialiste',
  'infirmier',
  'masseur-kinesitherapeute',
  'sage-femme',
  'chirurgien-dentiste',
  'orthophoniste',
  'orthoptiste',
  'pharmacien',
  'autre',
] as const;
export type Profession = (typeof PROFESSIONS)[number];

/**
 * The zonage that applies to each profession (art. L. 1434-4 CSP): médecins généralistes' zonage for doctors, each
 * conventional zonage for its own profession; none for pharmacists.
 */
export const ZONAGE_DE_LA_PROFESSION: Record<Profession, ProfessionZonage | null> = {
  'medecin-generaliste': 'medecin',
  'medecin-specialiste': 'medecin',
  infirmier: 'infirmier',
  'masseur-kinesitherapeute': 'masseur-kinesitherapeute',
  'sage-femme': 'sage-femme',
  'chirurgien-dentiste': 'chirurgien-dentiste',
  orthophoniste: 'orthophoniste',
  orthoptiste: 'orthoptiste',
  pharmacien: null,
  autre: null,
};
export const SECTEURS = ['secteur-1', 'optam', 'secteur-2', 'non-conventionne'] as const;
export const MODES_EXERCICE = ['individuel', 'groupe', 'msp', 'cpts', 'centre-de-sante', 'salarie'] as const;
export const TYPES_PROJET = ['individuel', 'msp', 'cpts', 'centre-de-sante'] as const;
export const TYPES_CABINET = ['principal', 'secondaire'] as const;
export const FORMES_JURIDIQUES = ['sisa', 'association', 'scm', 'autre'] as const;
export const CLASSES_ZONAGE_MEDECIN = ['ZIP', 'ZAC', 'ZAR', 'HZ'] as const;
/** The five levels of the conventional zonages (infirmiers, sages-femmes, kinésithérapeutes, dentistes, orthophonistes, orthoptistes). */
export const CLASSES_ZONAGE_CONVENTIONNEL = ['TRES_SOUS_DOTEE', 'SOUS_DOTEE', 'INTERMEDIAIRE', 'TRES_DOTEE', 'SUR_DOTEE'] as const;

/** The professions of each zonage, as written in sentences (« zonage des sages-femmes »). */
export const LIBELLES_ZONAGE: Record<ProfessionZonage, string> = {
  medecin: 'médecins généralistes',
  infirmier: 'infirmiers',
  'sage-femme': 'sages-femmes',
  'masseur-kinesitherapeute': 'masseurs-kinésithérapeutes',
  'chirurgien-dentiste': 'chirurgiens-dentistes',
  orthophoniste: 'orthophonistes',
  orthoptiste: 'orthoptistes',
};

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
  ...Object.fromEntries(
    PROFESSIONS_ZONAGE.filter((p) => p !== 'medecin').map((p) => [
      `zonage.${p}`,
      { type: 'texte' as const, libelle: `classe de la commune au zonage des ${LIBELLES_ZONAGE[p]} à la date`, valeurs: CLASSES_ZONAGE_CONVENTIONNEL },
    ]),
  ),
  population: { type: 'nombre', libelle: 'population municipale de la commune' },
  typeCabinet: { type: 'texte', libelle: 'cabinet principal ou secondaire', valeurs: TYPES_CABINET },
  qpv: { type: 'booleen', libelle: 'lieu d’exercice dans un quartier prioritaire de la politique de la ville' },
  'qpv.classe': { type: 'texte', libelle: 'classe du QPV au zonage médecins', valeurs: ['ZIP', 'ZAC', 'non-classe', 'hors-qpv'] },
  'ruralite.frr': { type: 'booleen', libelle: 'commune classée France Ruralités Revitalisation' },
  'ruralite.zrr': { type: 'booleen', libelle: 'commune classée en zone de revitalisation rurale' },
  zoneRouge: { type: 'booleen', libelle: 'intercommunalité de la commune parmi les zones rouges de juin 2025 (solidarité territoriale)' },
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
  'structure.projetDeSanteValide': { type: 'booleen', libelle: 'projet de santé validé par l’ARS' },
};
