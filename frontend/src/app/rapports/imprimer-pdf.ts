/** The hidden frame that holds the PDF being printed (one at a time). */
const ID_CADRE = 'impression-pdf';

/**
 * Prints the PDF itself — the very bytes offered for download — through the browser's PDF viewer in a hidden
 * frame: what comes out of the printer is the downloaded file, page for page. The frame stays until the next print
 * (removing it at once would cancel the print dialog in some browsers).
 */
export function imprimerPdf(pdf: Blob): HTMLIFrameElement {
  document.getElementById(ID_CADRE)?.remove();
  const cadre = document.createElement('iframe');
  cadre.id = ID_CADRE;
  cadre.dataset['testid'] = ID_CADRE;
  cadre.title = 'Rapport à imprimer';
  cadre.setAttribute('aria-hidden', 'true');
  cadre.tabIndex = -1;
  // Not display:none: a frame that is not rendered has no viewer to print with.
  Object.assign(cadre.style, { position: 'fixed', right: '0', bottom: '0', width: '1px', height: '1px', border: '0', opacity: '0' });
  cadre.addEventListener('load', () => {
    try {
      cadre.contentWindow?.focus();
      cadre.contentWindow?.print();
    } catch {
      // A viewer that refuses scripted printing: the PDF is still offered for download.
    }
  });
  cadre.src = URL.createObjectURL(pdf);
  document.body.appendChild(cadre);
  return cadre;
}
