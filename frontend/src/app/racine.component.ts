import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { CarteComponent, TerritoireClique } from './carte/carte.component';
import { FicheTerritoireComponent } from './fiche/fiche-territoire.component';
import { IndicateurStore } from './indicateurs/indicateur.store';
import { LegendeComponent } from './indicateurs/legende.component';
import { EnteteComponent } from './mise-en-page/entete.component';
import { PiedDePageComponent } from './mise-en-page/pied-de-page.component';
import { RechercheTerritoireComponent } from './recherche/recherche-territoire.component';
import { SelectionStore } from './territoires/selection.store';
import { ReferenceTerritoire, ResultatRecherche } from './territoires/territoire';

/** The dashboard page: search and card beside the map. */
@Component({
  selector: 'mlg-racine',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EnteteComponent, PiedDePageComponent, RechercheTerritoireComponent, FicheTerritoireComponent, CarteComponent, LegendeComponent],
  providers: [SelectionStore, IndicateurStore],
  template: `
    <div class="fr-skiplinks">
      <nav class="fr-container" role="navigation" aria-label="Accès rapide">
        <ul class="fr-skiplinks__list">
          <li><a class="fr-link" href="#recherche-territoire">Aller à la recherche</a></li>
          <li><a class="fr-link" href="#pied-de-page">Aller au pied de page</a></li>
        </ul>
      </nav>
    </div>
    <mlg-entete />
    <main id="contenu" class="tableau" role="main">
      <aside class="tableau__panneau" aria-label="Recherche et fiche du territoire">
        <h1 class="fr-h5 fr-mb-2w">Explorer les territoires</h1>
        <mlg-recherche-territoire (territoireChoisi)="choisir($event)" />
        <div class="fr-mt-3w">
          <mlg-fiche-territoire
            [fiche]="selection.fiche()"
            [membres]="selection.membres()"
            [enCours]="selection.enCours()"
            [erreur]="selection.erreur()"
            (ouvrir)="ouvrir($event)"
            (fermer)="selection.fermer()"
          />
        </div>
      </aside>
      <div class="tableau__carte">
        <mlg-carte
          [indicateur]="indicateurs.indicateur()"
          [valeurs]="indicateurs.valeursParCode()"
          [fiche]="selection.fiche()"
          (territoireClique)="ouvrir($event)"
        />
        <mlg-legende class="tableau__legende" [indicateur]="indicateurs.indicateur()" [valeurs]="indicateurs.valeurs()" />
      </div>
    </main>
    <mlg-pied-de-page />
  `,
})
export class RacineComponent {
  protected readonly selection = inject(SelectionStore);
  protected readonly indicateurs = inject(IndicateurStore);

  constructor() {
    void this.indicateurs.charger();
  }

  protected choisir(resultat: ResultatRecherche): void {
    void this.selection.selectionner(resultat.type, resultat.code);
  }

  protected ouvrir(territoire: ReferenceTerritoire | TerritoireClique): void {
    void this.selection.selectionner(territoire.type, territoire.code);
  }
}
