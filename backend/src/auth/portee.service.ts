import { Injectable } from '@nestjs/common';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { verifierReference } from '../territoires/type-territoire';
import { PorteeRepository } from './portee.repository';

/**
 * Territorial scope of an account, for every feature's services:
 * - admin: everywhere;
 * - ars: the communes of its région(s) (or départements);
 * - elu: the communes of its territories (commune, EPCI, département…);
 * - porteur: its own territories if any (its projects are checked by ownership, not by territory).
 */
@Injectable()
export class PorteeService {
  constructor(private readonly repository: PorteeRepository) {}

  /** True when every commune of the target territory is within the user's territories. */
  async estDansPortee(utilisateur: UtilisateurConnecte, cible: { type: string; code: string }): Promise<boolean> {
    const ref = verifierReference(cible.type, cible.code);
    if (utilisateur.role === 'admin') return true;
    const { total, couvertes } = await this.repository.couverture(ref, utilisateur.territoires);
    if (total === 0) throw introuvable(`Territoire ${ref.type} « ${ref.code} » introuvable dans le COG 2026.`);
    return couvertes === total;
  }

  /** Throws INTERDIT (403) when the target territory is outside the user's scope, INTROUVABLE when unknown. */
  async verifierPortee(utilisateur: UtilisateurConnecte, cible: { type: string; code: string }): Promise<void> {
    if (!(await this.estDansPortee(utilisateur, cible))) {
      throw new ErreurDomaine('INTERDIT', `Le territoire ${cible.type} « ${cible.code} » est hors de votre périmètre.`, [
        { champ: 'territoire', valeur: `${cible.type}:${cible.code}`, message: 'hors du périmètre du compte' },
      ]);
    }
  }

  /** The user's territories, or null for "everywhere" (admin): for list queries with sqlCommuneDansTerritoires. */
  territoiresFiltres(utilisateur: UtilisateurConnecte): UtilisateurConnecte['territoires'] | null {
    return utilisateur.role === 'admin' ? null : utilisateur.territoires;
  }
}
