/**
 * Parameters of the national zonage médecins method (arrêté du 13 novembre 2017 as modified), kept as data: each
 * value carries the text and date it comes from, or is flagged « à saisir par l'ARS » when no public text gave it.
 */
export const CODES_PARAMETRES = ['seuil_selection_nationale', 'seuil_vivier', 'plafond_zip', 'plafond_zac', 'marge_derogatoire', 'region_derogatoire'] as const;
export type CodeParametre = (typeof CODES_PARAMETRES)[number];

/** How each parameter reads for users, and whether the national value applies in every région. */
export const DEFINITIONS_PARAMETRES: Record<CodeParametre, { libelle: string; unite: 'APL' | '%' | 'oui/non'; national: boolean; aide: string }> = {
  seuil_selection_nationale: {
    libelle: 'Seuil de la sélection nationale',
    unite: 'APL',
    national: true,
    aide: 'Une unité dont l’APL aux médecins de 65 ans ou moins est inférieure à ce seuil relève de la sélection nationale (classée ZIP).',
  },
  seuil_vivier: {
    libelle: 'Seuil haut du vivier',
    unite: 'APL',
    national: true,
    aide: 'Entre le seuil de la sélection nationale et celui-ci, l’unité est dans le vivier : l’ARS choisit ZIP, ZAC ou rien.',
  },
  plafond_zip: {
    libelle: 'Plafond de population en ZIP',
    unite: '%',
    national: false,
    aide: 'Part maximale de la population de la région classée ZIP.',
  },
  plafond_zac: {
    libelle: 'Plafond de population en ZAC',
    unite: '%',
    national: false,
    aide: 'Part maximale de la population de la région classée ZAC.',
  },
  marge_derogatoire: {
    libelle: 'Marge dérogatoire',
    unite: '%',
    national: true,
    aide: 'Part maximale, rapportée à la population du vivier, de la population d’unités hors vivier classées ZIP ou ZAC.',
  },
  region_derogatoire: {
    libelle: 'Région autorisée à déroger à la sélection nationale',
    unite: 'oui/non',
    national: false,
    aide: 'Dans une région autorisée à déroger, les unités de la sélection nationale ne sont pas verrouillées en ZIP (1 = oui, 0 = non).',
  },
};

/** Start of the method in force for the zonages of 2026 (arrêté du 9 mai 2025, JO du 16 mai 2025). */
export const DATE_TEXTE_EN_VIGUEUR = '2025-05-09';
export const TEXTE_EN_VIGUEUR = 'arrêté du 9 mai 2025 modifiant l’arrêté du 13 novembre 2017';

/** A value read in a public text (shipped table). */
export interface ParametreTexte {
  region: string;
  parametre: CodeParametre;
  valeur: number | null;
  texte: string;
  dateTexte: string;
  sources: string[];
  note: string | null;
}

/** A value entered by an ARS planner (audited). */
export interface SaisieParametre {
  region: string;
  parametre: CodeParametre;
  valeur: number;
  justification: string;
  auteur: string;
  saisiLe: string;
}

export interface ParametreEffectif {
  parametre: CodeParametre;
  libelle: string;
  unite: 'APL' | '%' | 'oui/non';
  aide: string;
  /** The value used by the cockpit, null when unknown (then « à saisir par l'ARS »). */
  valeur: number | null;
  statut: 'saisi_ars' | 'texte' | 'a_saisir';
  /** Plain French: where the value comes from, or that it is to be entered. */
  provenance: string;
  texte: string | null;
  dateTexte: string | null;
  sources: string[];
  /** True when the value comes from a text older than the method in force (2017 or 2021 values, 2025 ones not found). */
  anterieurAuTexteEnVigueur: boolean;
  saisie: { auteur: string; saisiLe: string; justification: string } | null;
  /** Other values found (national figure for a ceiling, older revisions…), for reference only. */
  autresValeurs: { region: string; valeur: number | null; texte: string; dateTexte: string }[];
}

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

function formater(valeur: number, unite: ParametreEffectif['unite']): string {
  if (unite === '%') return `${nombre.format(valeur)} %`;
  if (unite === 'oui/non') return valeur ? 'oui' : 'non';
  return nombre.format(valeur);
}

/**
 * The value of each parameter for a région: the last ARS entry, else the latest value of a public text for the région
 * (national texts too for the national rules: thresholds, marge), else « à saisir par l'ARS ». A national figure is
 * never used as a regional ceiling (30,2 % is the share of France, not a région's ceiling): it is shown for reference.
 */
export function parametresEffectifs(region: string, textes: ParametreTexte[], saisies: SaisieParametre[]): ParametreEffectif[] {
  return CODES_PARAMETRES.map((parametre) => {
    const def = DEFINITIONS_PARAMETRES[parametre];
    const pertinents = textes.filter((t) => t.parametre === parametre && (t.region === region || t.region === 'FR'));
    const utilisables = pertinents
      .filter((t) => t.valeur !== null && (t.region === region || def.national))
      .sort((a, b) => (a.region === b.region ? b.dateTexte.localeCompare(a.dateTexte) : a.region === region ? -1 : 1));
    const saisie = saisies.filter((s) => s.region === region && s.parametre === parametre).sort((a, b) => b.saisiLe.localeCompare(a.saisiLe))[0];
    const base = { parametre, libelle: def.libelle, unite: def.unite, aide: def.aide };
    const autres = (exclu: ParametreTexte | null) =>
      pertinents.filter((t) => t !== exclu).map((t) => ({ region: t.region, valeur: t.valeur, texte: t.texte, dateTexte: t.dateTexte }));
    if (saisie) {
      return {
        ...base,
        valeur: saisie.valeur,
        statut: 'saisi_ars',
        provenance: `Valeur saisie par l’ARS (${saisie.auteur}, le ${saisie.saisiLe.slice(0, 10).split('-').reverse().join('/')}) : ${formater(saisie.valeur, def.unite)}. Justification : ${saisie.justification}`,
        texte: null,
        dateTexte: null,
        sources: [],
        anterieurAuTexteEnVigueur: false,
        saisie: { auteur: saisie.auteur, saisiLe: saisie.saisiLe, justification: saisie.justification },
        autresValeurs: autres(null),
      };
    }
    const retenu = utilisables[0];
    if (retenu) {
      const anterieur = retenu.dateTexte < DATE_TEXTE_EN_VIGUEUR;
      return {
        ...base,
        valeur: retenu.valeur,
        statut: 'texte',
        provenance:
          `${formater(retenu.valeur!, def.unite)} : ${retenu.texte} (${retenu.dateTexte})` +
          (anterieur ? `. Valeur antérieure à l’${TEXTE_EN_VIGUEUR}, dont la valeur n’a pas été trouvée : à confirmer ou à saisir par l’ARS.` : '.'),
        texte: retenu.texte,
        dateTexte: retenu.dateTexte,
        sources: retenu.sources,
        anterieurAuTexteEnVigueur: anterieur,
        saisie: null,
        autresValeurs: autres(retenu),
      };
    }
    return {
      ...base,
      valeur: null,
      statut: 'a_saisir',
      provenance: `À saisir par l’ARS : aucune valeur trouvée dans les textes publics (la valeur de l’${TEXTE_EN_VIGUEUR} n’a pas été trouvée).`,
      texte: null,
      dateTexte: null,
      sources: [],
      anterieurAuTexteEnVigueur: false,
      saisie: null,
      autresValeurs: autres(null),
    };
  });
}

/** The value of one parameter, null when unknown. */
export function valeurParametre(parametres: ParametreEffectif[], code: CodeParametre): number | null {
  return parametres.find((p) => p.parametre === code)?.valeur ?? null;
}
