import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { FaitZoneRouge } from './zones-rouges';
import { ZonesRougesClient } from './zones-rouges.client';

/** One line of the territory card: zone rouge since June 2025, not one, or unknown because the loaded list is partial. */
@Component({
  selector: 'mlg-zone-rouge-fiche',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fait(); as f) {
      <p class="fr-text--sm fr-mb-1w" data-testid="fiche-zone-rouge" [attr.data-zone-rouge]="f.zoneRouge">
        @if (f.zoneRouge === true) {
          <span class="fr-badge fr-badge--error fr-badge--sm">Zone rouge</span>
        }
        {{ f.texte }}
        @if (f.zoneRouge === null && f.commentCharger) {
          <span class="fr-hint-text">{{ f.commentCharger }}</span>
        }
        <span class="fr-hint-text">Source : {{ f.source }}</span>
      </p>
    }
  `,
})
export class ZoneRougeFicheComponent {
  private readonly client = inject(ZonesRougesClient);
  readonly type = input.required<string>();
  readonly code = input.required<string>();
  protected readonly fait = signal<FaitZoneRouge | null>(null);

  constructor() {
    effect(() => {
      const type = this.type();
      const code = this.code();
      untracked(() => {
        this.fait.set(null);
        if (type !== 'commune' && type !== 'epci') return;
        this.client.fait(type, code).then(
          (f) => this.fait.set(f),
          () => this.fait.set(null),
        );
      });
    });
  }
}
