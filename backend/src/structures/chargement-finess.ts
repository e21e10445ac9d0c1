import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { LigneIgnoree } from '../import/importateur';
import { CATEGORIES_FINESS, natureCentreDeSante, typeDepuisFiness } from './classement-structure';
import { EtablissementFiness, FinessLu } from './lecture-finess';
import { LigneStructureAImporter } from './structures.repository';

/** The label check of one establishment: a fault (categories renumbered?) or nothing. */
export function fauteLibelle(e: EtablissementFiness): LigneIgnoree | null {
  const categorie = CATEGORIES_FINESS[e.categorie];
  if (!categorie || !e.libelleCategorie || categorie.libelle.test(e.libelleCategorie)) return null;
  return {
    ligne: e.ligne,
    champ: 'libcategetab',
    valeur: e.libelleCategorie,
    message: `Ligne ${e.ligne} : la catégorie ${e.categorie} porte le libellé « ${e.libelleCategorie} », inattendu (nomenclature FINESS changée ?)`,
  };
}

/**
 * One kept FINESS establishment as a structure to load (type from the category, INSEE code mapped to the COG
 * 2026), or the reason it is left out (commune unknown to the COG 2026).
 */
export function structureDepuisEtablissement(
  e: EtablissementFiness,
  source: string,
  cog: CorrespondanceCog = CorrespondanceCog.referentiel(),
): { structure: LigneStructureAImporter & { departement_code: string } } | { ecartee: LigneIgnoree } | null {
  const type = typeDepuisFiness(e.categorie, e.nom);
  if (!type) return null;
  const c = cog.trouver(e.codeInsee);
  if (!c) {
    return {
      ecartee: {
        ligne: e.ligne,
        champ: 'commune',
        valeur: e.codeInsee,
        message: `Ligne ${e.ligne} : commune ${e.codeInsee} inconnue du COG 2026 (FINESS ${e.finess}), établissement non chargé`,
      },
    };
  }
  return {
    structure: {
      type,
      nature: type === 'cds' ? natureCentreDeSante(e.nom) : null,
      nom: e.nom,
      finess: e.finess,
      finess_juridique: e.finessJuridique,
      categorie_finess: e.categorie,
      statut: 'ouverte',
      date_ouverture: e.dateOuverture,
      date_autorisation: e.dateAutorisation,
      adresse: e.adresse || null,
      commune_code: c.commune.code,
      departement_code: c.commune.departement,
      siret: e.siret,
      x: e.x,
      y: e.y,
      srid: e.srid,
      geom_source:
        e.x === null
          ? 'centre de la commune (établissement non géocodé)'
          : e.srid === 4326
            ? 'FINESS (WGS84 du fichier)'
            : `FINESS (EPSG:${e.srid} reprojeté en WGS84)`,
      source,
    },
  };
}

/**
 * Keeps the FINESS categories of primary care (603, 124, 604), checks that their labels are still the
 * expected ones (a renumbering would otherwise load hospitals as MSP), and maps INSEE codes to the COG 2026.
 */
export function structuresDepuisFiness(lu: FinessLu, source: string, nomFichier: string): { lignes: LigneStructureAImporter[]; ignorees: LigneIgnoree[] } {
  const cog = CorrespondanceCog.referentiel();
  const ignorees: LigneIgnoree[] = [...lu.ignorees];
  const libellesFaux: LigneIgnoree[] = [];
  const lignes: LigneStructureAImporter[] = [];
  for (const e of lu.etablissements) {
    const faute = fauteLibelle(e);
    if (faute) {
      libellesFaux.push(faute);
      continue;
    }
    const r = structureDepuisEtablissement(e, source, cog);
    if (!r) continue;
    if ('ecartee' in r) ignorees.push(r.ecartee);
    else {
      const { departement_code: _d, ...structure } = r.structure;
      lignes.push(structure);
    }
  }
  if (libellesFaux.length) {
    throw fichierInvalide(nomFichier, LIBELLES_INATTENDUS, libellesFaux.slice(0, 50));
  }
  if (!lignes.length) throw fichierInvalide(nomFichier, AUCUNE_STRUCTURE);
  return { lignes, ignorees };
}

export const LIBELLES_INATTENDUS =
  'les libellés des catégories FINESS 603 / 124 / 604 ne sont pas ceux attendus (Maison de santé, Centre de santé, CPTS) : nomenclature changée ?';
export const AUCUNE_STRUCTURE = 'aucun établissement des catégories 603 (MSP), 124 (centre de santé) ou 604 (CPTS).';
