import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { verifierCoordonnees } from './coordonnees-tuile';

describe('verifierCoordonnees', () => {
  it('accepts the corners of the grid at each zoom', () => {
    expect(verifierCoordonnees({ z: 0, x: 0, y: 0 })).toEqual({ z: 0, x: 0, y: 0 });
    expect(verifierCoordonnees({ z: 8, x: 255, y: 255 })).toEqual({ z: 8, x: 255, y: 255 });
  });

  it.each([
    [{ z: 8, x: 256, y: 0 }, 'x'],
    [{ z: 8, x: 0, y: 256 }, 'y'],
    [{ z: 15, x: 0, y: 0 }, 'z'],
    [{ z: 3, x: -1, y: 0 }, 'x'],
  ])('refuses %j with a French message on %s', (coordonnees, champ) => {
    try {
      verifierCoordonnees(coordonnees);
      throw new Error('aurait dû refuser');
    } catch (e) {
      expect(e).toBeInstanceOf(ErreurDomaine);
      expect((e as ErreurDomaine).code).toBe('ENTREE_INVALIDE');
      expect((e as ErreurDomaine).details[0].champ).toBe(champ);
    }
  });
});
