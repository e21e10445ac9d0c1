import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { CLASSES_DELTA, COULEUR_DELTA_NUL } from './palette-delta';
import { ClasseAcces, CommuneSimulee, LIBELLES_CLASSE_ACCES, ResultatSimulation } from './simulation';

/** Rows of the ΔAPL table shown at once; the map shows every commune. */
const COMMUNES_AFFICHEES = 15;
const LIBELLES_TERRITOIRE = { epci: 'EPCI', departement: 'Département', region: 'Région' } as const;
const FORMAT_DELTA = new Intl.NumberFormat('fr-FR', { signDisplay: 'exceptZero', minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** The numbers of a simulation: ΔAPL legend, thresholds crossed, communes changing class, per-territory summary. */
@Component({
  selector: 'mlg-resultat-simulation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  template: `
    @let r = resultat();
    <section class="fr-mt-2w" aria-labelledby="simulation-resultat-titre">
      <h3 id="simulation-resultat-titre" class="fr-text--md fr-text--bold fr-mb-1w">Résultat</h3>
      <p class="fr-text--xs fr-mb-1w">
        Source : {{ r.source.libelle }} — millésime {{ r.source.millesime }}. Calcul
        {{ r.mode === 'incremental' ? 'incrémental à partir de l’APL officielle' : 'complet à partir de l’offre importée' }} ; trajets : distance ×
        {{ r.hypotheses.modeleTrajet.facteurDetour | number: '1.0-2' : 'fr' }} ÷ {{ r.hypotheses.modeleTrajet.vitesseKmh }} km/h ({{
          r.hypotheses.modeleTrajet.approximation
        }}).
      </p>

      <h4 class="fr-text--sm fr-text--bold fr-mb-1v">Légende de la carte : variation de l’APL (ΔAPL)</h4>
      <ul class="simulation__legende fr-text--xs fr-mb-2w">
        @for (classe of classes; track classe.min) {
          <li><span class="simulation__pastille" [style.background]="classe.couleur" aria-hidden="true"></span>{{ classe.libelle }}</li>
        }
        <li><span class="simulation__pastille" [style.background]="couleurNulle" aria-hidden="true"></span>inchangée</li>
      </ul>

      <h4 class="fr-text--sm fr-text--bold fr-mb-1v">Population qui franchit un seuil</h4>
      <ul class="fr-text--sm fr-mb-2w" data-testid="simulation-franchissements">
        @for (f of r.franchissements; track f.seuil) {
          <li>
            Au-dessus de {{ f.seuil | number: '1.0-1' : 'fr' }} :
            <strong>{{ f.passentAuDessus.population | number: '1.0-0' : 'fr' }} habitants</strong>
            ({{ f.passentAuDessus.communes.length }} commune{{ f.passentAuDessus.communes.length > 1 ? 's' : '' }})
            @if (f.passentEnDessous.communes.length) {
              ; en dessous : {{ f.passentEnDessous.population | number: '1.0-0' : 'fr' }} habitants ({{ f.passentEnDessous.communes.length }} communes)
            }
          </li>
        }
      </ul>

      <div class="fr-table fr-table--sm fr-mb-2w">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table data-testid="simulation-changements-classe">
                <caption class="fr-text--sm">
                  Communes qui changent de classe ({{
                    changementsDeClasse().length
                  }})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Commune</th>
                    <th scope="col">Classe avant → après</th>
                    <th scope="col">APL avant → après</th>
                    <th scope="col">Habitants</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of changementsDeClasse(); track c.code) {
                    <tr>
                      <th scope="row">
                        {{ c.nom }} <span class="fr-text--xs">({{ c.code }})</span>
                      </th>
                      <td>
                        {{ classe(c.classeAvant) }} → <strong>{{ classe(c.classeApres) }}</strong>
                      </td>
                      <td>{{ c.aplAvant | number: '1.2-2' : 'fr' }} → {{ c.aplApres | number: '1.2-2' : 'fr' }}</td>
                      <td>{{ c.population | number: '1.0-0' : 'fr' }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="4">Aucune commune ne change de classe.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>

      <div class="fr-table fr-table--sm fr-mb-2w">
        <div class="fr-table__wrapper">
          <div class="fr-table__container">
            <div class="fr-table__content">
              <table data-testid="simulation-communes">
                <caption class="fr-text--sm">
                  Plus fortes variations de l’APL ({{
                    r.communes.length | number: '1.0-0' : 'fr'
                  }}
                  communes touchées)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Commune</th>
                    <th scope="col">APL avant</th>
                    <th scope="col">APL après</th>
                    <th scope="col">ΔAPL</th>
                    <th scope="col">Habitants</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of premieresCommunes(); track c.code) {
                    <tr>
                      <th scope="row">
                        {{ c.nom }} <span class="fr-text--xs">({{ c.code }})</span>
                      </th>
                      <td>{{ c.aplAvant | number: '1.2-2' : 'fr' }}</td>
                      <td>{{ c.aplApres | number: '1.2-2' : 'fr' }}</td>
                      <td class="simulation__delta" [attr.data-delta]="c.delta">{{ delta(c.delta) }}</td>
                      <td>{{ c.population | number: '1.0-0' : 'fr' }}</td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="5">Aucune commune ne voit son APL changer.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>

      @if (r.territoires.length) {
        <div class="fr-table fr-table--sm fr-mb-2w">
          <div class="fr-table__wrapper">
            <div class="fr-table__container">
              <div class="fr-table__content">
                <table data-testid="simulation-territoires">
                  <caption class="fr-text--sm">
                    Bilan par territoire
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Territoire</th>
                      <th scope="col">APL avant → après</th>
                      <th scope="col">Population sous 2,5 avant → après</th>
                      <th scope="col">Population sous 4 avant → après</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (t of r.territoires; track t.type + t.code) {
                      <tr>
                        <th scope="row">
                          {{ t.nom }} <span class="fr-text--xs">({{ libelleTerritoire(t.type) }})</span>
                        </th>
                        <td>
                          @if (t.aplAvant !== null && t.aplApres !== null) {
                            {{ t.aplAvant | number: '1.2-2' : 'fr' }} → {{ t.aplApres | number: '1.2-2' : 'fr' }} ({{ delta(t.delta ?? 0) }})
                          } @else {
                            non calculable
                          }
                        </td>
                        <td>{{ t.populationSous2_5.avant | number: '1.0-0' : 'fr' }} → {{ t.populationSous2_5.apres | number: '1.0-0' : 'fr' }}</td>
                        <td>{{ t.populationSous4.avant | number: '1.0-0' : 'fr' }} → {{ t.populationSous4.apres | number: '1.0-0' : 'fr' }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      }

      @for (avertissement of r.avertissements; track avertissement) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
          <p class="fr-text--sm">{{ avertissement }}</p>
        </div>
      }
    </section>
  `,
  styles: `
    .simulation__legende {
      list-style: none;
      padding: 0;
    }
    .simulation__legende li {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      padding: 0;
    }
    .simulation__pastille {
      display: inline-block;
      width: 1rem;
      height: 0.75rem;
      border: 1px solid var(--border-default-grey);
    }
    .simulation__delta {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    /* The side panel is narrow: compact cells, the table scrolls sideways beyond that. */
    :host .fr-table .fr-table__content th,
    :host .fr-table .fr-table__content td {
      padding: 0.25rem 0.4rem;
      font-size: 0.75rem;
      line-height: 1.1rem;
      white-space: normal;
    }
  `,
})
export class ResultatSimulationComponent {
  readonly resultat = input.required<ResultatSimulation>();
  readonly changementsDeClasse = input<readonly CommuneSimulee[]>([]);
  protected readonly classes = CLASSES_DELTA;
  protected readonly couleurNulle = COULEUR_DELTA_NUL;
  protected readonly premieresCommunes = computed(() => this.resultat().communes.slice(0, COMMUNES_AFFICHEES));

  protected classe(classe: ClasseAcces | null): string {
    return classe ? LIBELLES_CLASSE_ACCES[classe] : 'sans APL';
  }

  protected delta(valeur: number): string {
    return FORMAT_DELTA.format(valeur);
  }

  protected libelleTerritoire(type: keyof typeof LIBELLES_TERRITOIRE): string {
    return LIBELLES_TERRITOIRE[type];
  }
}
