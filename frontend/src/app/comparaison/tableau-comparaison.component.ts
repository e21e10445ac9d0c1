import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LigneComparaison } from './lignes-comparaison';

/** Two columns side by side (two territories, two scenarios): one row per fact, the first cell its header. */
@Component({
  selector: 'mlg-tableau-comparaison',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-table fr-table--sm fr-table--no-caption-sm fr-mb-1w">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table [attr.data-testid]="identifiant()">
              <caption class="fr-text--sm">
                {{
                  legende()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ entete() }}</th>
                  <th scope="col">{{ noms()[0] }}</th>
                  <th scope="col">{{ noms()[1] }}</th>
                </tr>
              </thead>
              <tbody>
                @for (l of lignes(); track l.libelle) {
                  <tr>
                    <th scope="row">{{ l.libelle }}</th>
                    <td>{{ l.a }}</td>
                    <td>{{ l.b }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class TableauComparaisonComponent {
  /** `data-testid` of the table (read by the browser tests). */
  readonly identifiant = input.required<string>();
  readonly legende = input.required<string>();
  /** Header of the first column (« Indicateur », « Effet simulé »). */
  readonly entete = input.required<string>();
  readonly noms = input.required<readonly [string, string]>();
  readonly lignes = input.required<readonly LigneComparaison[]>();
}
