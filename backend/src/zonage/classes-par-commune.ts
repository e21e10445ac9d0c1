import { CorrespondanceCog, FORME_CODE_COMMUNE } from '../common/cog/correspondance-cog';
import { LigneIgnoree } from '../import/importateur';
import { CLASSE_MIXTE, lireClasse, ProfessionZonage } from './classes-zonage';

export interface LigneClasseSource {
  ligne: number;
  code: string;
  valeur: string;
}

export interface ClasseCommune {
  commune_code: string;
  classe: string;
  classe_source: string;
}

export interface ClassesParCommune {
  valeurs: ClasseCommune[];
  /** Rows not loaded for a legitimate reason (no result published, code outside the COG 2026 scope). */
  ignorees: LigneIgnoree[];
  /** Rows that make the file unacceptable (malformed code, unknown class): the import is refused. */
  invalides: LigneIgnoree[];
}

/**
 * Turns the rows of a zonage file (INSEE codes of the file's COG vintage) into one class per current commune
 * (COG 2026). Merged communes and Paris/Lyon/Marseille take the class of their parts when all agree, else
 * `MIXTE` (reported); arrondissements also keep their own row so that an address in Marseille 3e can be
 * answered precisely.
 */
export function classesParCommune(profession: ProfessionZonage, lignes: LigneClasseSource[], cog: CorrespondanceCog): ClassesParCommune {
  const ignorees: LigneIgnoree[] = [];
  const invalides: LigneIgnoree[] = [];
  const parties = new Map<string, { code: string; classe: string; source: string }[]>();
  const arrondissements: ClasseCommune[] = [];
  const vus = new Map<string, number>();

  for (const l of lignes) {
    const code = l.code.toUpperCase();
    if (!FORME_CODE_COMMUNE.test(code)) {
      invalides.push({
        ligne: l.ligne,
        champ: 'code',
        valeur: l.code,
        message: `Ligne ${l.ligne} : code commune INSEE mal formé « ${l.code} » (5 caractères attendus, ex. 31555 ou 2A004)`,
      });
      continue;
    }
    const lu = lireClasse(profession, l.valeur);
    if ('invalide' in lu) {
      invalides.push({
        ligne: l.ligne,
        champ: 'classe',
        valeur: l.valeur,
        message: `Ligne ${l.ligne} : classe de zonage inconnue « ${l.valeur} » pour la commune ${code}`,
      });
      continue;
    }
    if (vus.has(code)) {
      invalides.push({ ligne: l.ligne, champ: 'code', valeur: code, message: `Ligne ${l.ligne} : commune ${code} déjà présente ligne ${vus.get(code)}` });
      continue;
    }
    vus.set(code, l.ligne);
    if ('absente' in lu) {
      ignorees.push({
        ligne: l.ligne,
        champ: 'classe',
        valeur: l.valeur,
        message: `Ligne ${l.ligne} : pas de classe publiée pour ${code} (« ${lu.absente} »)`,
      });
      continue;
    }
    const correspondance = cog.trouver(code);
    if (!correspondance) {
      ignorees.push({
        ligne: l.ligne,
        champ: 'code',
        valeur: code,
        message: `Ligne ${l.ligne} : commune ${code} hors du COG 2026 (métropole et DROM), non chargée`,
      });
      continue;
    }
    if (correspondance.nature === 'arrondissement') arrondissements.push({ commune_code: code, classe: lu.classe, classe_source: l.valeur });
    const cible = correspondance.commune.code;
    const liste = parties.get(cible) ?? [];
    liste.push({ code, classe: lu.classe, source: l.valeur });
    parties.set(cible, liste);
  }

  const valeurs: ClasseCommune[] = [...arrondissements];
  for (const [commune, liste] of parties) {
    const classes = [...new Set(liste.map((p) => p.classe))];
    if (classes.length === 1) {
      valeurs.push({
        commune_code: commune,
        classe: classes[0],
        classe_source: liste.length === 1 ? liste[0].source : liste.map((p) => `${p.code}:${p.source}`).join(' '),
      });
    } else {
      const detail = liste.map((p) => `${p.code} ${p.classe}`).join(', ');
      valeurs.push({ commune_code: commune, classe: CLASSE_MIXTE, classe_source: detail });
      ignorees.push({
        champ: 'classe',
        valeur: commune,
        message: `Commune ${commune} : classes différentes selon ses parties (${detail}) : classée « ${CLASSE_MIXTE} »`,
      });
    }
  }
  return { valeurs, ignorees, invalides };
}
