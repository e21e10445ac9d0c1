import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { CommuneMembre, SourceDonnee } from '../territoires/territoire';

const LIGNES_AFFICHEES = 15;

/** DSFR table of the member communes of an EPCI, département or région, most populated first. */
@Component({
  selector: 'mlg-communes-membres',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  template: `
    <div class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption fr-mb-0">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption>
                Communes membres les plus peuplées
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commune (code INSEE)</th>
                  <th scope="col" class="fr-cell--right">Population</th>
                </tr>
              </thead>
              <tbody>
                @for (commune of affichees(); track commune.code) {
                  <tr>
                    <td>
                      <button type="button" class="fr-link fr-text--sm" (click)="ouvrir.emit(commune.code)">{{ commune.nom }}</button>
                      <span class="fr-text--xs"> ({{ commune.code }})</span>
                    </td>
                    <td class="fr-cell--right">{{ commune.population | number: '1.0-0' : 'fr' }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
    <p class="fr-text--xs fr-mt-1w fr-mb-0">
      @if (masquees() > 0) {
        {{ affichees().length }} communes sur {{ communes().length | number: '1.0-0' : 'fr' }}.
      }
      Population municipale — source : {{ source().libelle }}, millésime {{ source().millesime }}.
    </p>
  `,
})
export class CommunesMembresComponent {
  readonly communes = input.required<readonly CommuneMembre[]>();
  readonly source = input.required<SourceDonnee>();
  readonly ouvrir = output<string>();
  protected readonly affichees = computed(() => this.communes().slice(0, LIGNES_AFFICHEES));
  protected readonly masquees = computed(() => Math.max(0, this.communes().length - LIGNES_AFFICHEES));
}
