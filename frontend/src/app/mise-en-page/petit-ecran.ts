import { Injectable, signal } from '@angular/core';

/** DSFR's large breakpoint: below it the header shows « Menu » and the dashboard its phone and tablet layout. */
export const REQUETE_PETIT_ECRAN = '(max-width: 61.98em)';

/** Whether the viewport is below DSFR's large breakpoint, following resizes and rotations. */
@Injectable({ providedIn: 'root' })
export class PetitEcran {
  private readonly requete = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(REQUETE_PETIT_ECRAN) : null;
  readonly actif = signal(this.requete?.matches ?? false);

  constructor() {
    this.requete?.addEventListener('change', (e) => this.actif.set(e.matches));
  }
}
