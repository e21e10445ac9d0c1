export { lireTextePdf, type TextePdf } from '../../backend/src/rapports/pdf/texte-pdf.spec-helper';
