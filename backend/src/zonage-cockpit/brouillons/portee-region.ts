import { PorteeService } from '../../auth/portee.service';
import { UtilisateurConnecte } from '../../common/auth/role';

/**
 * Throws INTERDIT unless the account acts for the région: an administrator everywhere, an ARS planner whose
 * territories include the région itself (fast path, no query), else the territorial scope helper decides.
 */
export async function verifierRegion(portee: PorteeService, utilisateur: UtilisateurConnecte, region: string): Promise<void> {
  if (utilisateur.role === 'admin') return;
  if (utilisateur.role === 'ars' && utilisateur.territoires.some((t) => t.type === 'region' && t.code === region)) return;
  await portee.verifierPortee(utilisateur, { type: 'region', code: region });
}
