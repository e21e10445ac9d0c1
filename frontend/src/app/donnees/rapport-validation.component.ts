import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { LigneSignalee, RapportValidation } from './donnees';
import { compte, nombre } from './format-donnees';

/**
 * The validation report before « Importer » (ADR 0005): rows read and kept, the coverage the dataset will have,
 * what changes compared with the version in place, skipped rows and faults with their line number and reason.
 */
@Component({
  selector: 'mlg-rapport-validation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = rapport();
    <div data-testid="rapport-validation">
      <h3 class="fr-h5">Rapport de validation</h3>
      <ul class="fr-mb-2w">
        <li data-testid="rapport-lignes">{{ lignes() }}</li>
        <li data-testid="rapport-couverture">
          Couverture après import : <strong>{{ r.couverture.perimetre }}</strong>
        </li>
        @if (r.version; as v) {
          <li>Millésime : {{ v.millesime }} — {{ v.source }}</li>
        }
        @for (x of r.resume; track x.libelle) {
          <li>{{ x.libelle }} : {{ valeur(x.valeur) }}</li>
        }
      </ul>
      @if (r.differences; as d) {
        <div class="fr-callout fr-mb-2w" data-testid="rapport-differences">
          <p class="fr-callout__title fr-h6">Ce qui change</p>
          <p class="fr-callout__text fr-text--md">
            Comparé avec {{ d.comparaison }} : {{ compte(d.ajouts, 'ajout', 'ajouts') }}, {{ compte(d.modifications, 'modification', 'modifications') }},
            {{ compte(d.retraits, 'retrait', 'retraits') }}, {{ compte(d.inchanges, 'ligne inchangée', 'lignes inchangées') }}.
          </p>
          @if (d.exemples.length) {
            <ul class="fr-text--sm">
              @for (e of d.exemples; track e.nature + e.cle) {
                <li>{{ libelleNature[e.nature] }} : {{ e.libelle }}</li>
              }
            </ul>
          }
        </div>
      }
      @if (r.dejaImporte) {
        <p class="fr-badge fr-badge--info fr-mb-2w">Ce fichier est déjà la version en place : l’importer à nouveau ne change rien.</p>
      }
      @for (a of r.avertissements; track a) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
          <p>{{ a }}</p>
        </div>
      }
      @if (r.erreurs.total) {
        <div class="fr-alert fr-alert--error fr-mb-2w" data-testid="rapport-erreurs">
          <h4 class="fr-alert__title">{{ compte(r.erreurs.total, 'ligne non conforme', 'lignes non conformes') }} : le fichier est refusé</h4>
          <p>Rien n’a été importé ; les données en place sont inchangées.</p>
        </div>
        <ng-container *ngTemplateOutlet="tableau; context: { lignes: r.erreurs.premieres, total: r.erreurs.total, titre: 'Lignes non conformes' }" />
      }
      @if (r.ecartees.total) {
        <ng-container *ngTemplateOutlet="tableau; context: { lignes: r.ecartees.premieres, total: r.ecartees.total, titre: 'Lignes écartées' }" />
      }
    </div>
    <ng-template #tableau let-lignes="lignes" let-total="total" let-titre="titre">
      <div class="fr-table fr-table--sm fr-mb-2w" data-testid="rapport-lignes-signalees">
        <table>
          <caption>
            {{
              titre
            }}
            ({{
              nombre(total)
            }}{{
              total > lignes.length ? ', les ' + lignes.length + ' premières affichées' : ''
            }})
          </caption>
          <thead>
            <tr>
              <th scope="col">Ligne</th>
              <th scope="col">Motif</th>
            </tr>
          </thead>
          <tbody>
            @for (l of lignes; track $index) {
              <tr>
                <td>{{ l.ligne ?? '—' }}</td>
                <td>{{ motif(l) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </ng-template>
  `,
  imports: [NgTemplateOutlet],
})
export class RapportValidationComponent {
  readonly rapport = input.required<RapportValidation>();
  protected readonly compte = compte;
  protected readonly nombre = nombre;
  protected readonly libelleNature = { ajout: 'Ajout', modification: 'Modification', retrait: 'Retrait' } as const;

  protected readonly lignes = computed(() => {
    const r = this.rapport();
    return `${compte(r.lignesLues, 'ligne lue', 'lignes lues')}, ${compte(r.lignesRetenues, 'ligne retenue', 'lignes retenues')}, ${compte(r.ecartees.total, 'ligne écartée', 'lignes écartées')}`;
  });

  protected valeur(v: number | string): string {
    return typeof v === 'number' ? nombre(v) : v;
  }

  /** The reason without its « Ligne 12 : » prefix (the line has its own column). */
  protected motif(l: LigneSignalee): string {
    return l.message.replace(/^Ligne \d+ : /, '');
  }
}
