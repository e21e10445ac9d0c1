import { effect, inject, untracked } from '@angular/core';
import { OngletPanneau, PanneauStore } from '../mise-en-page/panneau.store';
import { SelectionStore } from '../territoires/selection.store';

/**
 * While `onglet` is shown, a click on the map picks the commune for this tab instead of leaving it
 * for the territory card: the page switches to « Territoire » when a commune is clicked, and this
 * switches back at once. Call in an injection context (a panel's constructor).
 */
export function resterSurOngletAuChoixSurCarte(onglet: OngletPanneau): void {
  const panneau = inject(PanneauStore);
  const selection = inject(SelectionStore);
  let ongletPrecedent = untracked(panneau.onglet);
  let demandePrecedente = untracked(selection.demande);
  effect(() => {
    const courant = panneau.onglet();
    const demande = selection.demande();
    const choixDepuisCetOnglet = demande !== demandePrecedente && demande !== null && ongletPrecedent === onglet && courant === 'territoire';
    demandePrecedente = demande;
    if (choixDepuisCetOnglet) untracked(() => panneau.afficher(onglet));
    else ongletPrecedent = courant;
  });
}
