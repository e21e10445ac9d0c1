import { Readable } from 'node:stream';
import { CorrespondanceCog, FORME_CODE_COMMUNE } from '../common/cog/correspondance-cog';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { normaliserRecherche } from '../common/texte/normaliser-recherche';
import { LigneIgnoree } from '../import/importateur';
import { nombreDe } from '../common/texte/nombre-de';

/** Official header of `PS_LibreAcces_Personne_activite_*.txt` (Annuaire Santé public extract), in order. */
export const ENTETE_RPPS = [
  "Type d'identifiant PP",
  'Identifiant PP',
  'Identification nationale PP',
  "Code civilité d'exercice",
  "Libellé civilité d'exercice",
  'Code civilité',
  'Libellé civilité',
  "Nom d'exercice",
  "Prénom d'exercice",
  'Code profession',
  'Libellé profession',
  'Code catégorie professionnelle',
  'Libellé catégorie professionnelle',
  'Code type savoir-faire',
  'Libellé type savoir-faire',
  'Code savoir-faire',
  'Libellé savoir-faire',
  'Code mode exercice',
  'Libellé mode exercice',
  'Numéro SIRET site',
  'Numéro SIREN site',
  'Numéro FINESS site',
  'Numéro FINESS établissement juridique',
  'Identifiant technique de la structure',
  'Raison sociale site',
  'Enseigne commerciale site',
  'Complément destinataire (coord. structure)',
  'Complément point géographique (coord. structure)',
  'Numéro Voie (coord. structure)',
  'Indice répétition voie (coord. structure)',
  'Code type de voie (coord. structure)',
  'Libellé type de voie (coord. structure)',
  'Libellé Voie (coord. structure)',
  'Mention distribution (coord. structure)',
  'Bureau cedex (coord. structure)',
  'Code postal (coord. structure)',
  'Code commune (coord. structure)',
  'Libellé commune (coord. structure)',
  'Code pays (coord. structure)',
  'Libellé pays (coord. structure)',
  'Téléphone (coord. structure)',
  'Téléphone 2 (coord. structure)',
  'Télécopie (coord. structure)',
  'Adresse e-mail (coord. structure)',
  'Code Département (structure)',
  'Libellé Département (structure)',
  'Ancien identifiant de la structure',
  "Autorité d'enregistrement",
  "Code secteur d'activité",
  "Libellé secteur d'activité",
  'Code section tableau pharmaciens',
  'Libellé section tableau pharmaciens',
] as const;

const I = Object.fromEntries(ENTETE_RPPS.map((c, i) => [c, i])) as Record<(typeof ENTETE_RPPS)[number], number>;

/** GP specialty codes: SM54 (médecine générale), and the qualified-GP codes of older extracts; the label is checked too. */
const SAVOIR_FAIRE_MG = new Set(['SM54', 'SM53', 'SM57']);
const LIBELLE_MG = /m[ée]decine g[ée]n[ée]rale/i;

export interface SiteGeneraliste {
  ligne: number;
  identifiantPp: string;
  communeCode: string;
  departementCode: string;
  modeExercice: string | null;
  finessSite: string | null;
  siretSite: string | null;
}

export interface RppsLu {
  encodage: 'utf-8' | 'latin-1';
  lignes: number;
  sites: SiteGeneraliste[];
  ignorees: LigneIgnoree[];
}

/** Where faults and skipped rows go while an extract is read (counted by the caller, the first 200 kept). */
export interface SignalementsRpps {
  erreur(detail: LigneIgnoree): void;
  ecarter(detail: LigneIgnoree): void;
}

/**
 * Reads an RPPS / Annuaire Santé extract line by line (hundreds of MB: nothing but the current line is held):
 * checks the official header, keeps general practitioners (profession 10 + GP savoir-faire), one row per practice
 * site (multi-site practice counted per site), locates each site by `Code commune`, else by postcode + commune
 * label. Structural faults (header, field count, truncated last line) go to `erreur`; GP rows whose site cannot
 * be located to `ecarter`. The départements of every located row (all professions) tell what the file covers.
 */
export class LecteurRpps {
  private numero = 0;
  readonly departements = new Set<string>();
  private readonly parCodePostal: Map<string, { code: string; cle: string }[]>;

  constructor(
    private readonly nomFichier: string,
    private readonly cog: CorrespondanceCog,
    private readonly signalements: SignalementsRpps,
    private readonly surSite: (site: SiteGeneraliste) => void | Promise<void>,
  ) {
    this.parCodePostal = indexCodesPostaux(cog);
  }

  /** Lines read (header included). */
  get lignes(): number {
    return this.numero;
  }

  async lire(numero: number, ligne: string): Promise<void> {
    this.numero = numero;
    if (numero === 1) {
      const entete = ligne.replace(/^\ufeff/, '').split('|');
      if (entete[entete.length - 1] === '') entete.pop();
      const ecarts = ENTETE_RPPS.map((c, i) => (entete[i] === c ? null : `colonne ${i + 1} : « ${entete[i] ?? '(absente)'} » au lieu de « ${c} »`)).filter(
        Boolean,
      );
      if (ecarts.length || entete.length !== ENTETE_RPPS.length) {
        throw fichierInvalide(
          this.nomFichier,
          'ce n’est pas un extrait « PS_LibreAcces_Personne_activite » : l’en-tête officiel (52 colonnes séparées par « | ») ne correspond pas.',
          [{ ligne: 1, valeur: ligne.slice(0, 80), message: ecarts.slice(0, 3).join(' ; ') || `${entete.length} colonnes au lieu de ${ENTETE_RPPS.length}` }],
        );
      }
      return;
    }
    if (ligne === '') return;
    const champs = ligne.split('|');
    if (champs.length !== ENTETE_RPPS.length + 1 || champs[ENTETE_RPPS.length] !== '') {
      this.signalements.erreur({
        ligne: numero,
        valeur: ligne.slice(0, 80),
        message: `Ligne ${numero} : ${champs.length - 1} champs au lieu de ${ENTETE_RPPS.length} (ligne tronquée ou « | » manquant en fin de ligne)`,
      });
      return;
    }
    const codeCommune = champs[I['Code commune (coord. structure)']].trim().toUpperCase();
    const dep = codeCommune ? this.cog.trouver(codeCommune)?.commune.departement : undefined;
    if (dep) this.departements.add(dep);
    if (champs[I['Code profession']] !== '10') return;
    const codeSf = champs[I['Code savoir-faire']];
    if (!SAVOIR_FAIRE_MG.has(codeSf) && !LIBELLE_MG.test(champs[I['Libellé savoir-faire']])) return;
    const identifiant = champs[I['Identifiant PP']];
    if (!/^\d{8,11}$/.test(identifiant)) {
      this.signalements.ecarter({
        ligne: numero,
        champ: 'Identifiant PP',
        valeur: identifiant,
        message: `Ligne ${numero} : identifiant PP mal formé « ${identifiant} »`,
      });
      return;
    }
    const commune = localiser(champs, this.cog, this.parCodePostal);
    if ('erreur' in commune) {
      this.signalements.ecarter({
        ligne: numero,
        champ: 'Code commune (coord. structure)',
        valeur: commune.valeur,
        message: `Ligne ${numero} : ${commune.erreur}`,
      });
      return;
    }
    const departement = this.cog.commune(commune.code)?.departement ?? this.cog.trouver(commune.code)?.commune.departement ?? '';
    this.departements.add(departement);
    await this.surSite({
      ligne: numero,
      identifiantPp: identifiant,
      communeCode: commune.code,
      departementCode: departement,
      modeExercice: champs[I['Code mode exercice']] || null,
      finessSite: champs[I['Numéro FINESS site']] || null,
      siretSite: champs[I['Numéro SIRET site']] || null,
    });
  }

  /** Refuses an empty extract or one with nothing after its header. */
  terminer(): void {
    if (this.numero === 0) throw fichierInvalide(this.nomFichier, 'le fichier est vide.');
    if (this.numero === 1) throw fichierInvalide(this.nomFichier, 'aucune ligne après l’en-tête : fichier tronqué ?');
  }
}

/** Reads a whole extract from a byte stream (tests, scripts): any structural fault refuses it (200 lines listed at most). */
export async function lireRpps(flux: Readable, nomFichier: string, cog: CorrespondanceCog): Promise<RppsLu> {
  const sites: SiteGeneraliste[] = [];
  const ignorees: LigneIgnoree[] = [];
  const erreurs: LigneIgnoree[] = [];
  let nombreErreurs = 0;
  const lecteur = new LecteurRpps(
    nomFichier,
    cog,
    {
      erreur: (d) => {
        nombreErreurs++;
        if (erreurs.length < 200) erreurs.push(d);
      },
      ecarter: (d) => {
        if (ignorees.length < 200) ignorees.push(d);
      },
    },
    (s) => {
      sites.push(s);
    },
  );
  let encodage: 'utf-8' | 'latin-1' | null = null;
  let decodeur: InstanceType<typeof TextDecoder> | null = null;
  let reste = '';
  let numero = 0;
  for await (const morceau of flux) {
    const octets = morceau as Buffer;
    if (!decodeur) {
      if (octets.includes(0)) throw fichierInvalide(nomFichier, 'encodage non pris en charge (UTF-16 ou fichier binaire) : UTF-8 ou Latin-1 attendu.');
      try {
        // stream mode: a multi-byte character cut at the end of the chunk is not an error
        new TextDecoder('utf-8', { fatal: true }).decode(octets, { stream: true });
        encodage = 'utf-8';
      } catch {
        encodage = 'latin-1';
      }
      decodeur = new TextDecoder(encodage === 'utf-8' ? 'utf-8' : 'latin1', { fatal: encodage === 'utf-8' });
    }
    let texte: string;
    try {
      texte = reste + decodeur.decode(octets, { stream: true });
    } catch {
      throw fichierInvalide(nomFichier, 'encodage incohérent : le début du fichier est en UTF-8 mais la suite ne l’est pas.');
    }
    const lignes = texte.split(/\r?\n/);
    reste = lignes.pop() ?? '';
    for (const l of lignes) await lecteur.lire(++numero, l);
  }
  if (reste !== '') await lecteur.lire(++numero, reste.replace(/\r$/, ''));
  lecteur.terminer();
  if (nombreErreurs)
    throw fichierInvalide(
      nomFichier,
      `${nombreDe(nombreErreurs, 'ligne non conforme', 'lignes non conformes')} au format officiel : rien n’a été importé.`,
      erreurs,
    );
  return { encodage: encodage ?? 'utf-8', lignes: numero - 1, sites, ignorees };
}

type Localisation = { code: string } | { erreur: string; valeur: string };

function localiser(champs: string[], cog: CorrespondanceCog, parCodePostal: Map<string, { code: string; cle: string }[]>): Localisation {
  const code = champs[I['Code commune (coord. structure)']].trim().toUpperCase();
  if (code) {
    if (!FORME_CODE_COMMUNE.test(code)) return { erreur: `code commune mal formé « ${code} »`, valeur: code };
    const c = cog.trouver(code);
    return c ? { code: c.commune.code } : { erreur: `commune ${code} inconnue du COG 2026 (métropole et DROM)`, valeur: code };
  }
  const cp = champs[I['Code postal (coord. structure)']].trim();
  const libelle = normaliserRecherche(champs[I['Libellé commune (coord. structure)']].replace(/\bCEDEX\b.*$/i, ''));
  const candidates = parCodePostal.get(cp) ?? [];
  const exacte = candidates.find((c) => c.cle === libelle) ?? (candidates.length === 1 ? candidates[0] : undefined);
  if (exacte) return { code: exacte.code };
  if (!cp) return { erreur: 'ni code commune ni code postal : site non localisé', valeur: '' };
  return { erreur: `code postal ${cp} et libellé « ${champs[I['Libellé commune (coord. structure)']]} » sans commune correspondante`, valeur: cp };
}

function indexCodesPostaux(cog: CorrespondanceCog): Map<string, { code: string; cle: string }[]> {
  const index = new Map<string, { code: string; cle: string }[]>();
  for (const c of cog.communes()) {
    for (const cp of c.codesPostaux) {
      const liste = index.get(cp) ?? [];
      liste.push({ code: c.code, cle: normaliserRecherche(c.nom) });
      index.set(cp, liste);
    }
  }
  return index;
}
