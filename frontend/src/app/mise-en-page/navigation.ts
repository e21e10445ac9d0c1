import type { Route } from '@angular/router';
import type { Role } from '../comptes/compte';

/** A route's header link: `data: { navigation: { libelle, roles? } }` in app.routes.ts (no roles: everyone, public included). */
export interface LienNavigation {
  readonly libelle: string;
  readonly roles?: readonly Role[];
}

export interface EntreeNavigation {
  readonly chemin: string;
  readonly libelle: string;
}

/** The header links the account may follow, in route order (a link for a role's page is not shown to others). */
export function entreesNavigation(routes: readonly Route[], role: Role | null): EntreeNavigation[] {
  const entrees: EntreeNavigation[] = [];
  for (const route of routes) {
    const lien = route.data?.['navigation'] as LienNavigation | undefined;
    if (!lien || route.path === undefined || route.path.includes('*')) continue;
    if (lien.roles && (role === null || !lien.roles.includes(role))) continue;
    entrees.push({ chemin: '/' + route.path, libelle: lien.libelle });
  }
  return entrees;
}
