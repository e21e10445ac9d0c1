import type { Content } from 'pdfmake/interfaces';

/** One commune drawn on a report map: its outline as an SVG path in metres of a metric CRS (y pointing down). */
export interface EntiteCarte {
  readonly code: string;
  /** `ST_AsSVG` of the geometry in its metric CRS: absolute coordinates, y negated (SVG's axis). */
  readonly chemin: string;
  readonly couleur: string;
}

export interface CarteRapport {
  readonly titre: string;
  readonly entites: readonly EntiteCarte[];
  /** Bounding box in metres of the metric CRS (y up). */
  readonly emprise: { readonly xmin: number; readonly ymin: number; readonly xmax: number; readonly ymax: number };
  /** Communes outlined in blue (the territory of the report). */
  readonly misesEnValeur?: readonly string[];
  readonly legende: readonly { readonly libelle: string; readonly couleur: string }[];
  /** Where the values come from (« APL : DREES 2023 »). */
  readonly source: string;
  /** Where the outlines come from. */
  readonly attribution: string;
}

const PAS_ECHELLE = [1, 2, 5];

/** A round scale length (1, 2 or 5 × 10^k metres) close to a quarter of the map's width. */
export function longueurEchelle(largeurMetres: number): number {
  const cible = largeurMetres / 4;
  const puissance = 10 ** Math.floor(Math.log10(cible));
  let retenue = puissance;
  for (const pas of PAS_ECHELLE) if (pas * puissance <= cible) retenue = pas * puissance;
  return retenue;
}

export function libelleLongueur(metres: number): string {
  return metres >= 1000 ? `${new Intl.NumberFormat('fr-FR').format(metres / 1000)} km` : `${new Intl.NumberFormat('fr-FR').format(metres)} m`;
}

/**
 * The map as SVG (vector: sharp at any print size) and its furniture in pdfmake: title, scale bar with its length,
 * legend, source and attribution. The map keeps the territory's proportions within `largeurPt` × `hauteurMaxPt`.
 */
export function blocCarte(c: CarteRapport, largeurPt = 515, hauteurMaxPt = 270, options: { legende?: boolean } = {}): Content {
  const marge = Math.max(c.emprise.xmax - c.emprise.xmin, c.emprise.ymax - c.emprise.ymin) * 0.02;
  const x0 = c.emprise.xmin - marge;
  const y0 = -(c.emprise.ymax + marge);
  const w = c.emprise.xmax - c.emprise.xmin + 2 * marge;
  const h = c.emprise.ymax - c.emprise.ymin + 2 * marge;
  const echelle = Math.min(largeurPt / w, hauteurMaxPt / h);
  const largeur = w * echelle;
  const hauteur = h * echelle;
  // Thinner borders when there are thousands of communes (a région), so that the colours still read.
  const trait = (c.entites.length > 1500 ? 0.12 : c.entites.length > 300 ? 0.25 : 0.35) / echelle;
  const enValeur = new Set(c.misesEnValeur ?? []);
  const chemins = c.entites.map((e) => `<path d="${e.chemin}" fill="${e.couleur}"/>`).join('');
  const contours = c.entites
    .filter((e) => enValeur.has(e.code))
    .map((e) => `<path d="${e.chemin}"/>`)
    .join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w} ${h}" width="${largeur}" height="${hauteur}">` +
    `<rect x="${x0}" y="${y0}" width="${w}" height="${h}" fill="#ffffff" stroke="#929292" stroke-width="${trait * 2}"/>` +
    `<g stroke="#ffffff" stroke-width="${trait}" stroke-linejoin="round">${chemins}</g>` +
    `<g fill="none" stroke="#000091" stroke-width="${trait * 5}" stroke-linejoin="round">${contours}</g>` +
    `</svg>`;
  const metres = longueurEchelle(w);
  const barre = metres * echelle;
  const legende: Content = {
    stack: c.legende.map((l) => ({
      columns: [
        { width: 14, canvas: [{ type: 'rect', x: 0, y: 1, w: 10, h: 7, color: l.couleur, lineColor: '#666666', lineWidth: 0.3 }] },
        { width: '*', text: l.libelle, style: 'petit' },
      ],
      margin: [0, 0, 0, 1],
    })),
  };
  const echelleEtLegende: Content[] = [
    {
      columns: [
        {
          width: 'auto',
          canvas: [
            { type: 'rect', x: 0, y: 3, w: barre / 2, h: 4, color: '#161616' },
            { type: 'rect', x: barre / 2, y: 3, w: barre / 2, h: 4, color: '#ffffff', lineColor: '#161616', lineWidth: 0.5 },
          ],
        },
        { width: '*', text: `Échelle : ${libelleLongueur(metres)}`, style: 'petit', margin: [6, 0, 0, 0] },
      ],
      margin: [0, 4, 0, 4],
    },
    ...(options.legende === false ? [] : [legende]),
  ];
  const piedCarte: Content[] =
    options.legende === false ? [] : [{ text: `Valeurs : ${c.source}. Contours : ${c.attribution}.`, style: 'petit', margin: [0, 3, 0, 8] }];
  // A tall territory leaves room on its right: the scale and the legend go there.
  const aCote = largeurPt - largeur >= 170;
  return {
    stack: [
      { text: c.titre, style: 'sousSection' },
      aCote
        ? {
            columns: [
              { width: largeur, svg, height: hauteur },
              { width: '*', stack: echelleEtLegende, margin: [12, 0, 0, 0] },
            ],
          }
        : { stack: [{ svg, width: largeur, height: hauteur }, ...echelleEtLegende] },
      ...piedCarte,
    ],
    unbreakable: true,
  };
}

/** A legend on one line (for maps side by side that share it). */
export function legendeEnLigne(legende: CarteRapport['legende']): Content {
  return {
    columns: legende.map((l) => ({
      width: 'auto',
      columns: [
        { width: 12, canvas: [{ type: 'rect', x: 0, y: 1, w: 9, h: 7, color: l.couleur, lineColor: '#666666', lineWidth: 0.3 }] },
        { width: 'auto', text: l.libelle, style: 'petit', margin: [0, 0, 8, 0] },
      ],
    })),
    margin: [0, 2, 0, 2],
  };
}
