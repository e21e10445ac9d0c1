import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { Encodage, fichierInvalide } from '../common/fichiers/decoder-texte';
import { LigneLue } from './type-fichier';

/** Mojibake left by a UTF-8 file decoded as Latin-1 then saved again in UTF-8 (« Ã© » for « é »). */
const DOUBLE_ENCODAGE = /Ã[\u0080-\u00BF©¨ª®´¢§¹«»]/;

/**
 * Encoding of a text file on disk, read as a stream: UTF-16 and binary content are refused (NUL bytes at the
 * start), then the file is UTF-8 when its first non-ASCII bytes are valid UTF-8, else Latin-1 (older FINESS and
 * RPPS extracts). Only the bytes up to the first non-ASCII sequence are read (the whole file when it is ASCII).
 */
export async function detecterEncodage(chemin: string, nomFichier: string): Promise<Encodage> {
  let debut = true;
  for await (const morceau of createReadStream(chemin, { highWaterMark: 256 * 1024 })) {
    const octets = morceau as Buffer;
    if (debut) {
      debut = false;
      const tete = octets.subarray(0, 64 * 1024);
      if ((tete[0] === 0xff && tete[1] === 0xfe) || (tete[0] === 0xfe && tete[1] === 0xff) || tete.includes(0)) {
        throw fichierInvalide(nomFichier, 'encodage non pris en charge (UTF-16 ou fichier binaire) : enregistrez-le en UTF-8 ou en Latin-1 (ISO-8859-1).');
      }
    }
    const i = octets.findIndex((o) => o >= 0x80);
    if (i < 0) continue;
    // a window from the first non-ASCII byte: a multi-byte character cut at its end is not an error (stream mode)
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(octets.subarray(i, i + 4096), { stream: true });
      return 'utf-8';
    } catch {
      return 'latin-1';
    }
  }
  if (debut) throw fichierInvalide(nomFichier, 'le fichier est vide.');
  return 'utf-8';
}

/** Counts the bytes going through (progress bar), and stops the stream when `verifier` throws (cancel, time-out). */
export function compteurOctets(surOctets: (n: number) => void, verifier: () => void): Transform {
  return new Transform({
    transform(morceau: Buffer, _enc, suite) {
      try {
        verifier();
      } catch (e) {
        suite(e as Error);
        return;
      }
      surOctets(morceau.length);
      suite(null, morceau);
    },
  });
}

/**
 * Decoded lines of a byte stream, numbered from 1 (CRLF and LF, BOM dropped, a last line without newline kept,
 * blank lines kept so that numbers match the file). A UTF-8 file whose later bytes are not UTF-8, or whose start
 * shows a double encoding, is refused in French.
 *
 * The bytes are cut at each newline (0x0A never occurs inside a UTF-8 sequence nor stands for anything else in
 * Latin-1) and each line is decoded on its own: a line is a string of its own, so the few values a reader keeps
 * (an establishment's name) hold a line, not the whole decoded chunk it came from — slices of a chunk kept the
 * text of most of a 200 MB file alive until the end of its analysis.
 */
export async function* lignesDuFlux(flux: Readable, encodage: Encodage, nomFichier: string): AsyncGenerator<LigneLue> {
  const codage = encodage === 'utf-8' ? 'utf8' : 'latin1';
  const incoherent = () =>
    fichierInvalide(nomFichier, 'encodage incohérent : le début du fichier est en UTF-8 mais la suite ne l’est pas. Re-téléchargez le fichier officiel.');
  let reste: Buffer = Buffer.alloc(0);
  let numero = 0;
  let premier = true;
  let controle = 0;
  const ligne = (octets: Buffer, debut: number, fin: number): LigneLue => {
    const texte = octets.toString(codage, debut, fin > debut && octets[fin - 1] === 13 ? fin - 1 : fin);
    if (controle < 200_000) {
      if (DOUBLE_ENCODAGE.test(texte)) {
        throw fichierInvalide(
          nomFichier,
          'encodage incohérent : le texte contient des caractères doublement encodés (« Ã© » pour « é »). Re-téléchargez le fichier officiel sans le convertir.',
        );
      }
      controle += texte.length;
    }
    return { numero: ++numero, texte };
  };
  for await (const morceau of flux) {
    let octets = reste.length ? Buffer.concat([reste, morceau as Buffer]) : (morceau as Buffer);
    if (premier && octets.length >= 3) {
      premier = false;
      if (encodage === 'utf-8' && octets[0] === 0xef && octets[1] === 0xbb && octets[2] === 0xbf) octets = octets.subarray(3);
    }
    const derniere = octets.lastIndexOf(10);
    if (derniere < 0) {
      reste = octets;
      continue;
    }
    if (encodage === 'utf-8' && !isUtf8(octets.subarray(0, derniere))) throw incoherent();
    let debut = 0;
    for (let fin = octets.indexOf(10); fin >= 0 && fin <= derniere; fin = octets.indexOf(10, debut)) {
      yield ligne(octets, debut, fin);
      debut = fin + 1;
    }
    reste = octets.subarray(derniere + 1);
  }
  if (premier && encodage === 'utf-8' && reste[0] === 0xef && reste[1] === 0xbb && reste[2] === 0xbf) reste = reste.subarray(3);
  if (reste.length) {
    if (encodage === 'utf-8' && !isUtf8(reste)) throw incoherent();
    yield ligne(reste, 0, reste.length);
  }
}

/**
 * Records of a delimited text whose quoted fields may span lines (RFC 4180): lines are joined while a quote is
 * open; each record is numbered by its first line.
 */
export async function* enregistrementsDesLignes(lignes: AsyncIterable<LigneLue>): AsyncGenerator<LigneLue> {
  let encours: LigneLue | null = null;
  let guillemets = 0;
  for await (const l of lignes) {
    const n = compterGuillemets(l.texte);
    if (encours) {
      encours = { numero: encours.numero, texte: `${encours.texte}\n${l.texte}` };
      guillemets += n;
    } else {
      encours = l;
      guillemets = n;
    }
    if (guillemets % 2 === 0) {
      yield encours;
      encours = null;
    }
  }
  if (encours) yield encours;
}

function compterGuillemets(texte: string): number {
  let n = 0;
  for (let i = texte.indexOf('"'); i >= 0; i = texte.indexOf('"', i + 1)) n++;
  return n;
}
