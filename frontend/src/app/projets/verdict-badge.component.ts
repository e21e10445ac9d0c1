import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CibleCirculaire } from './projet';

const BADGES: Readonly<Record<CibleCirculaire, { libelle: string; classe: string }>> = {
  zone_fragile: { libelle: 'zone fragile (cible)', classe: 'fr-badge--success' },
  zone_sans_medecin: { libelle: 'zone sans médecin (à éviter)', classe: 'fr-badge--error' },
  acces_suffisant: { libelle: 'accès suffisant', classe: 'fr-badge--info' },
  indetermine: { libelle: 'verdict indéterminé', classe: '' },
};

/** The 2010-circular verdict of a project's zone as a DSFR badge (the explanation is given next to it). */
@Component({
  selector: 'mlg-verdict-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p class="fr-badge fr-badge--sm fr-badge--no-icon" [class]="badge().classe" data-testid="projet-verdict">{{ badge().libelle }}</p>`,
  host: { style: 'display: inline-block' },
})
export class VerdictBadgeComponent {
  readonly cible = input.required<CibleCirculaire>();
  protected readonly badge = computed(() => BADGES[this.cible()]);
}
