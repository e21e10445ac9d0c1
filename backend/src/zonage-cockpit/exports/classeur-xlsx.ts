import ExcelJS from 'exceljs';
import { Tableau } from './tableaux';

const FORMATS: Record<string, string> = { entier: '# ##0', decimal3: '0.000', decimal1: '0.0', pourcent: '0.0 %' };

/**
 * A workbook with one sheet per table (exceljs: maintained, writes real typed cells — numbers stay numbers — with
 * number formats, frozen header rows and filters, no formula is ever written).
 */
export async function classeurXlsx(titre: string, tableaux: Tableau[]): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Maillage — cockpit de zonage';
  classeur.title = titre;
  classeur.created = new Date();
  for (const t of tableaux) {
    const feuille = classeur.addWorksheet(t.nom.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    feuille.columns = t.colonnes.map((c) => ({
      header: c.titre,
      width: Math.min(60, Math.max(12, c.titre.length + 2)),
      style: c.format ? { numFmt: FORMATS[c.format] } : {},
    }));
    feuille.getRow(1).font = { bold: true };
    // Strings are written as strings (exceljs writes a formula only from a { formula } cell).
    for (const ligne of t.lignes) feuille.addRow(ligne);
    if (t.lignes.length) feuille.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.colonnes.length } };
  }
  return Buffer.from(await classeur.xlsx.writeBuffer());
}
