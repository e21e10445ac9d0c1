import { celluleCsv } from '../../projets/export-csv';
import { Tableau } from './tableaux';

/** CSV for French spreadsheets: UTF-8 with BOM, `;`, decimal comma, formula injection neutralised. */
export function fichierCsv(t: Tableau): string {
  const lignes = [t.colonnes.map((c) => celluleCsv(c.titre)).join(';'), ...t.lignes.map((l) => l.map((v) => celluleCsv(v)).join(';'))];
  return `\uFEFF${lignes.join('\r\n')}\r\n`;
}
