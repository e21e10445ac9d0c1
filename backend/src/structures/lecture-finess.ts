import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne, enregistrements } from '../common/fichiers/decouper-ligne';
import { LigneIgnoree } from '../import/importateur';
import { nombreDe } from '../common/texte/nombre-de';

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

/** Position of each `structureet` field in a split line (field 0 is the block name). */
const POSITION_STRUCTUREET = Object.fromEntries(CHAMPS_STRUCTUREET.map((nom, k) => [nom, k + 1])) as Record<(typeof CHAMPS_STRUCTUREET)[number], number>;
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
  /** INSEE codes of the départements of every establishment of the file (all categories): its coverage. */
  departements: string[];
  /** Establishments of every category read (kept or not). */
  total: number;
}

const FORME_FINESS = /^\d[0-9AB]\d{7}$/;
const FORME_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date that exists (2022-13-45 and 2023-02-30 do not). */
function dateValide(d: string): boolean {
  if (!FORME_DATE.test(d)) return false;
  const t = new Date(`${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
}

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

/** Where faults and skipped rows go while a file is read (the upload pipeline counts them and keeps the first 200). */
export interface SignalementsFiness {
  /** A fault that refuses the file. */
  erreur(detail: LigneIgnoree): void;
  /** A row reported but not blocking. */
  ecarter(detail: LigneIgnoree): void;
}

/** Plausible bounds of each projection used by FINESS (metres), and of WGS84 (degrees). */
const BORNES_SRID: Record<number, [number, number, number, number]> = {
  2154: [0, 6_000_000, 1_300_000, 7_200_000],
  5490: [400_000, 1_500_000, 800_000, 1_900_000],
  2972: [100_000, 200_000, 500_000, 700_000],
  2975: [250_000, 7_550_000, 450_000, 7_800_000],
  4471: [480_000, 8_550_000, 540_000, 8_620_000],
  4326: [-180, -90, 180, 90],
};

/** INSEE département of a FINESS département code (9A → 971 …, 2A, 01…). */
export function departementFiness(code: string): string | null {
  const dep = code.trim().toUpperCase();
  return DEPARTEMENTS_DROM[dep] ?? (/^(\d{2}|2[AB])$/.test(dep) ? dep : null);
}

/**
 * Reads a FINESS establishments file line by line (any size: only the kept categories are held in memory, plus
 * the numbers seen, to find duplicates), in either format, detected from its first line:
 * - the official national extract (`etalab-cs1100507-stock-*.csv`): a description line, then `structureet;…`
 *   lines (31 fields) and `geolocalisation;…` lines (Lambert 93 / UTM per `sourcegeocod`);
 * - the flattened variant with a header and WGS84 columns (shipped Occitanie file); its records may span lines
 *   (quoted fields): feed it records, not physical lines.
 * Faults refuse the file (field count, malformed number, category or date, duplicated number, non-numeric or
 * impossible coordinates), each with its line number; they go to `signalements.erreur`.
 */
export class LecteurFiness {
  format: 'national' | 'aplati' | null = null;
  private entete: string[] = [];
  private readonly vus = new Map<string, number>();
  private readonly departements = new Set<string>();
  private readonly gardes = new Map<string, EtablissementFiness>();
  private readonly geo = new Map<string, { x: number; y: number; source: string; ligne: number }>();
  private nombreStructures = 0;
  private nombreGeo = 0;
  private erreurs = 0;

  constructor(
    private readonly nomFichier: string,
    private readonly signalements: SignalementsFiness,
    /** Which establishments are kept (categories of primary care); the others are only counted. */
    private readonly garder: (categorie: string, nom: string) => boolean = () => true,
  ) {}

  /** One line (national format) or one record (flattened format), numbered from 1. */
  lire(numero: number, brute: string): void {
    if (brute.trim() === '') return;
    if (this.format === null) {
      if (brute.startsWith('numero_finess_etablissement;')) {
        this.format = 'aplati';
        this.lireEntete(brute);
        return;
      }
      if (/^(finess|structureet|geolocalisation);/i.test(brute)) this.format = 'national';
      else {
        throw fichierInvalide(
          this.nomFichier,
          'ce n’est pas un extrait FINESS : le fichier national commence par une ligne « finess;etalab;… » suivie de lignes « structureet;… » et « geolocalisation;… » (séparateur « ; »).',
          [{ ligne: numero, valeur: brute.slice(0, 80), message: 'première ligne non reconnue' }],
        );
      }
      if (/^finess;/i.test(brute)) return; // description line of the extract (finess;etalab;…)
    }
    if (this.format === 'national') this.lireNational(numero, brute);
    else this.lireAplati(numero, brute);
  }

  /** The kept establishments (with their coordinates) once every line is read; refuses an empty or truncated file. */
  terminer(): FinessLu {
    if (this.format === null) throw fichierInvalide(this.nomFichier, 'le fichier est vide.');
    const ignorees: LigneIgnoree[] = [];
    if (this.format === 'national' && this.erreurs === 0) {
      if (this.nombreStructures === 0) throw fichierInvalide(this.nomFichier, 'aucune ligne « structureet » : fichier tronqué ou vide.');
      if (this.nombreGeo === 0) throw fichierInvalide(this.nomFichier, 'aucune ligne « geolocalisation » après le bloc « structureet » : fichier tronqué ?');
      for (const e of this.gardes.values()) {
        const g = this.geo.get(e.finess);
        if (!g) continue;
        e.x = g.x;
        e.y = g.y;
        e.srid = sridFiness(g.source, e.codeInsee.startsWith('97') ? e.codeInsee.slice(0, 3) : e.codeInsee.slice(0, 2));
        this.geo.delete(e.finess);
      }
      for (const [finess, g] of this.geo) {
        if (this.vus.has(finess)) continue; // geolocation of an establishment of another category
        const d = {
          ligne: g.ligne,
          champ: 'nofinesset',
          valeur: finess,
          message: `Ligne ${g.ligne} : géolocalisation d’un établissement absent du bloc structureet`,
        };
        ignorees.push(d);
        this.signalements.ecarter(d);
      }
    }
    if (this.format === 'aplati' && this.erreurs === 0 && this.nombreStructures === 0) {
      throw fichierInvalide(this.nomFichier, 'aucun établissement après l’en-tête : fichier tronqué ou vide.');
    }
    return {
      format: this.format,
      etablissements: [...this.gardes.values()],
      ignorees,
      departements: [...this.departements].sort(),
      total: this.nombreStructures,
    };
  }

  private faute(d: LigneIgnoree): void {
    this.erreurs++;
    this.signalements.erreur(d);
  }

  private lireNational(numero: number, brute: string): void {
    const champs = decouperLigne(brute, ';');
    const bloc = champs[0].toLowerCase();
    if (bloc === 'structureet') {
      if (champs.length !== CHAMPS_STRUCTUREET.length + 1) {
        this.faute({
          ligne: numero,
          valeur: brute.slice(0, 80),
          message: `Ligne ${numero} : ${champs.length - 1} champs « structureet » au lieu de ${CHAMPS_STRUCTUREET.length} (${CHAMPS_STRUCTUREET.join(';')})`,
        });
        return;
      }
      // fields read by position when needed (most lines are other categories: no object built per line)
      const f = (nom: (typeof CHAMPS_STRUCTUREET)[number]) => champs[POSITION_STRUCTUREET[nom]].trim();
      if (!this.verifierEtablissement(numero, f('nofinesset'), f('categetab'), f('dateouv'), f('dateautor'))) return;
      const codeInsee = codeInseeFiness(f('departement'), f('commune'));
      const departement = departementFiness(f('departement'));
      if (!codeInsee || !departement) {
        this.faute({
          ligne: numero,
          champ: 'commune',
          valeur: `${f('departement')}/${f('commune')}`,
          message: `Ligne ${numero} : département « ${f('departement')} » ou commune « ${f('commune')} » mal formés`,
        });
        return;
      }
      this.departements.add(departement);
      if (!this.garder(f('categetab'), f('rslongue') || f('rs'))) return;
      this.gardes.set(f('nofinesset'), {
        ligne: numero,
        finess: f('nofinesset'),
        finessJuridique: f('nofinessej') || null,
        nom: f('rslongue') || f('rs'),
        adresse: adresse(f('numvoie'), f('typvoie'), f('voie'), f('compvoie'), f('lieuditbp'), f('ligneacheminement')),
        codeInsee,
        categorie: f('categetab'),
        libelleCategorie: f('libcategetab'),
        siret: f('siret') || null,
        dateOuverture: f('dateouv') || null,
        dateAutorisation: f('dateautor') || null,
        x: null,
        y: null,
        srid: null,
      });
    } else if (bloc === 'geolocalisation') {
      if (champs.length !== CHAMPS_GEOLOCALISATION.length + 1) {
        this.faute({
          ligne: numero,
          valeur: brute.slice(0, 80),
          message: `Ligne ${numero} : ${champs.length - 1} champs « geolocalisation » au lieu de ${CHAMPS_GEOLOCALISATION.length} (${CHAMPS_GEOLOCALISATION.join(';')})`,
        });
        return;
      }
      const [, nofinesset, coordx, coordy, sourcegeocod] = champs.map((c) => c.trim());
      this.nombreGeo++;
      if (coordx === '' || coordy === '') return; // not geocoded: placed at its commune's inner point
      const x = Number(coordx.replace(',', '.'));
      const y = Number(coordy.replace(',', '.'));
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        this.faute({
          ligne: numero,
          champ: 'coordx',
          valeur: `${coordx};${coordy}`,
          message: `Ligne ${numero} : coordonnées non numériques « ${coordx} ; ${coordy} »`,
        });
        return;
      }
      const garde = this.gardes.get(nofinesset);
      // only the kept establishments' coordinates matter (others are not loaded); an unknown number waits for its structureet
      if (!garde && this.vus.has(nofinesset)) return;
      const dep = garde ? (garde.codeInsee.startsWith('97') ? garde.codeInsee.slice(0, 3) : garde.codeInsee.slice(0, 2)) : '';
      const srid = sridFiness(sourcegeocod, dep);
      const [xmin, ymin, xmax, ymax] = BORNES_SRID[srid] ?? BORNES_SRID[2154];
      if (x < xmin || x > xmax || y < ymin || y > ymax) {
        this.faute({
          ligne: numero,
          champ: 'coordx',
          valeur: `${coordx};${coordy}`,
          message: `Ligne ${numero} : coordonnées « ${coordx} ; ${coordy} » impossibles en EPSG:${srid} (hors de la France)`,
        });
        return;
      }
      this.geo.set(nofinesset, { x, y, source: sourcegeocod, ligne: numero });
    } else {
      this.faute({
        ligne: numero,
        valeur: brute.slice(0, 80),
        message: `Ligne ${numero} : bloc « ${champs[0].slice(0, 20)} » inconnu (attendu structureet ou geolocalisation)`,
      });
    }
  }

  private lireEntete(brute: string): void {
    this.entete = decouperLigne(brute, ';').map((c) => c.trim());
    const manquantes = ENTETE_FINESS_APLATI.filter((c) => !this.entete.includes(c));
    if (manquantes.length) {
      throw fichierInvalide(this.nomFichier, `colonnes manquantes dans l’en-tête FINESS : ${manquantes.join(', ')}.`, [
        { ligne: 1, valeur: this.entete.join(';').slice(0, 120), message: 'en-tête incomplet' },
      ]);
    }
  }

  private lireAplati(ligne: number, brute: string): void {
    const champs = enregistrements(brute, ';')[0]?.champs ?? [];
    if (champs.length !== this.entete.length) {
      this.faute({ ligne, valeur: brute.slice(0, 80), message: `Ligne ${ligne} : ${champs.length} colonnes au lieu de ${this.entete.length}` });
      return;
    }
    const v = (nom: (typeof ENTETE_FINESS_APLATI)[number]) => champs[this.entete.indexOf(nom)].trim();
    if (!this.verifierEtablissement(ligne, v('numero_finess_etablissement'), v('categetab'), v('dateouv'), v('dateautor'))) return;
    const codeInsee = v('code_insee').padStart(5, '0');
    const departement = departementFiness(v('departement')) ?? (codeInsee.startsWith('97') ? codeInsee.slice(0, 3) : codeInsee.slice(0, 2));
    this.departements.add(departement);
    const lon = v('longitude');
    const lat = v('latitude');
    let x: number | null = null;
    let y: number | null = null;
    if (lon !== '' || lat !== '') {
      x = Number(lon.replace(',', '.'));
      y = Number(lat.replace(',', '.'));
      if (lon === '' || lat === '' || !Number.isFinite(x) || !Number.isFinite(y) || x < -180 || x > 180 || y < -90 || y > 90) {
        this.faute({
          ligne,
          champ: 'latitude',
          valeur: `${lon};${lat}`,
          message: `Ligne ${ligne} : coordonnées « ${lon} ; ${lat} » invalides (longitude entre -180 et 180, latitude entre -90 et 90, en degrés)`,
        });
        return;
      }
    }
    if (!this.garder(v('categetab'), v('rslongue') || v('raison_sociale'))) return;
    this.gardes.set(v('numero_finess_etablissement'), {
      ligne,
      finess: v('numero_finess_etablissement'),
      finessJuridique: v('numero finess etablissement juridique') || null,
      nom: v('rslongue') || v('raison_sociale'),
      adresse: adresse(v('numvoie'), v('typvoie'), v('voie'), v('compvoie'), v('lieuditbp'), v('ligneacheminement')),
      codeInsee,
      categorie: v('categetab'),
      libelleCategorie: v('categorie'),
      siret: v('siret') || null,
      dateOuverture: v('dateouv') || null,
      dateAutorisation: v('dateautor') || null,
      x,
      y,
      srid: x === null ? null : 4326,
    });
  }

  private verifierEtablissement(ligne: number, finess: string, categorie: string, dateouv: string, dateautor: string): boolean {
    let ok = true;
    const faute = (d: LigneIgnoree) => {
      ok = false;
      this.faute(d);
    };
    if (!FORME_FINESS.test(finess))
      faute({ ligne, champ: 'nofinesset', valeur: finess, message: `Ligne ${ligne} : numéro FINESS mal formé « ${finess} » (9 caractères)` });
    else {
      const premiere = this.vus.get(finess);
      if (premiere !== undefined) {
        faute({ ligne, champ: 'nofinesset', valeur: finess, message: `Ligne ${ligne} : numéro FINESS ${finess} en double (déjà ligne ${premiere})` });
      } else this.vus.set(finess, ligne);
    }
    if (!/^\d{3,4}$/.test(categorie))
      faute({ ligne, champ: 'categetab', valeur: categorie, message: `Ligne ${ligne} : catégorie d’établissement mal formée « ${categorie} »` });
    for (const [champ, d] of [
      ['dateouv', dateouv],
      ['dateautor', dateautor],
    ] as const) {
      if (d && !dateValide(d)) faute({ ligne, champ, valeur: d, message: `Ligne ${ligne} : date « ${d} » invalide (AAAA-MM-JJ, une date qui existe)` });
    }
    if (ok) this.nombreStructures++;
    return ok;
  }
}

/**
 * Reads a whole FINESS text (shipped file, tests) with `LecteurFiness`: any fault refuses the file with the
 * faulty lines (200 at most) and their number.
 */
export function lireFiness(texte: string, nomFichier: string): FinessLu {
  const erreurs: LigneIgnoree[] = [];
  let nombre = 0;
  const lecteur = new LecteurFiness(nomFichier, {
    erreur: (d) => {
      nombre++;
      if (erreurs.length < 200) erreurs.push(d);
    },
    ecarter: () => undefined,
  });
  const premiere = texte.slice(0, texte.indexOf('\n') >>> 0).replace(/\r$/, '');
  if (premiere.startsWith('numero_finess_etablissement;')) {
    for (const { ligne, champs } of enregistrements(texte, ';')) lecteur.lire(ligne, champs.map(echapperChamp).join(';'));
  } else {
    const lignes = texte.split(/\r?\n/);
    for (let i = 0; i < lignes.length; i++) lecteur.lire(i + 1, lignes[i]);
  }
  if (nombre) {
    const format = lecteur.format === 'aplati' ? '' : ' au format de l’extrait FINESS national';
    throw fichierInvalide(nomFichier, `${nombreDe(nombre, 'ligne non conforme', 'lignes non conformes')}${format} : rien n’a été importé.`, erreurs);
  }
  return lecteur.terminer();
}

/** A field written back in `;` CSV (quoted when it holds a separator, a quote or a newline). */
function echapperChamp(c: string): string {
  return /[;"\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c;
}

function adresse(numvoie: string, typvoie: string, voie: string, compvoie: string, lieudit: string, acheminement: string): string {
  const rue = [numvoie, compvoie, typvoie, voie].filter(Boolean).join(' ');
  return [rue, lieudit, acheminement].filter(Boolean).join(', ');
}
