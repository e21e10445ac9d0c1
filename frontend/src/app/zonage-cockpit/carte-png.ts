/** What the static map export writes around the map image. */
export interface HabillageCarte {
  readonly titre: string;
  readonly sousTitre: string;
  readonly legende: readonly { libelle: string; couleur: string }[];
  readonly source: string;
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
 * The static map PNG of a draft: title and subtitle above the map, legend and source below, on a white page. Drawn
 * in a canvas from the map's own capture (no external asset, no font download: the system sans-serif).
 */
export async function composerCartePng(capture: string, h: HabillageCarte): Promise<string> {
  const image = await charger(capture);
  const marge = 24;
  const largeur = Math.max(image.width, 640) + 2 * marge;
  const toile = document.createElement('canvas');
  const contexte = toile.getContext('2d')!;
  contexte.font = '13px sans-serif';
  const lignesSource = lignes(contexte, h.source, largeur - 2 * marge);
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
