import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { versCsv } from '../export/csv';
import { telecharger } from '../export/telechargement';
import { COULEURS_ALERTE } from '../carte/couches/zones-alerte.couche';
import { LIBELLES_COURTS_ALERTE, ZonesSousDotees } from './zones';

/** Rows shown at once: a région has thousands of communes; the CSV holds them all. */
const LIGNES_AFFICHEES = 50;

/** « Zones sous-dotées » tab: the list, most populated first; a row shows the commune on the map. */
@Component({
  selector: 'mlg-zones-sous-dotees',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  template: `
    @if (enCours()) {
      <p class="fr-text--sm" role="status">Chargement des zones sous-dotées…</p>
    }
    @if (erreur(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>{{ message }}</p>
      </div>
    }
    @if (zones(); as z) {
      <h2 class="fr-h6 fr-mb-1w">Zones sous-dotées et fragiles : {{ z.territoire.nom }}</h2>
      <p class="fr-text--sm fr-mb-1w" data-testid="zones-total">
        {{ z.total.communes | number: '1.0-0' : 'fr' }} communes, {{ z.total.population | number: '1.0-0' : 'fr' }} habitants concernés.
      </p>
      <p class="fr-text--xs fr-mb-1w">Source : {{ z.source.libelle }} — millésime {{ z.source.millesime }}. Seuils de la méthode de zonage (APL 2,5 et 4).</p>
      <ul class="zones__legende fr-text--xs">
        @for (c of classes; track c.code) {
          <li>
            <span class="zones__trait" [style.border-color]="c.couleur" [class.zones__trait--tirets]="c.code !== 'sous_dotee'" aria-hidden="true"></span
            >{{ c.libelle }} : contour sur la carte
          </li>
        }
      </ul>
      <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left fr-mb-2w" (click)="exporterCsv(z)">
        Exporter le tableau (CSV)
      </button>
      @if (z.communes.length) {
        <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-0">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table data-testid="zones-table">
                  <caption>
                    Communes sous-dotées et fragiles, les plus peuplées d’abord
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Commune</th>
                      <th scope="col">Classe</th>
                      <th scope="col" class="fr-cell--right">APL</th>
                      <th scope="col" class="fr-cell--right">Habitants</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (c of lignes(); track c.code) {
                      <tr>
                        <td>
                          <button type="button" class="fr-link fr-text--sm" (click)="voir.emit(c.code)" [attr.aria-label]="'Voir ' + c.nom + ' sur la carte'">
                            {{ c.nom }}
                          </button>
                        </td>
                        <td>{{ libelle(c.classe) }}</td>
                        <td class="fr-cell--right">{{ c.apl | number: '1.1-1' : 'fr' }}</td>
                        <td class="fr-cell--right">{{ c.population | number: '1.0-0' : 'fr' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        @if (z.communes.length > lignes().length) {
          <p class="fr-text--xs">
            {{ lignes().length }} premières communes sur {{ z.communes.length | number: '1.0-0' : 'fr' }} ; toutes sont dans l’export CSV.
          </p>
        }
      } @else {
        <p class="fr-text--sm">Aucune commune sous-dotée ou fragile dans ce territoire.</p>
      }
    } @else if (!enCours() && !erreur()) {
      <p class="fr-text--sm">Choisissez un territoire (recherche ou carte) pour lister ses communes sous-dotées et fragiles.</p>
    }
  `,
})
export class ZonesSousDoteesComponent {
  readonly zones = input<ZonesSousDotees | null>(null);
  readonly enCours = input(false);
  readonly erreur = input<string | null>(null);
  readonly voir = output<string>();

  protected readonly lignes = computed(() => this.zones()?.communes.slice(0, LIGNES_AFFICHEES) ?? []);
  protected readonly classes = (Object.keys(LIBELLES_COURTS_ALERTE) as (keyof typeof LIBELLES_COURTS_ALERTE)[]).map((code) => ({
    code,
    libelle: LIBELLES_COURTS_ALERTE[code],
    couleur: COULEURS_ALERTE[code],
  }));

  protected libelle(classe: keyof typeof LIBELLES_COURTS_ALERTE): string {
    return LIBELLES_COURTS_ALERTE[classe] ?? classe;
  }

  protected exporterCsv(z: ZonesSousDotees): void {
    const source = `${z.source.libelle} (millésime ${z.source.millesime})`;
    const csv = versCsv(
      ['code_insee', 'commune', 'classe', 'apl', 'apl_moins_65_ans', 'fragilite', 'population', 'source'],
      z.communes.map((c) => [c.code, c.nom, this.libelle(c.classe), c.apl, c.aplMoins65, c.fragilite, c.population, source]),
    );
    telecharger(`zones-sous-dotees-${z.territoire.type}-${z.territoire.code}-${z.annee}.csv`, csv);
  }
}
