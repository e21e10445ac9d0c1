import { Directive, effect, inject, input } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { ETAT_CLASSE_BROUILLON, NUMEROS_CLASSES, coucheZonageBrouillon } from '../carte/couches/zonage-brouillon.couche';
import { COULEURS_CLASSES, ClasseUnite } from './zonage-cockpit';

/**
 * Put on `<mlg-carte>`: draws the draft's classes (feature-state by INSEE code). Only the communes whose class changed
 * since the last draw are touched, so a click on a unit repaints a few dozen communes, not the région.
 */
@Directive({ selector: 'mlg-carte[mlgBrouillonSurCarte]', exportAs: 'brouillonSurCarte' })
export class BrouillonSurCarteDirective {
  private readonly carte = inject(CarteService);
  readonly classes = input.required<ReadonlyMap<string, ClasseUnite>>({ alias: 'mlgBrouillonSurCarte' });
  private dessinees = new Map<string, ClasseUnite>();

  constructor() {
    this.carte.definirCouche(coucheZonageBrouillon([COULEURS_CLASSES.ZIP, COULEURS_CLASSES.ZAC, COULEURS_CLASSES.ZAR, COULEURS_CLASSES.HZ]));
    effect(() => {
      const classes = this.classes();
      let changees = 0;
      for (const [code, classe] of classes) {
        if (this.dessinees.get(code) === classe) continue;
        this.carte.definirEtat('communes', 'communes', code, ETAT_CLASSE_BROUILLON, NUMEROS_CLASSES[classe]);
        changees++;
      }
      for (const code of this.dessinees.keys()) if (!classes.has(code)) this.carte.definirEtat('communes', 'communes', code, ETAT_CLASSE_BROUILLON, null);
      if (changees || classes.size !== this.dessinees.size) this.dessinees = new Map(classes);
    });
  }

  /** The map as drawn now (PNG data URL), for the composed export. */
  capturer(): Promise<string | null> {
    return this.carte.capturerPng();
  }
}
