import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne, enregistrements } from '../common/fichiers/decouper-ligne';
import { LigneIgnoree } from '../import/importateur';

/** Fields of a `structureet` line of the official national extract, after the leading `structureet` token. */
export const CHAMPS_STRUCTUREET = [
  'nofinesset',
  'nofinessej',
  'rs',
  'rslongue',
  'complrs',
  'compldistrib',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'lieuditbp',
  'commune',
  'departement',
  'libdepartement',
  'ligneacheminement',
  'telephone',
  'telecopie',
  'categetab',
  'libcategetab',
  'categagretab',
  'libcategagretab',
  'siret',
  'codeape',
  'codemft',
  'libmft',
  'codesph',
  'libsph',
  'dateouv',
  'dateautor',
  'maj',
  'numuai',
] as const;
export const CHAMPS_GEOLOCALISATION = ['nofinesset', 'coordx', 'coordy', 'sourcegeocod', 'dategeocod'] as const;

/** Header of the flattened regional variant (one line per establishment, WGS84 and INSEE code added). */
export const ENTETE_FINESS_APLATI = [
  'numero_finess_etablissement',
  'numero finess etablissement juridique',
  'raison_sociale',
  'rslongue',
  'complrs',
  'numvoie',
  'typvoie',
  'voie',
  'compvoie',
  'compldistrib',
  'lieuditbp',
  'code_commune',
  'ligneacheminement',
  'departement',
  'libelle_departement',
  'categetab',
  'categorie',
  'siret',
  'codeape',
  'coordxet',
  'coordyet',
  'dateouv',
  'dateautor',
  'longitude',
  'latitude',
  'type d etablissements',
  'code_insee',
] as const;

export interface EtablissementFiness {
  ligne: number;
  finess: string;
  finessJuridique: string | null;
  nom: string;
  adresse: string;
  /** INSEE code as given or rebuilt from département + commune number (COG of the file). */
  codeInsee: string;
  categorie: string;
  libelleCategorie: string;
  siret: string | null;
  dateOuverture: string | null;
  dateAutorisation: string | null;
  /** Projected coordinates (srid) or WGS84 (srid 4326), null when not geocoded. */
  x: number | null;
  y: number | null;
  srid: number | null;
}

export interface FinessLu {
  format: 'national' | 'aplati';
  etablissements: EtablissementFiness[];
  ignorees: LigneIgnoree[];
}

const FORME_FINESS = /^\d[0-9AB]\d{7}$/;
const FORME_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** FINESS département codes of the DROM (9A Guadeloupe … 9F Mayotte) → INSEE département. */
const DEPARTEMENTS_DROM: Record<string, string> = {
  '9A': '971',
  '9B': '972',
  '9C': '973',
  '9D': '974',
  '9F': '976',
  '971': '971',
  '972': '972',
  '973': '973',
  '974': '974',
  '976': '976',
};

/** Projection of the `geolocalisation` block, read from `sourcegeocod`, else from the département. */
export function sridFiness(sourcegeocod: string, departementInsee: string): number {
  const s = sourcegeocod.toUpperCase();
  if (/LAMBERT[_ ]?93|2154/.test(s)) return 2154;
  if (/UTM[_ ]?N?20|5490|UTM_N20/.test(s)) return 5490;
  if (/UTM[_ ]?N?22|2972/.test(s)) return 2972;
  if (/UTM[_ ]?S?40|2975/.test(s)) return 2975;
  if (/UTM[_ ]?S?38|4471/.test(s)) return 4471;
  if (/WGS[_ ]?84|4326/.test(s)) return 4326;
  return ({ '971': 5490, '972': 5490, '973': 2972, '974': 2975, '976': 4471 } as Record<string, number>)[departementInsee] ?? 2154;
}

/** INSEE code from FINESS département + 3-digit commune number (Corsica 2A/2B, DROM 9A–9F or 97x). */
export function codeInseeFiness(departement: string, commune: string): string | null {
  const dep = departement.trim().toUpperCase();
  const com = commune.trim();
  if (!/^\d{3}$/.test(com)) return null;
  const drom = DEPARTEMENTS_DROM[dep];
  // DROM: the commune number carries the département's last digit (Saint-Denis 9D/411 → 97411)
  if (drom) return com.startsWith(drom[2]) ? `97${com}` : `${drom}${com.slice(-2)}`;
  if (/^(\d{2}|2[AB])$/.test(dep)) return `${dep}${com}`;
  return null;
}

/**
 * Reads a FINESS establishments file in either format, detected from its first line:
 * - the official national extract (`etalab-cs1100507-stock-*.csv`): no header, a description line, then
 *   `structureet;…` lines (31 fields) and `geolocalisation;…` lines (Lambert 93 / UTM per `sourcegeocod`);
 * - the flattened variant with a header and WGS84 columns (shipped Occitanie file).
 * The field count of every line is checked: any mismatch refuses the file, listing the lines.
 */
export function lireFiness(texte: string, nomFichier: string): FinessLu {
  const premiere = texte.slice(0, texte.indexOf('\n') >>> 0).replace(/\r$/, '');
  if (premiere.startsWith('numero_finess_etablissement;')) return lireAplati(texte, nomFichier);
  if (/^(finess|structureet|geolocalisation);/i.test(premiere)) return lireNational(texte, nomFichier);
  throw fichierInvalide(
    nomFichier,
    'ce n’est pas un extrait FINESS : le fichier national commence par une ligne « finess;etalab;… » suivie de lignes « structureet;… » et « geolocalisation;… » (séparateur « ; »).',
    [{ ligne: 1, valeur: premiere.slice(0, 80), message: 'première ligne non reconnue' }],
  );
}

function lireNational(texte: string, nomFichier: string): FinessLu {
  const etablissements = new Map<string, EtablissementFiness>();
  const geo = new Map<string, { x: number; y: number; source: string; ligne: number }>();
  const erreurs: LigneIgnoree[] = [];
  const ignorees: LigneIgnoree[] = [];
  const lignes = texte.split(/\r?\n/);
  for (let i = 0; i < lignes.length; i++) {
    const brute = lignes[i];
    if (brute.trim() === '') continue;
    const numero = i + 1;
    const champs = decouperLigne(brute, ';');
    const bloc = champs[0].toLowerCase();
    if (bloc === 'structureet') {
      if (champs.length !== CHAMPS_STRUCTUREET.length + 1) {
        erreurs.push({
          ligne: numero,
          valeur: brute.slice(0, 80),
          message: `Ligne ${numero} : ${champs.length - 1} champs « structureet » au lieu de ${CHAMPS_STRUCTUREET.length} (${CHAMPS_STRUCTUREET.join(';')})`,
        });
        continue;
      }
      const f = Object.fromEntries(CHAMPS_STRUCTUREET.map((nom, k) => [nom, champs[k + 1].trim()])) as Record<(typeof CHAMPS_STRUCTUREET)[number], string>;
      const e = verifierEtablissement(numero, f.nofinesset, f.categetab, f.dateouv, f.dateautor, erreurs);
      if (!e) continue;
      const codeInsee = codeInseeFiness(f.departement, f.commune);
      if (!codeInsee) {
        erreurs.push({
          ligne: numero,
          champ: 'commune',
          valeur: `${f.departement}/${f.commune}`,
          message: `Ligne ${numero} : département « ${f.departement} » ou commune « ${f.commune} » mal formés`,
        });
        continue;
      }
      etablissements.set(f.nofinesset, {
        ligne: numero,
        finess: f.nofinesset,
        finessJuridique: f.nofinessej || null,
        nom: f.rslongue || f.rs,
        adresse: adresse(f.numvoie, f.typvoie, f.voie, f.compvoie, f.lieuditbp, f.ligneacheminement),
        codeInsee,
        categorie: f.categetab,
        libelleCategorie: f.libcategetab,
        siret: f.siret || null,
        dateOuverture: f.dateouv || null,
        dateAutorisation: f.dateautor || null,
        x: null,
        y: null,
        srid: null,
      });
    } else if (bloc === 'geolocalisation') {
      if (champs.length !== CHAMPS_GEOLOCALISATION.length + 1) {
        erreurs.push({
          ligne: numero,
          valeur: brute.slice(0, 80),
          message: `Ligne ${numero} : ${champs.length - 1} champs « geolocalisation » au lieu de ${CHAMPS_GEOLOCALISATION.length} (${CHAMPS_GEOLOCALISATION.join(';')})`,
        });
        continue;
      }
      const [, nofinesset, coordx, coordy, sourcegeocod] = champs.map((c) => c.trim());
      const x = Number(coordx.replace(',', '.'));
      const y = Number(coordy.replace(',', '.'));
      if (coordx === '' || coordy === '') continue;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        erreurs.push({ ligne: numero, champ: 'coordx', valeur: `${coordx};${coordy}`, message: `Ligne ${numero} : coordonnées non numériques` });
        continue;
      }
      geo.set(nofinesset, { x, y, source: sourcegeocod, ligne: numero });
    } else if (i === 0) {
      continue; // description line of the extract (finess;etalab;…)
    } else {
      erreurs.push({
        ligne: numero,
        valeur: brute.slice(0, 80),
        message: `Ligne ${numero} : bloc « ${champs[0].slice(0, 20)} » inconnu (attendu structureet ou geolocalisation)`,
      });
    }
  }
  if (erreurs.length)
    throw fichierInvalide(
      nomFichier,
      `${erreurs.length} ligne(s) non conformes au format de l’extrait FINESS national : rien n’a été importé.`,
      erreurs.slice(0, 200),
    );
  if (etablissements.size === 0) throw fichierInvalide(nomFichier, 'aucune ligne « structureet » : fichier tronqué ou vide.');
  if (geo.size === 0) throw fichierInvalide(nomFichier, 'aucune ligne « geolocalisation » après le bloc « structureet » : fichier tronqué ?');
  for (const e of etablissements.values()) {
    const g = geo.get(e.finess);
    if (!g) continue;
    e.x = g.x;
    e.y = g.y;
    e.srid = sridFiness(g.source, e.codeInsee.startsWith('97') ? e.codeInsee.slice(0, 3) : e.codeInsee.slice(0, 2));
  }
  for (const [finess, g] of geo) {
    if (!etablissements.has(finess))
      ignorees.push({
        ligne: g.ligne,
        champ: 'nofinesset',
        valeur: finess,
        message: `Ligne ${g.ligne} : géolocalisation d’un établissement absent du bloc structureet`,
      });
  }
  return { format: 'national', etablissements: [...etablissements.values()], ignorees };
}

function lireAplati(texte: string, nomFichier: string): FinessLu {
  const lignes = enregistrements(texte, ';');
  const entete = lignes[0].champs.map((c) => c.trim());
  const manquantes = ENTETE_FINESS_APLATI.filter((c) => !entete.includes(c));
  if (manquantes.length) {
    throw fichierInvalide(nomFichier, `colonnes manquantes dans l’en-tête FINESS : ${manquantes.join(', ')}.`, [
      { ligne: 1, valeur: entete.join(';').slice(0, 120), message: 'en-tête incomplet' },
    ]);
  }
  const col = (nom: (typeof ENTETE_FINESS_APLATI)[number]) => entete.indexOf(nom);
  const erreurs: LigneIgnoree[] = [];
  const etablissements: EtablissementFiness[] = [];
  for (const { ligne, champs } of lignes.slice(1)) {
    if (champs.length !== entete.length) {
      erreurs.push({ ligne, valeur: champs.join(';').slice(0, 80), message: `Ligne ${ligne} : ${champs.length} colonnes au lieu de ${entete.length}` });
      continue;
    }
    const v = (nom: (typeof ENTETE_FINESS_APLATI)[number]) => champs[col(nom)].trim();
    const e = verifierEtablissement(ligne, v('numero_finess_etablissement'), v('categetab'), v('dateouv'), v('dateautor'), erreurs);
    if (!e) continue;
    const lon = Number(v('longitude'));
    const lat = Number(v('latitude'));
    const aCoordonnees = v('longitude') !== '' && Number.isFinite(lon) && Number.isFinite(lat);
    etablissements.push({
      ligne,
      finess: v('numero_finess_etablissement'),
      finessJuridique: v('numero finess etablissement juridique') || null,
      nom: v('rslongue') || v('raison_sociale'),
      adresse: adresse(v('numvoie'), v('typvoie'), v('voie'), v('compvoie'), v('lieuditbp'), v('ligneacheminement')),
      codeInsee: v('code_insee').padStart(5, '0'),
      categorie: v('categetab'),
      libelleCategorie: v('categorie'),
      siret: v('siret') || null,
      dateOuverture: v('dateouv') || null,
      dateAutorisation: v('dateautor') || null,
      x: aCoordonnees ? lon : null,
      y: aCoordonnees ? lat : null,
      srid: aCoordonnees ? 4326 : null,
    });
  }
  if (erreurs.length) throw fichierInvalide(nomFichier, `${erreurs.length} ligne(s) non conformes : rien n’a été importé.`, erreurs.slice(0, 200));
  if (!etablissements.length) throw fichierInvalide(nomFichier, 'aucun établissement après l’en-tête : fichier tronqué ou vide.');
  return { format: 'aplati', etablissements, ignorees: [] };
}

function verifierEtablissement(ligne: number, finess: string, categorie: string, dateouv: string, dateautor: string, erreurs: LigneIgnoree[]): boolean {
  const avant = erreurs.length;
  if (!FORME_FINESS.test(finess))
    erreurs.push({ ligne, champ: 'nofinesset', valeur: finess, message: `Ligne ${ligne} : numéro FINESS mal formé « ${finess} » (9 caractères)` });
  if (!/^\d{3,4}$/.test(categorie))
    erreurs.push({ ligne, champ: 'categetab', valeur: categorie, message: `Ligne ${ligne} : catégorie d’établissement mal formée « ${categorie} »` });
  for (const [champ, d] of [
    ['dateouv', dateouv],
    ['dateautor', dateautor],
  ] as const) {
    if (d && !FORME_DATE.test(d)) erreurs.push({ ligne, champ, valeur: d, message: `Ligne ${ligne} : date « ${d} » au format inattendu (AAAA-MM-JJ)` });
  }
  return erreurs.length === avant;
}

function adresse(numvoie: string, typvoie: string, voie: string, compvoie: string, lieudit: string, acheminement: string): string {
  const rue = [numvoie, compvoie, typvoie, voie].filter(Boolean).join(' ');
  return [rue, lieudit, acheminement].filter(Boolean).join(', ');
}
