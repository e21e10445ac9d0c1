import {
  CLASSES_CONVENTIONNELLES,
  CLASSES_MEDECIN,
  FORMES_JURIDIQUES,
  MODES_EXERCICE,
  PROFESSIONS,
  SECTEURS,
  SITUATIONS,
  TYPES_CABINET,
  TYPES_PROJET,
} from './aides';
import { FormulaireAides } from './demande-du-formulaire';

/** How a point « à préciser » is answered in place: a control of the form, for the request field the API names. */
export type ControleChamp =
  | { readonly type: 'oui-non'; readonly libelle: string }
  | { readonly type: 'choix'; readonly libelle: string; readonly options: readonly (readonly [string, string])[] }
  | { readonly type: 'date'; readonly libelle: string }
  | { readonly type: 'nombre'; readonly libelle: string; readonly indication: string }
  /** A list to fill in the form (previous aids): « aucune » answers in place, otherwise the form's section opens. */
  | { readonly type: 'anterieures'; readonly libelle: string };

const options = (o: Readonly<Record<string, string>>): [string, string][] => Object.entries<string>(o);

/** Form fields that hold each request field (the others, `reponses.<clé>`, are the answers to questions). */
const CHAMPS: Readonly<Record<string, { cle: keyof FormulaireAides; controle: (c: ContexteControle) => ControleChamp }>> = {
  situation: { cle: 'situation', controle: () => ({ type: 'choix', libelle: 'Votre situation', options: options(SITUATIONS) }) },
  profession: { cle: 'profession', controle: () => ({ type: 'choix', libelle: 'Votre profession', options: options(PROFESSIONS) }) },
  premiereInstallation: { cle: 'premiereInstallation', controle: () => ({ type: 'oui-non', libelle: 'Première installation en exercice libéral ?' }) },
  dateInstallation: { cle: 'dateInstallation', controle: () => ({ type: 'date', libelle: 'Date d’installation, passée ou prévue' }) },
  typeCabinet: { cle: 'typeCabinet', controle: () => ({ type: 'choix', libelle: 'Cabinet principal ou secondaire', options: options(TYPES_CABINET) }) },
  secteur: { cle: 'secteur', controle: () => ({ type: 'choix', libelle: 'Secteur conventionnel', options: options(SECTEURS) }) },
  modeExercice: { cle: 'modeExercice', controle: () => ({ type: 'choix', libelle: 'Mode d’exercice', options: options(MODES_EXERCICE) }) },
  joursParSemaine: { cle: 'joursParSemaine', controle: () => ({ type: 'nombre', libelle: 'Jours d’activité par semaine', indication: 'de 0,5 à 7' }) },
  age: { cle: 'age', controle: () => ({ type: 'nombre', libelle: 'Âge', indication: 'en années' }) },
  permanenceDesSoins: { cle: 'permanenceDesSoins', controle: () => ({ type: 'oui-non', libelle: 'Participation à la permanence des soins ?' }) },
  dansQpv: { cle: 'dansQpv', controle: () => ({ type: 'oui-non', libelle: 'Le lieu d’exercice est-il dans un quartier prioritaire (QPV) ?' }) },
  codeQpv: {
    cle: 'codeQpv',
    controle: (c) => ({
      type: 'choix',
      libelle: 'Quartier prioritaire du lieu d’exercice',
      options: c.qpv.map((q) => [q.code, `${q.nom} (${q.code})`] as const),
    }),
  },
  classeZonageDeclaree: {
    cle: 'classeZonageDeclaree',
    controle: (c) => ({
      type: 'choix',
      libelle: 'Classe de la commune lue dans l’arrêté de zonage de l’ARS en vigueur',
      options: options(c.profession === '' || c.profession.startsWith('medecin') ? CLASSES_MEDECIN : CLASSES_CONVENTIONNELLES),
    }),
  },
  aidesAnterieures: { cle: 'aidesAnterieures', controle: () => ({ type: 'anterieures', libelle: 'Aides à l’installation déjà perçues' }) },
  typeProjet: { cle: 'typeProjet', controle: () => ({ type: 'choix', libelle: 'Type de projet', options: options(TYPES_PROJET) }) },
  'structure.medecinsGeneralistes': {
    cle: 'medecinsGeneralistes',
    controle: () => ({ type: 'nombre', libelle: 'Médecins généralistes de la structure', indication: 'nombre' }),
  },
  'structure.autresProfessionnels': {
    cle: 'autresProfessionnels',
    controle: () => ({ type: 'nombre', libelle: 'Autres professionnels de santé de la structure', indication: 'nombre' }),
  },
  'structure.populationCouverte': {
    cle: 'populationCouverte',
    controle: () => ({ type: 'nombre', libelle: 'Population couverte', indication: 'en habitants' }),
  },
  'structure.formeJuridique': {
    cle: 'formeJuridique',
    controle: () => ({ type: 'choix', libelle: 'Forme juridique de la structure', options: options(FORMES_JURIDIQUES) }),
  },
  'structure.projetDeSanteValide': {
    cle: 'projetDeSanteValide',
    controle: () => ({ type: 'oui-non', libelle: 'Le projet de santé est-il validé par l’ARS ?' }),
  },
};

export interface ContexteControle {
  readonly profession: string;
  readonly qpv: readonly { readonly code: string; readonly nom: string }[];
}

/** The control that answers a request field named by the API (`reponses.<clé>`: a yes/no question). */
export function controleDuChamp(champ: string, contexte: ContexteControle, question?: string): ControleChamp | null {
  if (champ.startsWith('reponses.')) return { type: 'oui-non', libelle: question ?? 'Votre réponse' };
  return CHAMPS[champ]?.controle(contexte) ?? null;
}

/** The form field (id `aides-<champ>`) to focus for a request field, when there is one. */
export function champDuFormulaire(champ: string): keyof FormulaireAides | null {
  return CHAMPS[champ]?.cle ?? null;
}

/** The form once the point is answered in place: `valeur` as the control gives it ('' = no answer). */
export function appliquerReponse(f: FormulaireAides, champ: string, valeur: string): FormulaireAides {
  if (champ.startsWith('reponses.')) {
    const cle = champ.slice('reponses.'.length);
    const reponses = { ...f.reponses };
    if (valeur === 'oui' || valeur === 'non') reponses[cle] = valeur === 'oui';
    else delete reponses[cle];
    return { ...f, reponses };
  }
  const cle = champDuFormulaire(champ);
  if (!cle) return f;
  if (cle === 'aidesAnterieures')
    return valeur === 'aucune' ? { ...f, aidesAnterieures: 'aucune', listeAidesAnterieures: [] } : { ...f, aidesAnterieures: 'oui' };
  // A chosen quartier says « in a QPV » by itself.
  if (cle === 'codeQpv') return { ...f, codeQpv: valeur, dansQpv: valeur ? 'oui' : f.dansQpv };
  return { ...f, [cle]: valeur };
}

/** The field's current value in the form, as its control shows it ('' = not answered). */
export function valeurDuChamp(f: FormulaireAides, champ: string): string {
  if (champ.startsWith('reponses.')) {
    const r = f.reponses[champ.slice('reponses.'.length)];
    return r === undefined ? '' : r ? 'oui' : 'non';
  }
  const cle = champDuFormulaire(champ);
  const v = cle ? f[cle] : '';
  return typeof v === 'string' ? v : '';
}
