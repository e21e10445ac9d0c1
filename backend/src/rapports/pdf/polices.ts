import * as path from 'node:path';

/** DejaVu Sans, shipped in backend/assets/polices (same depth from src/ and dist/): every glyph French text needs. */
export const DOSSIER_POLICES = path.resolve(__dirname, '..', '..', '..', 'assets', 'polices');

const normale = path.join(DOSSIER_POLICES, 'DejaVuSans.ttf');
const grasse = path.join(DOSSIER_POLICES, 'DejaVuSans-Bold.ttf');

/** pdfmake's font table: the reports use no italics, which fall back to the upright faces. */
export const POLICES_RAPPORT = {
  DejaVuSans: { normal: normale, bold: grasse, italics: normale, bolditalics: grasse },
} as const;

export const POLICE_RAPPORT = 'DejaVuSans';
