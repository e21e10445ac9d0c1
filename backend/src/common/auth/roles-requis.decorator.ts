import { SetMetadata } from '@nestjs/common';
import { Role } from './role';

export const CLE_ROLES_REQUIS = 'maillage:roles-requis';

/**
 * Marks a route as reserved to authenticated users having one of these roles (writes, mostly).
 * Routes without it are public. Enforced by the global guard of the auth feature.
 */
export const RolesRequis = (...roles: Role[]) => SetMetadata(CLE_ROLES_REQUIS, roles);
