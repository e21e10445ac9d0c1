import { ErreurDomaine } from '../erreurs/erreur-domaine';

export type Encodage = 'utf-8' | 'latin-1';

export interface TexteDecode {
  texte: string;
  encodage: Encodage;
}

/** Mojibake left by a UTF-8 file decoded as Latin-1 then saved again in UTF-8 ("Ã©" for "é"). */
const DOUBLE_ENCODAGE = /Ã[\u0080-\u00BF©¨ª®´¢§¹«»]/;

/**
 * Decodes an official file that may come in UTF-8 (with or without BOM) or Latin-1 (older FINESS / RPPS
 * extracts): valid UTF-8 is taken as UTF-8, anything else as Latin-1. Refuses binary content, UTF-16 and
 * text already damaged by a double encoding, with a French message naming the file.
 */
export function decoderTexte(contenu: Buffer, nomFichier: string): TexteDecode {
  if (contenu.length === 0) throw fichierInvalide(nomFichier, 'le fichier est vide.');
  const debut = contenu.subarray(0, Math.min(contenu.length, 64 * 1024));
  if ((debut[0] === 0xff && debut[1] === 0xfe) || (debut[0] === 0xfe && debut[1] === 0xff) || debut.includes(0)) {
    throw fichierInvalide(nomFichier, 'encodage non pris en charge (UTF-16 ou fichier binaire) : enregistrez-le en UTF-8 ou en Latin-1 (ISO-8859-1).');
  }
  let texte: string;
  let encodage: Encodage;
  try {
    texte = new TextDecoder('utf-8', { fatal: true }).decode(contenu);
    encodage = 'utf-8';
  } catch {
    texte = new TextDecoder('latin1').decode(contenu);
    encodage = 'latin-1';
  }
  if (texte.charCodeAt(0) === 0xfeff) texte = texte.slice(1);
  if (DOUBLE_ENCODAGE.test(texte.slice(0, 200_000))) {
    throw fichierInvalide(
      nomFichier,
      'encodage incohérent : le texte contient des caractères doublement encodés (« Ã© » pour « é »). Re-téléchargez le fichier officiel sans le convertir.',
    );
  }
  return { texte, encodage };
}

export function fichierInvalide(nomFichier: string, raison: string, details: ErreurDomaine['details'] = []): ErreurDomaine {
  return new ErreurDomaine('FICHIER_INVALIDE', `Fichier « ${nomFichier} » refusé : ${raison}`, details);
}
