import { DetailErreur, ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { nombreDe } from '../common/texte/nombre-de';
import { decouperLigne, enregistrements, lignesDe } from '../common/fichiers/decouper-ligne';

export interface EpciZoneRouge {
  siren: string;
  nom: string;
  sources: string[];
  note: string | null;
  ligne: number;
}

const ENTETE_LIVRE = 'siren,nom_source,nom_cog,region_code,region_nom,population_2026,source_urls,note';

/** Reads the shipped partial list (one row per EPCI named in a public page, with its URLs and doubts). */
export function lireListeLivree(texte: string, nomFichier: string): EpciZoneRouge[] {
  const lignes = enregistrements(texte, ',');
  if (lignes[0]?.champs.join(',') !== ENTETE_LIVRE) throw new Error(`${nomFichier} : en-tête inattendu (attendu « ${ENTETE_LIVRE} »).`);
  return lignes.slice(1).map(({ ligne, champs }) => {
    const [siren, , nomCog, , , , urls, note] = champs;
    if (!/^\d{9}$/.test(siren)) throw new Error(`${nomFichier}, ligne ${ligne} : SIREN « ${siren} » mal formé.`);
    return { siren, nom: nomCog, sources: urls ? urls.split('|') : [], note: note || null, ligne };
  });
}

/**
 * Reads an uploaded list of EPCI SIREN codes (CSV with a `siren` column, `;` or `,`, or one code per line) and checks
 * every code against the EPCI of the COG 2026: an unknown, malformed or repeated code refuses the whole file with its
 * line number.
 */
export function lireListeTeleversee(texte: string, nomFichier: string, epciConnus: ReadonlyMap<string, string>): EpciZoneRouge[] {
  const lignes = lignesDe(texte);
  if (!lignes.length) throw new ErreurDomaine('FICHIER_INVALIDE', `« ${nomFichier} » est vide.`);
  const separateur = lignes[0].includes(';') ? ';' : ',';
  const entete = decouperLigne(lignes[0], separateur).map((c) => c.trim().toLowerCase());
  const aEntete = !/^\d{9}$/.test(entete[0] ?? '');
  const iSiren = aEntete ? entete.findIndex((c) => /^(siren|siren_epci|code_epci|epci)$/.test(c)) : 0;
  if (iSiren < 0)
    throw new ErreurDomaine('FICHIER_INVALIDE', `« ${nomFichier} » : colonne « siren » introuvable dans l’en-tête.`, [
      { ligne: 1, champ: 'siren', valeur: lignes[0].slice(0, 120), message: 'colonne siren absente' },
    ]);
  const erreurs: DetailErreur[] = [];
  const vus = new Map<string, number>();
  const resultat: EpciZoneRouge[] = [];
  for (let i = aEntete ? 1 : 0; i < lignes.length; i++) {
    if (!lignes[i].trim()) continue;
    const ligne = i + 1;
    const siren = (decouperLigne(lignes[i], separateur)[iSiren] ?? '').trim().replace(/\s/g, '');
    if (!/^\d{9}$/.test(siren)) {
      erreurs.push({ ligne, champ: 'siren', valeur: siren, message: `ligne ${ligne} : SIREN « ${siren} » mal formé (9 chiffres attendus)` });
      continue;
    }
    const nom = epciConnus.get(siren);
    if (!nom) {
      erreurs.push({ ligne, champ: 'siren', valeur: siren, message: `ligne ${ligne} : ${siren} n’est pas un EPCI à fiscalité propre du COG 2026` });
      continue;
    }
    if (vus.has(siren)) {
      erreurs.push({ ligne, champ: 'siren', valeur: siren, message: `ligne ${ligne} : ${siren} déjà listé ligne ${vus.get(siren)}` });
      continue;
    }
    vus.set(siren, ligne);
    resultat.push({ siren, nom, sources: [], note: null, ligne });
  }
  if (erreurs.length)
    throw new ErreurDomaine(
      'FICHIER_INVALIDE',
      `« ${nomFichier} » refusé : ${nombreDe(erreurs.length, 'ligne', 'lignes')} en erreur. Rien n’a été enregistré.`,
      erreurs.slice(0, 200),
    );
  if (!resultat.length) throw new ErreurDomaine('FICHIER_INVALIDE', `« ${nomFichier} » : aucun SIREN d’EPCI.`);
  return resultat;
}
