import { FORME_CODE_COMMUNE } from '../../common/cog/correspondance-cog';
import { decouperLigne, lignesDe } from '../../common/fichiers/decouper-ligne';
import { LigneIgnoree } from '../../import/importateur';

/** A bridge or causeway joining two landmasses (both communes touch it). */
export interface LienFixe {
  a: string;
  b: string;
  ouvrage: string;
}

/** A ferry crossing between two port communes, in minutes (published crossing time). */
export interface LiaisonMaritime {
  a: string;
  b: string;
  minutes: number;
  operateur: string;
}

/**
 * Reads `geo-data/acces/liens-fixes.csv` or `liaisons-maritimes.csv` (`;`-separated, header first): the two commune
 * codes in the first and third columns; a malformed row is reported with its line number and not used.
 */
function lireTable(texte: string, fichier: string, colonnes: string[]): { champs: Record<string, string>; ligne: number }[] {
  const lignes = lignesDe(texte);
  const entete = decouperLigne(lignes[0] ?? '', ';').map((c) => c.trim());
  const manquantes = colonnes.filter((c) => !entete.includes(c));
  if (manquantes.length) throw new Error(`${fichier} : colonnes absentes (${manquantes.join(', ')}) dans l’en-tête « ${lignes[0] ?? ''} ».`);
  const resultat: { champs: Record<string, string>; ligne: number }[] = [];
  for (let i = 1; i < lignes.length; i++) {
    if (!lignes[i].trim()) continue;
    const valeurs = decouperLigne(lignes[i], ';');
    resultat.push({ ligne: i + 1, champs: Object.fromEntries(entete.map((c, k) => [c, (valeurs[k] ?? '').trim()])) });
  }
  return resultat;
}

function verifierCodes(l: { champs: Record<string, string>; ligne: number }, fichier: string, connues: Set<string>, signalements: LigneIgnoree[]): boolean {
  for (const cle of ['commune_a', 'commune_b']) {
    const code = l.champs[cle];
    if (!FORME_CODE_COMMUNE.test(code) || !connues.has(code)) {
      signalements.push({
        ligne: l.ligne,
        champ: cle,
        valeur: code,
        message: `${fichier} ligne ${l.ligne} : commune « ${code} » inconnue du COG 2026, lien ignoré`,
      });
      return false;
    }
  }
  return true;
}

export function lireLiensFixes(texte: string, fichier: string, connues: Set<string>, signalements: LigneIgnoree[]): LienFixe[] {
  return lireTable(texte, fichier, ['commune_a', 'commune_b', 'ouvrage'])
    .filter((l) => verifierCodes(l, fichier, connues, signalements))
    .map((l) => ({ a: l.champs.commune_a, b: l.champs.commune_b, ouvrage: l.champs.ouvrage }));
}

export function lireLiaisonsMaritimes(texte: string, fichier: string, connues: Set<string>, signalements: LigneIgnoree[]): LiaisonMaritime[] {
  const resultat: LiaisonMaritime[] = [];
  for (const l of lireTable(texte, fichier, ['commune_a', 'commune_b', 'minutes', 'operateur', 'source_url'])) {
    if (!verifierCodes(l, fichier, connues, signalements)) continue;
    const minutes = Number(l.champs.minutes.replace(',', '.'));
    if (!Number.isFinite(minutes) || minutes <= 0 || !l.champs.source_url.startsWith('http')) {
      signalements.push({
        ligne: l.ligne,
        champ: Number.isFinite(minutes) && minutes > 0 ? 'source_url' : 'minutes',
        valeur: Number.isFinite(minutes) && minutes > 0 ? l.champs.source_url : l.champs.minutes,
        message: `${fichier} ligne ${l.ligne} : durée de traversée ou source manquante, liaison ignorée`,
      });
      continue;
    }
    resultat.push({ a: l.champs.commune_a, b: l.champs.commune_b, minutes, operateur: l.champs.operateur });
  }
  return resultat;
}

/**
 * Landmasses: the connected components of touching commune polygons (computed in PostGIS), joined by the fixed links
 * (bridges). Returns the landmass of every commune (the smallest commune code of the landmass, stable across imports).
 */
export function regrouperMasses(composantes: { code: string; composante: number }[], liens: LienFixe[]): Map<string, string> {
  const parent = new Map<string, string>();
  const racine = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    for (let y = x; y !== r;) {
      const suivant = parent.get(y)!;
      parent.set(y, r);
      y = suivant;
    }
    return r;
  };
  const unir = (a: string, b: string) => {
    const [ra, rb] = [racine(a), racine(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  const premier = new Map<number, string>();
  for (const c of [...composantes].sort((x, y) => x.code.localeCompare(y.code))) {
    parent.set(c.code, c.code);
    const p = premier.get(c.composante);
    if (p === undefined) premier.set(c.composante, c.code);
    else unir(p, c.code);
  }
  for (const l of liens) if (parent.has(l.a) && parent.has(l.b)) unir(l.a, l.b);
  return new Map([...parent.keys()].map((c) => [c, racine(c)]));
}
