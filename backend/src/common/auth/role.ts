/**
 * Roles of Maillage's users. The public (no account) reads maps, indicators and the aid finder.
 * - elu: elected official / collectivité, scoped to its territories
 * - porteur: project lead, own projects
 * - ars: ARS planner, scoped to its région (zonage versions, structures, local aids)
 * - admin: administrator
 */
export const ROLES = ['elu', 'porteur', 'ars', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The authenticated user attached to the request by the auth guard. */
export interface UtilisateurConnecte {
  id: string;
  email: string;
  role: Role;
  /** Territories the user acts for, e.g. [{type:'region', code:'76'}] for an ARS Occitanie planner. */
  territoires: { type: 'commune' | 'epci' | 'departement' | 'region'; code: string }[];
}
