/** What the static map export writes around the map image. */
export interface HabillageCarte {
  readonly titre: string;
  readonly sousTitre: string;
  readonly legende: readonly { libelle: string; couleur: string }[];
  readonly source: string;
  /** Scale bar: its length in pixels of the capture and what it measures (« 10 km »). */
  readonly echelle?: { readonly pixels: number; readonly libelle: string } | null;
  /** Who drew the outlines (and the basemap, when there is one). */
  readonly attribution?: string;
}

const PAS_ECHELLE = [1, 2, 5];

/** A scale bar of a round length (1, 2 or 5 × 10^k m) about a fifth of the image's width, from metres per pixel. */
export function barreEchelle(metresParPixel: number, largeurPixels: number): { pixels: number; libelle: string } | null {
  if (!Number.isFinite(metresParPixel) || metresParPixel <= 0) return null;
  const cible = (largeurPixels / 5) * metresParPixel;
  const puissance = 10 ** Math.floor(Math.log10(cible));
  let metres = puissance;
  for (const pas of PAS_ECHELLE) if (pas * puissance <= cible) metres = pas * puissance;
  const format = new Intl.NumberFormat('fr-FR');
  return { pixels: metres / metresParPixel, libelle: metres >= 1000 ? `${format.format(metres / 1000)} km` : `${format.format(metres)} m` };
}

function charger(url: string): Promise<HTMLImageElement> {
  return new Promise((resoudre, rejeter) => {
    const image = new Image();
    image.onload = () => resoudre(image);
    image.onerror = () => rejeter(new Error('Image de carte illisible.'));
    image.src = url;
  });
}

/** Breaks a text into lines that fit `largeur` pixels. */
function lignes(contexte: CanvasRenderingContext2D, texte: string, largeur: number): string[] {
  const resultat: string[] = [];
  let courante = '';
  for (const mot of texte.split(/\s+/)) {
    const essai = courante ? `${courante} ${mot}` : mot;
    if (contexte.measureText(essai).width > largeur && courante) {
      resultat.push(courante);
      courante = mot;
    } else courante = essai;
  }
  if (courante) resultat.push(courante);
  return resultat;
}

/**
 * A map PNG that stands on its own: title and subtitle above the map, scale bar on it, legend, source and
 * attribution below, on a white page. Drawn in a canvas from the map's own capture (no external asset, no font
 * download: the system sans-serif). Used by the dashboard's « Exporter la carte (PNG) » and the zonage cockpit.
 */
export async function composerCartePng(capture: string, h: HabillageCarte): Promise<string> {
  const image = await charger(capture);
  const marge = 24;
  const largeur = Math.max(image.width, 640) + 2 * marge;
  const toile = document.createElement('canvas');
  const contexte = toile.getContext('2d')!;
  contexte.font = '13px sans-serif';
  const lignesSource = lignes(contexte, h.attribution ? `${h.source} — ${h.attribution}` : h.source, largeur - 2 * marge);
  const hauteur = marge + 56 + image.height + 16 + 28 * Math.ceil(h.legende.length / 2) + 18 * lignesSource.length + marge;
  toile.width = largeur;
  toile.height = hauteur;
  contexte.fillStyle = '#ffffff';
  contexte.fillRect(0, 0, largeur, hauteur);
  contexte.fillStyle = '#161616';
  contexte.font = 'bold 20px sans-serif';
  contexte.fillText(h.titre, marge, marge + 20);
  contexte.font = '14px sans-serif';
  contexte.fillStyle = '#3a3a3a';
  contexte.fillText(h.sousTitre, marge, marge + 44);
  const haut = marge + 56;
  contexte.drawImage(image, marge, haut);
  contexte.strokeStyle = '#929292';
  contexte.strokeRect(marge, haut, image.width, image.height);
  if (h.echelle) {
    // bottom left of the map, on a white plate so that it reads over any colour
    const x = marge + 12;
    const yb = haut + image.height - 14;
    contexte.fillStyle = 'rgba(255,255,255,0.85)';
    contexte.fillRect(x - 6, yb - 22, h.echelle.pixels + 12 + 70, 30);
    contexte.fillStyle = '#161616';
    contexte.fillRect(x, yb, h.echelle.pixels / 2, 5);
    contexte.strokeStyle = '#161616';
    contexte.strokeRect(x, yb, h.echelle.pixels, 5);
    contexte.font = '13px sans-serif';
    contexte.fillText(`Échelle : ${h.echelle.libelle}`, x, yb - 6);
  }
  let y = haut + image.height + 16;
  contexte.font = '14px sans-serif';
  h.legende.forEach((l, i) => {
    const x = marge + (i % 2) * ((largeur - 2 * marge) / 2);
    const ly = y + Math.floor(i / 2) * 28;
    contexte.fillStyle = l.couleur;
    contexte.fillRect(x, ly, 22, 16);
    contexte.strokeStyle = '#666666';
    contexte.strokeRect(x, ly, 22, 16);
    contexte.fillStyle = '#161616';
    contexte.fillText(l.libelle, x + 30, ly + 13);
  });
  y += 28 * Math.ceil(h.legende.length / 2);
  contexte.font = '13px sans-serif';
  contexte.fillStyle = '#3a3a3a';
  lignesSource.forEach((l, i) => contexte.fillText(l, marge, y + 14 + 18 * i));
  return toile.toDataURL('image/png');
}
