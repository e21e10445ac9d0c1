import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decoderTexte } from './decoder-texte';

/** Reads a file shipped in geo-data/ (gunzipped when it ends in .gz) and decodes it (UTF-8 or Latin-1). */
export function lireFichierLivre(chemin: string): string {
  if (!existsSync(chemin)) throw new Error(`Fichier livré manquant : ${chemin} (voir geo-data/README.md).`);
  const brut = readFileSync(chemin);
  return decoderTexte(chemin.endsWith('.gz') ? gunzipSync(brut) : brut, path.basename(chemin)).texte;
}
