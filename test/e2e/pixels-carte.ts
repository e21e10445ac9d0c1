/// <reference lib="dom" />
import { Page } from 'playwright-core';

/**
 * Share of the pixels of a PNG (taken by Playwright) that are close to one of `couleurs`.
 * Decoded in the page itself (canvas 2D), so the test needs no PNG library.
 */
export async function partDePixels(page: Page, png: Buffer, couleurs: string[], tolerance = 12): Promise<number> {
  return page.evaluate(
    async ({ base64, couleurs, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const toile = document.createElement('canvas');
      toile.width = image.width;
      toile.height = image.height;
      const contexte = toile.getContext('2d')!;
      contexte.drawImage(image, 0, 0);
      const { data } = contexte.getImageData(0, 0, image.width, image.height);
      const cibles = couleurs.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
      let trouves = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (cibles.some(([r, g, b]) => Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) <= tolerance)) trouves++;
      }
      return trouves / (data.length / 4);
    },
    { base64: png.toString('base64'), couleurs, tolerance },
  );
}

/** Share of the pixels that got darker (luminance down by more than `seuil`) from one capture to another of the same area. */
export async function partAssombrie(page: Page, avant: Buffer, apres: Buffer, seuil = 40): Promise<number> {
  return page.evaluate(
    async ({ a, b, seuil }) => {
      const lire = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const toile = document.createElement('canvas');
        toile.width = image.width;
        toile.height = image.height;
        const contexte = toile.getContext('2d')!;
        contexte.drawImage(image, 0, 0);
        return contexte.getImageData(0, 0, image.width, image.height).data;
      };
      const [da, db] = [await lire(a), await lire(b)];
      const luminance = (d: Uint8ClampedArray, i: number) => 0.299 * d[i] + 0.587 * d[i + 1] + 0.114 * d[i + 2];
      let assombris = 0;
      for (let i = 0; i < Math.min(da.length, db.length); i += 4) if (luminance(da, i) - luminance(db, i) > seuil) assombris++;
      return assombris / (da.length / 4);
    },
    { a: avant.toString('base64'), b: apres.toString('base64'), seuil },
  );
}
