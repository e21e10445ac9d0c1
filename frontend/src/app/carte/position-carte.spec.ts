import { describe, expect, it } from 'vitest';
import { ecrirePosition, lirePosition, memePosition } from './position-carte';

describe('position of the map in the URL', () => {
  it('writes the centre with 4 decimals and the zoom with 2, and reads it back', () => {
    const texte = ecrirePosition({ lng: 4.390312, lat: 45.434712, zoom: 9.5267 });
    expect(texte).toBe('4.3903,45.4347,9.53');
    expect(lirePosition(texte)).toEqual({ lng: 4.3903, lat: 45.4347, zoom: 9.53 });
  });

  it('writes 0, never -0, on the meridian', () => {
    expect(ecrirePosition({ lng: -0.00001, lat: 45, zoom: 5 })).toBe('0,45,5');
  });

  it('refuses what is not a position', () => {
    for (const texte of ['', '1,2', '1,2,3,4', 'a,2,3', '200,2,3', '2,95,3', '2,45,30', '2,45,-1', '1e3,2,3']) {
      expect(lirePosition(texte)).toBeNull();
    }
    expect(lirePosition(null)).toBeNull();
  });

  it('tells two positions apart only beyond the written precision', () => {
    expect(memePosition({ lng: 4.39031, lat: 45.43471, zoom: 9.001 }, { lng: 4.39032, lat: 45.43472, zoom: 9.002 })).toBe(true);
    expect(memePosition({ lng: 4.39, lat: 45.43, zoom: 9 }, { lng: 4.4, lat: 45.43, zoom: 9 })).toBe(false);
    expect(memePosition(null, null)).toBe(true);
  });
});
