import { Directive, effect, inject, signal, untracked } from '@angular/core';
import { CarteService } from '../carte/carte.service';

/**
 * Put on `<mlg-carte>`: records the first map paint — the first MapLibre `idle` once the style and our
 * layers are on the map, i.e. the commune tiles requested for the first view are loaded and drawn, then the
 * next animation frame (the frame handed to the browser, see `CarteService.apresRendu`) — as
 * `data-premier-rendu-ms` (ms since navigation start) and a `maillage:premier-rendu` performance mark.
 * Read by the browser benchmark (test/bench/navigateur.bench.mjs); nothing depends on it in the app.
 */
@Directive({
  selector: 'mlg-carte[mlgPremierRendu]',
  host: { '[attr.data-premier-rendu-ms]': 'premierRenduMs()' },
})
export class PremierRenduDirective {
  private readonly carte = inject(CarteService);
  protected readonly premierRenduMs = signal<number | null>(null);

  constructor() {
    effect(() => {
      if (!this.carte.prete() || untracked(this.premierRenduMs) !== null) return;
      void this.carte.apresRendu().then((fin) => {
        if (this.premierRenduMs() !== null) return;
        performance.mark('maillage:premier-rendu', { startTime: fin });
        this.premierRenduMs.set(Math.round(fin));
      });
    });
  }
}
