import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { EnonceCouvertureComponent } from '../couverture-donnees/enonce-couverture.component';
import { CouvertureTerritoire } from './fiche-acces';
import { LIBELLES_STRUCTURES } from './libelles-fiche';

/**
 * Structures part of the territory card: counts by type where FINESS (and the CPTS lists) cover the territory;
 * elsewhere « non chargées » with the reason and how to load them — never a 0 that means « not loaded ».
 */
@Component({
  selector: 'mlg-structures-fiche',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, EnonceCouvertureComponent],
  template: `
    @if (couverture(); as c) {
      <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Structures d’exercice coordonné dans le territoire</h3>
      @if (c.structures.couverture.couvert === false) {
        <p class="fr-text--sm fr-text--bold fr-mb-0" data-testid="fiche-structures-non-chargees">
          MSP, pôles et centres de santé : non chargés pour ce territoire.
        </p>
      } @else {
        <ul class="fr-tags-group fr-mb-0" data-testid="fiche-structures">
          @for (s of comptes(); track s.type) {
            <li>
              <p class="fr-tag fr-tag--sm" [attr.data-testid]="'fiche-structures-' + s.type">
                {{ s.libelle }} : {{ s.nombre === null ? 'non chargées' : s.nombre }}
              </p>
            </li>
          }
        </ul>
      }
      <mlg-enonce-couverture [etat]="c.structures.couverture" testId="fiche-structures-couverture" />
      @if (c.cpts.couverture.couvert !== true && c.cpts.couverture.raison !== c.structures.couverture.raison) {
        <mlg-enonce-couverture [etat]="c.cpts.couverture" testId="fiche-cpts-couverture" />
      }
      <p class="fr-text--xs fr-mb-1w">Source : {{ c.structures.source }} ; {{ c.cpts.source }}.</p>
      @if (c.eloignement.disponible) {
        <p class="fr-text--sm fr-mb-0" data-testid="fiche-eloignement">
          Habitants à plus de {{ c.eloignement.seuilMinutes }} min d’une structure : {{ c.eloignement.populationEloignee | number: '1.0-0' : 'fr' }} ({{
            c.eloignement.part | number: '1.0-1' : 'fr'
          }}
          %)
        </p>
        @if (c.eloignement.couverture.couvert === 'partiel') {
          <p class="fr-text--xs fr-mb-0">{{ c.eloignement.couverture.raison }}</p>
        }
        <p class="fr-text--xs fr-mb-1w">Source : {{ c.eloignement.source }}</p>
      }
    }
  `,
})
export class StructuresFicheComponent {
  readonly couverture = input<CouvertureTerritoire | null>(null);

  /** MSP, PSP and centres counted by FINESS, CPTS by their own lists (each may be loaded where the other is not). */
  protected readonly comptes = computed(() => {
    const c = this.couverture();
    if (!c) return [];
    const types = (['msp', 'psp', 'cds'] as const).map((type) => ({ type, libelle: LIBELLES_STRUCTURES[type], nombre: c.structures.parType[type] ?? null }));
    return [...types, { type: 'cpts', libelle: LIBELLES_STRUCTURES['cpts'], nombre: c.cpts.nombre }];
  });
}
