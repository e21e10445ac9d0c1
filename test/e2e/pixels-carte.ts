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
