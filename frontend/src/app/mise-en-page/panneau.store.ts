import { Injectable, signal } from '@angular/core';

/** The side panel's tabs, in display order. */
export const ONGLETS_PANNEAU = [
  { id: 'territoire', libelle: 'Territoire' },
  { id: 'zones', libelle: 'Zones sous-dotées' },
  { id: 'simuler', libelle: 'Simuler' },
  { id: 'aides', libelle: 'Aides' },
] as const;

/** Shown only while an account is connected (the page adds it after the public tabs). */
export const ONGLET_PROJETS = { id: 'projets', libelle: 'Projets' } as const;

export type OngletPanneau = (typeof ONGLETS_PANNEAU)[number]['id'] | (typeof ONGLET_PROJETS)['id'];

/** Which tab of the side panel is shown; any component may switch it (e.g. the card's « Simuler » link). */
@Injectable()
export class PanneauStore {
  readonly onglet = signal<OngletPanneau>('territoire');

  afficher(onglet: OngletPanneau): void {
    this.onglet.set(onglet);
  }
}
