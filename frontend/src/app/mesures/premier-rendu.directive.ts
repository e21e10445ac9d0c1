import { Directive, Input, effect, inject, signal, untracked } from '@angular/core';
import { CarteService } from '../carte/carte.service';

/**
 * Put on `<mlg-carte>`: records the first map paint — the first MapLibre `idle` once the style and our
 * layers are on the map, i.e. the commune tiles requested for the first view are loaded and drawn, then the
 * next animation frame (the frame handed to the browser, see `CarteService.apresRendu`) — as
 * `data-premier-rendu-ms` (ms since navigation start) and a `maillage:premier-rendu` performance mark.
 * With `mlgPremierRenduCouleurs`, the paint counted is the first one after the indicator's values reached the map
 * (its colours visible), not a map of bare outlines.
 * Read by the browser benchmark (test/bench/navigateur.bench.mjs); nothing depends on it in the app.
 */
@Directive({
  selector: 'mlg-carte[mlgPremierRendu]',
  host: { '[attr.data-premier-rendu-ms]': 'premierRenduMs()' },
})
export class PremierRenduDirective {
  private readonly carte = inject(CarteService);
  protected readonly premierRenduMs = signal<number | null>(null);
  private readonly couleurs = signal(true);

  /** Whether the indicator's values are on the map (true when the page draws no indicator). */
  @Input() set mlgPremierRenduCouleurs(couleurs: boolean) {
    this.couleurs.set(couleurs);
  }

  constructor() {
    effect(() => {
      if (!this.carte.prete() || !this.couleurs() || untracked(this.premierRenduMs) !== null) return;
      void this.carte.apresRendu().then((fin) => {
        if (this.premierRenduMs() !== null) return;
        performance.mark('maillage:premier-rendu', { startTime: fin });
        this.premierRenduMs.set(Math.round(fin));
      });
    });
  }
}
