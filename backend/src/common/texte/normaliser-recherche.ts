/**
 * Search key for territory names: lower case, accents removed, apostrophes, hyphens and other
 * punctuation turned into single spaces, "st"/"ste" expanded to "saint"/"sainte".
 * "Saint-Étienne" and "st etienne" both become "saint etienne".
 */
export function normaliserRecherche(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((mot) => (mot === 'st' ? 'saint' : mot === 'ste' ? 'sainte' : mot))
    .join(' ');
}
