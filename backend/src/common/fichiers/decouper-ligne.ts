/**
 * Splits one line of a delimited file (`;` FINESS / CartoSanté, `|` RPPS, `,` CSV) honouring double quotes
 * ("a;b" stays one field, "" is a literal quote). Official files quote rarely, but the FINESS address
 * fields do contain semicolons inside quotes.
 */
export function decouperLigne(ligne: string, separateur: string): string[] {
  if (!ligne.includes('"')) return ligne.split(separateur);
  const champs: string[] = [];
  let courant = '';
  let entreGuillemets = false;
  for (let i = 0; i < ligne.length; i++) {
    const c = ligne[i];
    if (entreGuillemets) {
      if (c === '"' && ligne[i + 1] === '"') {
        courant += '"';
        i++;
      } else if (c === '"') entreGuillemets = false;
      else courant += c;
    } else if (c === '"' && courant === '') entreGuillemets = true;
    else if (c === separateur) {
      champs.push(courant);
      courant = '';
    } else courant += c;
  }
  champs.push(courant);
  return champs;
}

/** Lines of a decoded text, without the final empty line; CRLF and LF both accepted. */
export function lignesDe(texte: string): string[] {
  const lignes = texte.split(/\r?\n/);
  while (lignes.length && lignes[lignes.length - 1].trim() === '') lignes.pop();
  return lignes;
}

export interface Enregistrement {
  /** 1-based line number where the record starts. */
  ligne: number;
  champs: string[];
}

/**
 * Records of a delimited text where a quoted field may span several lines (RFC 4180), each with the line
 * number where it starts.
 */
export function enregistrements(texte: string, separateur: string): Enregistrement[] {
  const resultat: Enregistrement[] = [];
  let champs: string[] = [];
  let courant = '';
  let entreGuillemets = false;
  let ligne = 1;
  let debut = 1;
  for (let i = 0; i < texte.length; i++) {
    const c = texte[i];
    if (entreGuillemets) {
      if (c === '"' && texte[i + 1] === '"') {
        courant += '"';
        i++;
      } else if (c === '"') entreGuillemets = false;
      else {
        if (c === '\n') ligne++;
        courant += c;
      }
    } else if (c === '"' && courant === '') entreGuillemets = true;
    else if (c === separateur) {
      champs.push(courant);
      courant = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && texte[i + 1] === '\n') i++;
      champs.push(courant);
      if (champs.length > 1 || champs[0] !== '') resultat.push({ ligne: debut, champs });
      champs = [];
      courant = '';
      ligne++;
      debut = ligne;
    } else courant += c;
  }
  if (courant !== '' || champs.length) {
    champs.push(courant);
    resultat.push({ ligne: debut, champs });
  }
  return resultat;
}
