import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { LigneIgnoree, Requeteur } from '../import/importateur';
import { classesParCommune, LigneClasseSource } from './classes-par-commune';
import { NouvelleVersion, ZonageRepository } from './zonage.repository';
import { nombreDe } from '../common/texte/nombre-de';

export interface BilanChargement {
  versionId: number;
  communes: number;
  ignorees: LigneIgnoree[];
  versionsCloses: number[];
}

/** Minimum share of the file's rows that must be usable: below it, the file is not the zonage it claims to be. */
const PART_MINIMALE_LUE = 0.5;

/**
 * Loads one commune-level zonage version inside the caller's transaction. Any malformed row (bad code,
 * unknown class) refuses the whole file with every faulty line listed: nothing is half-imported.
 */
export async function chargerZonageCommunal(
  repository: ZonageRepository,
  requete: Requeteur,
  version: NouvelleVersion,
  lignes: LigneClasseSource[],
  nomFichier: string,
  options: { clore: boolean },
): Promise<BilanChargement> {
  const cog = CorrespondanceCog.referentiel();
  const r = classesParCommune(version.profession, lignes, cog);
  if (r.invalides.length) {
    throw fichierInvalide(
      nomFichier,
      `${nombreDe(r.invalides.length, 'ligne invalide', 'lignes invalides')} (codes commune ou classes de zonage) : rien n’a été importé.`,
      r.invalides.slice(0, 200),
    );
  }
  if (r.valeurs.length < PART_MINIMALE_LUE * lignes.length) {
    throw fichierInvalide(
      nomFichier,
      `seules ${r.valeurs.length} lignes sur ${lignes.length} ont une classe utilisable : ce n’est pas un zonage ${version.profession} par commune.`,
    );
  }
  const id = version.jeu
    ? await repository.enregistrerVersionDuJeu(requete, { ...version, jeu: version.jeu })
    : await repository.creerVersion(requete, version);
  const versionsCloses = options.clore ? await repository.clorePrecedentes(requete, version, id) : [];
  const regionDe = (code: string) => cog.trouver(code)?.commune.region ?? null;
  const valeurs = r.valeurs
    .map((v) => ({ ...v, region_code: regionDe(v.commune_code) }))
    .filter((v) => version.region === null || v.region_code === version.region);
  const horsRegion = r.valeurs.length - valeurs.length;
  const ignorees = [...r.ignorees];
  if (horsRegion)
    ignorees.push({
      champ: 'code',
      message: `${nombreDe(horsRegion, 'commune hors de la région', 'communes hors de la région')} ${version.region} ${horsRegion > 1 ? 'ignorées' : 'ignorée'}`,
    });
  await repository.enregistrerClasses(requete, id, valeurs);
  return { versionId: id, communes: valeurs.length, ignorees, versionsCloses };
}
