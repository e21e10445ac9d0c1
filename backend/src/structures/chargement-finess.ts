import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { LigneIgnoree } from '../import/importateur';
import { CATEGORIES_FINESS, natureCentreDeSante, typeDepuisFiness } from './classement-structure';
import { FinessLu } from './lecture-finess';
import { LigneStructureAImporter } from './structures.repository';

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
    const type = typeDepuisFiness(e.categorie, e.nom);
    if (!type) continue;
    if (e.libelleCategorie && !CATEGORIES_FINESS[e.categorie].libelle.test(e.libelleCategorie)) {
      libellesFaux.push({
        ligne: e.ligne,
        champ: 'libcategetab',
        valeur: e.libelleCategorie,
        message: `Ligne ${e.ligne} : la catégorie ${e.categorie} porte le libellé « ${e.libelleCategorie} », inattendu`,
      });
      continue;
    }
    const c = cog.trouver(e.codeInsee);
    if (!c) {
      ignorees.push({
        ligne: e.ligne,
        champ: 'commune',
        valeur: e.codeInsee,
        message: `Ligne ${e.ligne} : commune ${e.codeInsee} inconnue du COG 2026 (FINESS ${e.finess}), établissement non chargé`,
      });
      continue;
    }
    lignes.push({
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
      siret: e.siret,
      x: e.x,
      y: e.y,
      srid: e.srid,
      geom_source: e.srid === 4326 ? 'FINESS (WGS84 du fichier)' : `FINESS (EPSG:${e.srid} reprojeté en WGS84)`,
      source,
    });
  }
  if (libellesFaux.length) {
    throw fichierInvalide(
      nomFichier,
      'les libellés des catégories FINESS 603 / 124 / 604 ne sont pas ceux attendus (Maison de santé, Centre de santé, CPTS) : nomenclature changée ?',
      libellesFaux.slice(0, 50),
    );
  }
  if (!lignes.length) throw fichierInvalide(nomFichier, 'aucun établissement des catégories 603 (MSP), 124 (centre de santé) ou 604 (CPTS).');
  return { lignes, ignorees };
}
