import { Directive, effect, inject } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { COUCHE_SIMULATION_DELTA, COUCHE_SIMULATION_DELTA_DEFINITION, ETAT_DELTA } from '../carte/couches/simulation-delta.couche';
import { SimulationStore } from './simulation.store';

/**
 * Put on `<mlg-carte>`: draws the ΔAPL of the last simulation over the indicator, and removes it on
 * reset, which brings the indicator view back. It reaches the map through the map component's own
 * `CarteService` (same element), so the map wrapper needs no knowledge of simulations.
 */
@Directive({ selector: 'mlg-carte[mlgSimulationSurCarte]' })
export class SimulationSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly simulation = inject(SimulationStore);

  constructor() {
    effect(() => {
      const deltas = this.simulation.deltasParCode();
      const affichee = this.simulation.resultat() !== null;
      this.carte.definirEtats('communes', 'communes', ETAT_DELTA, deltas);
      if (affichee) this.carte.definirCouche(COUCHE_SIMULATION_DELTA_DEFINITION);
      else this.carte.retirerCouche(COUCHE_SIMULATION_DELTA);
    });
  }
}
