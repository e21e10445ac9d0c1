/** A cell as written in the CSV: numbers in French notation (decimal comma), no thousands separator. */
export type CelluleCsv = string | number | null | undefined;

/**
 * CSV for French Excel: UTF-8 with a BOM (so accents open right), `;` separator, CRLF line ends,
 * decimal comma, cells quoted when they hold a separator, a quote or a line break.
 */
export function versCsv(entetes: readonly string[], lignes: readonly (readonly CelluleCsv[])[]): string {
  const cellule = (v: CelluleCsv): string => {
    const texte = v === null || v === undefined ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v;
    return /[;"\r\n]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
  };
  return '\uFEFF' + [entetes, ...lignes].map((l) => l.map(cellule).join(';')).join('\r\n') + '\r\n';
}
