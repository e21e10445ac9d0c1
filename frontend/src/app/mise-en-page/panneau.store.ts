import { Injectable, signal } from '@angular/core';

/** The side panel's tabs, in display order. */
export const ONGLETS_PANNEAU = [
  { id: 'territoire', libelle: 'Territoire' },
  { id: 'zones', libelle: 'Zones sous-dotées' },
  { id: 'simuler', libelle: 'Simuler' },
  { id: 'aides', libelle: 'Aides' },
  { id: 'prospective', libelle: 'Prospective' },
  { id: 'comparer', libelle: 'Comparer' },
] as const;

/** Shown only while an account is connected (the page adds it after the public tabs). */
export const ONGLET_PROJETS = { id: 'projets', libelle: 'Projets' } as const;

export type OngletPanneau = (typeof ONGLETS_PANNEAU)[number]['id'] | (typeof ONGLET_PROJETS)['id'];

/** The tab shown when the URL names none. */
export const ONGLET_PAR_DEFAUT: OngletPanneau = 'territoire';

/** Whether a URL's `onglet` names a tab (the page falls back to the default for a tab the account cannot see). */
export function estOngletPanneau(id: string): id is OngletPanneau {
  return [...ONGLETS_PANNEAU, ONGLET_PROJETS].some((o) => o.id === id);
}

/** Which tab of the side panel is shown; any component may switch it (e.g. the card's « Simuler » link). */
@Injectable()
export class PanneauStore {
  readonly onglet = signal<OngletPanneau>(ONGLET_PAR_DEFAUT);

  afficher(onglet: OngletPanneau): void {
    this.onglet.set(onglet);
  }
}
