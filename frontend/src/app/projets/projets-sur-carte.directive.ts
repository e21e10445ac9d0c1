import { Directive, computed, effect, inject, output } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { COUCHE_PROJETS, COUCHE_PROJETS_DEFINITION, SOURCE_PROJETS } from '../carte/couches/projets.couche';
import { SessionStore } from '../comptes/session.store';
import { CouchesStore } from '../structures/couches.store';
import { ProjetsStore } from './projets.store';

/**
 * Put on `<mlg-carte>`: draws the projects the connected account sees (layer `projets` of the layers box) and emits
 * `projetClique` with a project's id when its point is clicked. Reaches the map through the map component's own
 * `CarteService` (same element), like the simulation directive. The number of points drawn is on the host as
 * `data-projets-sur-carte` (read by the browser tests).
 */
@Directive({
  selector: 'mlg-carte[mlgProjetsSurCarte]',
  host: { '[attr.data-projets-sur-carte]': 'nombre()' },
})
export class ProjetsSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly projets = inject(ProjetsStore);
  private readonly session = inject(SessionStore);
  private readonly couches = inject(CouchesStore);
  readonly projetClique = output<string>();

  private readonly visibles = computed(() => this.session.connecte() && this.couches.visibles().has('projets'));
  protected readonly nombre = computed(() => (this.visibles() ? this.projets.points().features.length : null));

  constructor() {
    effect(() => {
      const points = this.projets.points();
      if (this.visibles() && points.features.length > 0) {
        this.carte.definirSource(SOURCE_PROJETS, { type: 'geojson', data: points });
        this.carte.definirCouche(COUCHE_PROJETS_DEFINITION);
      } else {
        this.carte.retirerCouche(COUCHE_PROJETS);
      }
    });
    this.carte.surCouche('click', COUCHE_PROJETS, (e) => {
      const id = e.features?.[0]?.properties?.['id'];
      if (typeof id === 'string') this.projetClique.emit(id);
    });
  }
}
