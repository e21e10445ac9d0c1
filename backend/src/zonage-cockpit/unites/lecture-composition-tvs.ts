import { CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { DetailErreur, ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { decouperLigne, lignesDe } from '../../common/fichiers/decouper-ligne';
import { nombreDe } from '../../common/texte/nombre-de';
import { arrondissementsParVille } from './arrondissements-plm';

export interface MembreTvs {
  commune: string;
  tvs: string;
  nom: string;
  ligne: number;
  region: string;
}

export interface CompositionLue {
  membres: MembreTvs[];
  unites: number;
  communesRegion: number;
  horsRegion: number;
  /** Paris/Lyon/Marseille cities split by arrondissement in the file. */
  villesParArrondissement: string[];
}

const COLONNES = {
  commune: /^(code[_ ]?commune|code[_ ]?insee|codgeo|depcom|commune|code_com|com)$/,
  tvs: /^(code[_ ]?tvs|tvs[_ ]?code|tvs|code[_ ]?territoire)$/,
  nom: /^(nom[_ ]?tvs|tvs[_ ]?nom|libelle[_ ]?tvs|lib[_ ]?tvs|nom|libelle|libellé)$/,
} as const;

const simplifier = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase();

/** Maximum number of faulty lines listed in the refusal (all are counted). */
const DETAILS_MAX = 200;

/**
 * Reads and validates an uploaded TVS composition (CSV, `;` or `,`: commune code → TVS code, TVS name) for one région.
 * Every commune of the région must appear exactly once — a Paris/Lyon/Marseille city either by its own code or by all
 * its arrondissements (which then follow the file's TVS); communes of neighbouring régions are accepted (TVS across a
 * border). Unknown codes, duplicates and missing communes refuse the whole file, each with its line number or code.
 */
export function lireCompositionTvs(texte: string, nomFichier: string, region: string, communesRegion: readonly string[]): CompositionLue {
  const lignes = lignesDe(texte);
  if (!lignes.length) throw new ErreurDomaine('FICHIER_INVALIDE', `« ${nomFichier} » est vide.`);
  const separateur = (lignes[0].match(/;/g)?.length ?? 0) >= (lignes[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const entete = decouperLigne(lignes[0], separateur).map(simplifier);
  const index = Object.fromEntries(Object.entries(COLONNES).map(([role, motif]) => [role, entete.findIndex((c) => motif.test(c))])) as Record<
    keyof typeof COLONNES,
    number
  >;
  const manquantes = Object.entries(index)
    .filter(([, i]) => i < 0)
    .map(([role]) => role);
  if (manquantes.length) {
    throw new ErreurDomaine(
      'FICHIER_INVALIDE',
      `« ${nomFichier} » : en-tête attendu « code_commune;code_tvs;nom_tvs » (colonnes manquantes : ${manquantes.join(', ')}).`,
      [{ ligne: 1, champ: 'en-tête', valeur: lignes[0].slice(0, 120), message: `colonnes manquantes : ${manquantes.join(', ')}` }],
    );
  }
  const cog = CorrespondanceCog.referentiel();
  const arrondissements = arrondissementsParVille();
  const erreurs: DetailErreur[] = [];
  const vus = new Map<string, number>();
  const membres: MembreTvs[] = [];
  const nomsTvs = new Map<string, string>();
  for (let i = 1; i < lignes.length; i++) {
    if (lignes[i].trim() === '') continue;
    const ligne = i + 1;
    const champs = decouperLigne(lignes[i], separateur).map((c) => c.trim());
    const code = (champs[index.commune] ?? '').toUpperCase().padStart(5, '0');
    const tvs = champs[index.tvs] ?? '';
    const nom = champs[index.nom] ?? '';
    if (!tvs) erreurs.push({ ligne, champ: 'code_tvs', valeur: tvs, message: `ligne ${ligne} : code TVS vide` });
    if (!nom) erreurs.push({ ligne, champ: 'nom_tvs', valeur: nom, message: `ligne ${ligne} : nom du TVS vide` });
    const c = cog.trouver(code);
    let regionCommune: string | null = null;
    if (!c) erreurs.push({ ligne, champ: 'code_commune', valeur: code, message: `ligne ${ligne} : code commune ${code} inconnu du COG 2026` });
    else if (c.nature === 'identique') regionCommune = c.commune.region;
    else if (c.nature === 'arrondissement') regionCommune = c.commune.region;
    else
      erreurs.push({
        ligne,
        champ: 'code_commune',
        valeur: code,
        message: `ligne ${ligne} : ${code} n’est plus une commune au COG 2026 (rattachée à ${c.commune.code} ${c.commune.nom}) : utilisez le code actuel`,
      });
    const deja = vus.get(code);
    if (deja !== undefined) erreurs.push({ ligne, champ: 'code_commune', valeur: code, message: `ligne ${ligne} : commune ${code} déjà listée ligne ${deja}` });
    else vus.set(code, ligne);
    if (tvs && nom && !nomsTvs.has(tvs)) nomsTvs.set(tvs, nom);
    if (regionCommune && tvs && nom && deja === undefined) membres.push({ commune: code, tvs, nom: nomsTvs.get(tvs)!, ligne, region: regionCommune });
  }
  const villesParArrondissement: string[] = [];
  for (const commune of communesRegion) {
    const arr = arrondissements.get(commune);
    const listes = arr?.filter((a) => vus.has(a.code)) ?? [];
    if (arr && listes.length) {
      villesParArrondissement.push(commune);
      if (vus.has(commune))
        erreurs.push({
          ligne: vus.get(commune),
          champ: 'code_commune',
          valeur: commune,
          message: `${commune} est listée à la fois comme commune et par arrondissements : gardez l’un ou l’autre`,
        });
      for (const a of arr.filter((x) => !vus.has(x.code)))
        erreurs.push({
          champ: 'code_commune',
          valeur: a.code,
          message: `arrondissement ${a.code} (${a.nom}) absent du fichier alors que sa ville est découpée`,
        });
      continue;
    }
    if (!vus.has(commune))
      erreurs.push({
        champ: 'code_commune',
        valeur: commune,
        message: `commune ${commune} (${cog.trouver(commune)?.commune.nom ?? ''}) de la région absente du fichier`,
      });
  }
  if (erreurs.length) {
    throw new ErreurDomaine(
      'FICHIER_INVALIDE',
      `« ${nomFichier} » refusé : ${nombreDe(erreurs.length, 'erreur', 'erreurs')} (chaque commune de la région doit figurer exactement une fois ; codes du COG 2026). Rien n’a été enregistré.`,
      erreurs.slice(0, DETAILS_MAX),
    );
  }
  return {
    membres,
    unites: nomsTvs.size,
    communesRegion: membres.filter((m) => m.region === region).length,
    horsRegion: membres.filter((m) => m.region !== region).length,
    villesParArrondissement,
  };
}
