import { Directive, computed, effect, inject, untracked } from '@angular/core';
import { CarteService } from '../carte/carte.service';
import { COUCHE_HACHURES, IMAGE_HACHURES, coucheHachures, motifHachures } from '../carte/couches/hachures-couverture.couche';
import { IndicateurStore } from '../indicateurs/indicateur.store';
import { CouchesStore } from '../structures/couches.store';
import { themeActif } from './theme-actif';

/**
 * Put on `<mlg-carte>`: hatches the départements where the active layer's data is not loaded (ADR 0005), and keeps
 * the layer counts of the current view up to date. The hatched départements are on the host as
 * `data-departements-hachures` and the active theme as `data-theme-couverture` (read by the browser tests).
 */
@Directive({
  selector: 'mlg-carte[mlgCouvertureSurCarte]',
  host: { '[attr.data-theme-couverture]': 'theme()', '[attr.data-departements-hachures]': 'hachures().length' },
})
export class CouvertureSurCarteDirective {
  private readonly carte = inject(CarteService);
  private readonly couches = inject(CouchesStore);
  private readonly indicateurs = inject(IndicateurStore);

  protected readonly theme = computed(() => themeActif(this.couches.visibles(), this.indicateurs.indicateur().code));
  protected readonly hachures = computed(() => {
    const theme = this.theme();
    return (theme && this.couches.couvertures().get(theme)?.departementsNonCouverts) || [];
  });

  constructor() {
    this.carte.definirImage(IMAGE_HACHURES, motifHachures());
    effect(() => {
      const theme = this.theme();
      if (theme) untracked(() => void this.couches.chargerCouverture(theme));
    });
    effect(() => {
      const departements = this.hachures();
      if (departements.length) this.carte.definirCouche(coucheHachures(departements));
      else this.carte.retirerCouche(COUCHE_HACHURES);
    });
    // Counts « in the current view »: after each move, and when a layer is turned on or off.
    effect(() => {
      const emprise = this.carte.emprise();
      this.couches.visibles();
      untracked(() => void this.couches.compterDansVue(emprise));
    });
  }
}
