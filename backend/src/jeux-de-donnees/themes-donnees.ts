import { entreeInvalide } from '../common/erreurs/erreur-domaine';

/**
 * What a dataset answers, in the words users read: each API answer that counts, lists or measures from a
 * dataset names its theme, and where the theme is not covered says so with `commentCharger`.
 */
export interface ThemeDonnees {
  /** Plain French, starts lower case: « MSP, pôles et centres de santé ». */
  libelle: string;
  /** How to load the missing data (who can, where, which official file). */
  commentCharger: string;
}

const ECRAN = 'depuis l’écran « Données » (compte ARS pour sa région, ou administrateur)';
const ZONAGE = (profession: string): ThemeDonnees => ({
  libelle: `zonage des ${profession}`,
  commentCharger: `Chargez l’arrêté de zonage des ${profession} de l’ARS (export CartoSanté par commune) ${ECRAN}.`,
});

export const THEMES_DONNEES = {
  structures: {
    libelle: 'MSP, pôles et centres de santé',
    commentCharger: `Importez l’extrait FINESS national (ou celui de la région) ${ECRAN}.`,
  },
  'cpts-sieges': {
    libelle: 'CPTS (sièges)',
    commentCharger: `Importez l’extrait FINESS national (ou celui de la région) ${ECRAN}.`,
  },
  'cpts-communes': {
    libelle: 'communes membres des CPTS',
    commentCharger: `Importez la liste des communes membres des CPTS de la région (fichier CPTS → communes) ${ECRAN}.`,
  },
  rpps: {
    libelle: 'médecins généralistes par lieu d’exercice (RPPS)',
    commentCharger: `Importez un extrait RPPS de l’Annuaire santé ${ECRAN}.`,
  },
  apl: {
    libelle: 'accessibilité aux médecins généralistes (APL, DREES)',
    commentCharger: 'Importez le fichier APL de la DREES d’un millésime qui couvre ce territoire depuis l’écran « Données » (administrateur).',
  },
  'offre-estimee': {
    libelle: 'offre de médecine générale estimée à partir de l’APL publiée (modèle de distance)',
    commentCharger:
      'Cette offre se déduit de l’APL de la DREES : importez un fichier APL d’un millésime qui couvre ce territoire depuis l’écran « Données » (administrateur), puis relancez l’estimation de l’offre.',
  },
  qpv: {
    libelle: 'quartiers prioritaires de la politique de la ville (QPV 2024)',
    commentCharger: 'Liste nationale complète non disponible en données ouvertes ici : vérifiez sur sig.ville.gouv.fr si le lieu d’exercice est en QPV.',
  },
  'zones-rouges': {
    libelle: 'zones rouges (EPCI de la mission de solidarité territoriale, juin 2025)',
    commentCharger: `Téléversez la liste complète des 151 intercommunalités (codes SIREN) ${ECRAN}.`,
  },
  tvs: {
    libelle: 'composition des territoires de vie-santé (TVS)',
    commentCharger: `Téléversez la composition des TVS de la région (CSV commune → TVS) ${ECRAN} ; à défaut, le cockpit de zonage utilise le bassin de vie 2022.`,
  },
  'zonage-medecin': ZONAGE('médecins généralistes'),
  'zonage-infirmier': ZONAGE('infirmiers'),
  'zonage-sage-femme': ZONAGE('sages-femmes'),
  'zonage-masseur-kinesitherapeute': ZONAGE('masseurs-kinésithérapeutes'),
  'zonage-chirurgien-dentiste': ZONAGE('chirurgiens-dentistes'),
  'zonage-orthophoniste': ZONAGE('orthophonistes'),
  'zonage-orthoptiste': ZONAGE('orthoptistes'),
} as const satisfies Record<string, ThemeDonnees>;

export type ThemeCouverture = keyof typeof THEMES_DONNEES;

export function estTheme(theme: string): theme is ThemeCouverture {
  return Object.prototype.hasOwnProperty.call(THEMES_DONNEES, theme);
}

/** Refuses an unknown theme (French message naming the field). */
export function verifierTheme(theme: string): asserts theme is ThemeCouverture {
  if (!estTheme(theme)) throw entreeInvalide(`Thème de données inconnu « ${theme} » : attendu ${Object.keys(THEMES_DONNEES).join(', ')}.`, 'theme', theme);
}
