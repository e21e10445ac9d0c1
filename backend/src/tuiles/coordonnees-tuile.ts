import { entreeInvalide } from '../common/erreurs/erreur-domaine';
import { ZOOM_MAX } from './couche-tuiles';

export interface CoordonneesTuile {
  z: number;
  x: number;
  y: number;
}

/** A tile address exists at its zoom: 0 ≤ x, y < 2^z (the DTO already checked integers and z). */
export function verifierCoordonnees({ z, x, y }: CoordonneesTuile): CoordonneesTuile {
  if (z < 0 || z > ZOOM_MAX) throw entreeInvalide(`Le zoom doit être compris entre 0 et ${ZOOM_MAX}.`, 'z', z);
  const cote = 2 ** z;
  if (x < 0 || x >= cote) throw entreeInvalide(`Au zoom ${z}, x doit être compris entre 0 et ${cote - 1}.`, 'x', x);
  if (y < 0 || y >= cote) throw entreeInvalide(`Au zoom ${z}, y doit être compris entre 0 et ${cote - 1}.`, 'y', y);
  return { z, x, y };
}
