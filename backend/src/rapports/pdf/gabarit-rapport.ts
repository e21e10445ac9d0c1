import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { dateLongueFr } from './format-fr';
import { POLICE_RAPPORT } from './polices';
import { DemandeRendu } from './rendu-pdf.service';

/** A source as the reports list it: the official name users know, its vintage, its address when there is one. */
export interface SourceRapport {
  readonly libelle: string;
  readonly millesime?: string | null;
  readonly url?: string | null;
}

export interface ContenuRapport {
  readonly titre: string;
  readonly sousTitre: string;
  /** Who the document is written for (one line under the title). */
  readonly destinataires: string;
  readonly sections: readonly Content[];
  readonly avertissements: readonly string[];
  readonly sources: readonly SourceRapport[];
  readonly genereLe: Date;
  /** Metadata subject of the PDF. */
  readonly sujet: string;
  /** A one-page report: tighter margins, caveats and sources side by side. */
  readonly compact?: boolean;
}

export const BLEU_FRANCE = '#000091';
const GRIS = '#3a3a3a';

/** « 1er janvier 2026 » in Paris time. */
const dateFr = (d: Date) => dateLongueFr(d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }));

/** Heading of a section (kept with what follows it). */
export function titreSection(texte: string): Content {
  return { text: texte, style: 'section', headlineLevel: 1 };
}

export function paragraphe(texte: string | Content[], options: { petit?: boolean; marge?: number } = {}): Content {
  return { text: texte, style: options.petit ? 'petit' : 'texte', margin: [0, 0, 0, options.marge ?? 4] };
}

export function liste(elements: readonly (string | Content)[], options: { petit?: boolean } = {}): Content {
  return { ul: [...elements], style: options.petit ? 'petit' : 'texte', margin: [0, 0, 0, 6] };
}

/** A table with a header row; numbers are right-aligned by `droite` (column indices). */
export function tableau(
  entetes: readonly string[],
  lignes: readonly (readonly (string | number | TableCell)[])[],
  options: { largeurs?: (string | number)[]; droite?: readonly number[] } = {},
): Content {
  const droite = new Set(options.droite ?? []);
  const cellule = (v: string | number | TableCell, i: number): TableCell =>
    typeof v === 'object' ? v : { text: String(v), alignment: droite.has(i) ? 'right' : 'left' };
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: options.largeurs ?? entetes.map((_, i) => (i === 0 ? '*' : 'auto')),
      body: [entetes.map((e, i) => ({ text: e, style: 'entete', alignment: droite.has(i) ? 'right' : 'left' })), ...lignes.map((l) => l.map(cellule))],
    },
    layout: 'lightHorizontalLines',
    style: 'tableau',
    margin: [0, 2, 0, 8],
  };
}

/** Label / value pairs on two columns (the key figures of a territory). */
export function chiffresCles(paires: readonly { libelle: string; valeur: string; detail?: string }[]): Content {
  return {
    table: {
      widths: [170, '*'],
      body: paires.map((p) => [
        { text: p.libelle, style: 'libelle' },
        { stack: [{ text: p.valeur, bold: true }, ...(p.detail ? [{ text: p.detail, style: 'petit' }] : [])] },
      ]),
    },
    layout: 'lightHorizontalLines',
    style: 'texte',
    margin: [0, 2, 0, 8],
  };
}

/**
 * The one template of every Maillage report: a title block (title, subtitle, audience, date), the sections, then
 * « Précautions de lecture » and « Sources », and a footer on every page (Maillage, date, page n sur N — added by
 * the renderer, with the rule that a section heading never ends a page). French text in DejaVu Sans, A4 portrait.
 */
export function gabaritRapport(c: ContenuRapport): DemandeRendu {
  const sources = dedoublonner(c.sources);
  const listeSources = liste(
    sources.map((s) => `${s.libelle}${s.millesime ? `, millésime ${s.millesime}` : ''}${s.url ? ` — ${s.url}` : ''}`),
    { petit: true },
  );
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: c.compact ? [36, 30, 36, 40] : [40, 40, 40, 44],
    language: 'fr-FR',
    info: { title: c.titre, subject: c.sujet, author: 'Maillage', creator: 'Maillage', producer: 'Maillage (pdfmake)' },
    defaultStyle: { font: POLICE_RAPPORT, fontSize: 9, lineHeight: 1.2, color: '#161616' },
    styles: {
      titre: { fontSize: 17, bold: true, color: BLEU_FRANCE },
      sousTitre: { fontSize: 11, color: GRIS },
      section: { fontSize: c.compact ? 11 : 12, bold: true, color: BLEU_FRANCE, margin: c.compact ? [0, 6, 0, 3] : [0, 10, 0, 4] },
      sousSection: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
      texte: { fontSize: 9 },
      petit: { fontSize: 7.5, color: GRIS },
      libelle: { fontSize: 8.5, color: GRIS },
      entete: { bold: true, fontSize: 8 },
      tableau: { fontSize: 8 },
    },
    content: [
      { text: 'Maillage — accès aux soins de premier recours', style: 'petit', margin: [0, 0, 0, 4] },
      { text: c.titre, style: 'titre' },
      { text: c.sousTitre, style: 'sousTitre', margin: [0, 2, 0, 2] },
      { text: `${c.destinataires} Document établi le ${dateFr(c.genereLe)}.`, style: 'petit', margin: [0, 0, 0, 6] },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: 515, y2: 0, lineWidth: 1.5, lineColor: BLEU_FRANCE }], margin: [0, 0, 0, 4] },
      ...c.sections,
      ...(c.compact
        ? [
            {
              columns: [
                { width: '*', stack: [titreSection('Précautions de lecture'), liste(c.avertissements, { petit: true })] },
                { width: '*', stack: [titreSection('Sources'), listeSources] },
              ],
              columnGap: 15,
            },
          ]
        : [
            ...(c.avertissements.length ? [titreSection('Précautions de lecture'), liste(c.avertissements, { petit: true })] : []),
            titreSection('Sources'),
            listeSources,
          ]),
    ],
  };
  return { definition, pied: `Maillage — ${c.titre} — ${dateFr(c.genereLe)}` };
}

function dedoublonner(sources: readonly SourceRapport[]): SourceRapport[] {
  const vues = new Map<string, SourceRapport>();
  for (const s of sources) {
    const cle = `${s.libelle}\u0000${s.millesime ?? ''}`;
    if (!vues.has(cle)) vues.set(cle, s);
  }
  return [...vues.values()];
}
