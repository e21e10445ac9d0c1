import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Indicateur, ValeursIndicateur } from './indicateur';
import { COULEUR_SANS_DONNEE } from './couleur-par-classe';

/** Legend of the choropleth: classes, unit, source and vintage of the values. */
@Component({
  selector: 'mlg-legende',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="legende" [attr.aria-labelledby]="'legende-titre'">
      <h2 id="legende-titre" class="fr-text--sm fr-text--bold fr-mb-1w">{{ indicateur().libelle }} ({{ indicateur().unite }})</h2>
      <ul class="legende__classes fr-text--xs fr-mb-1w">
        @for (classe of indicateur().classes; track classe.min) {
          <li><span class="legende__pastille" [style.background]="classe.couleur" aria-hidden="true"></span>{{ classe.libelle }}</li>
        }
        <li><span class="legende__pastille" [style.background]="sansDonnee" aria-hidden="true"></span>sans donnée</li>
      </ul>
      @if (valeurs(); as v) {
        <p class="fr-text--xs fr-mb-0" data-testid="legende-source">Source : {{ v.source }} — millésime {{ v.millesime }}</p>
        @if (v.notes?.length) {
          <details class="fr-text--xs legende__notes">
            <summary>Notes sur les données</summary>
            @for (note of v.notes; track note) {
              <p class="fr-text--xs fr-mb-0 legende__note">{{ note }}</p>
            }
          </details>
        }
      } @else {
        <p class="fr-text--xs fr-mb-0">Valeurs non chargées : contours seuls.</p>
      }
    </section>
  `,
})
export class LegendeComponent {
  readonly indicateur = input.required<Indicateur>();
  readonly valeurs = input<ValeursIndicateur | null>(null);
  protected readonly sansDonnee = COULEUR_SANS_DONNEE;
}
