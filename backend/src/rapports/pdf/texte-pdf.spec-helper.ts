import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export interface TextePdf {
  /** The text of every page, as pdf.js extracts it (lines in reading order, « -- n of N -- » between pages). */
  readonly texte: string;
  readonly pages: number;
  readonly titre: string | null;
}

/**
 * The text of a PDF, read by pdf-parse (Mozilla's pdf.js) in a child process: jest's CommonJS runtime cannot load
 * pdf.js's worker (a dynamic import). Used by the unit, integration and browser tests.
 */
export function lireTextePdf(pdf: Buffer | Uint8Array): TextePdf {
  const sortie = execFileSync(process.execPath, [path.join(__dirname, 'lecteur-pdf.mjs')], { input: pdf, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(sortie.toString('utf8')) as TextePdf;
}
