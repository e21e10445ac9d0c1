import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { dateFrancaise } from '../texte/date-francaise';
import { nombreEtNom } from '../texte/pluriel';
import { Indicateur, ValeursIndicateur } from './indicateur';
import { COULEUR_SANS_DONNEE } from './couleur-par-classe';

/**
 * Legend of the choropleth: classes, unit, source and vintage of the values; for a zonage, the version applied and
 * the régions where it is outdated (hatched on the map by ZonagePerimeSurCarteDirective, ADR 0004). Notes fold inside the legend, which scrolls
 * within its own box on the map.
 */
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
        <li><span class="legende__pastille legende__pastille--sans-donnee" [style.background-color]="sansDonnee" aria-hidden="true"></span>sans donnée</li>
        @if (perimees().length) {
          <li><span class="legende__pastille legende__pastille--perime" aria-hidden="true"></span>zonage périmé (hachures)</li>
        }
      </ul>
      @if (valeurs(); as v) {
        @if (v.validite; as z) {
          @if (perimees().length) {
            <p class="fr-text--xs fr-mb-1v legende__avertissement" data-testid="legende-validite">
              Zonage périmé {{ etendue() }} : la version chargée ({{ z.version }}) y a été remplacée et le zonage en vigueur n’est pas chargé. Les classes
              restent affichées pour mémoire.
            </p>
            <details class="fr-text--xs legende__notes">
              <summary>{{ perimees().length === 1 ? 'Région concernée' : 'Régions concernées' }}</summary>
              <ul class="legende__regions">
                @for (r of perimees(); track r.code) {
                  <li>
                    <strong>{{ r.nom }}</strong>
                    @if (r.finPresumee) {
                      : remplacé après le {{ date(r.finPresumee) }}
                    }
                    @if (r.motif) {
                      — {{ r.motif }}
                    }
                    @if (r.source) {
                      — <a [href]="r.source" target="_blank" rel="noopener">page de l’ARS<span class="fr-sr-only"> (nouvelle fenêtre)</span></a>
                    }
                  </li>
                }
              </ul>
            </details>
          } @else if (z.version) {
            <p class="fr-text--xs fr-mb-1v" data-testid="legende-validite">Version en vigueur dans toutes les régions : {{ z.version }}.</p>
          }
        }
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
  protected readonly perimees = computed(() => this.valeurs()?.validite?.perimees ?? []);
  /** « dans toutes les régions », « dans 3 régions sur 18 ». */
  protected readonly etendue = computed(() => {
    const z = this.valeurs()?.validite;
    if (!z) return '';
    return z.perimees.length === z.regions ? 'dans toutes les régions' : `dans ${nombreEtNom(z.perimees.length, 'région')} sur ${z.regions}`;
  });
  protected readonly date = dateFrancaise;
}
