import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { EnonceCouvertureComponent } from '../couverture-donnees/enonce-couverture.component';
import { dateFrancaise } from '../texte/date-francaise';
import { ZonageCommune } from './fiche-acces';
import { libelleZonage } from './libelles-fiche';

/**
 * Zonage part of a commune's card: the GP class, the version that applies and whether it still holds at the date
 * (ADR 0004: past its presumed end the class is shown for reference only), the QPV known to be in the commune.
 */
@Component({
  selector: 'mlg-zonage-fiche',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EnonceCouvertureComponent],
  template: `
    @if (zonage(); as z) {
      <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Zonage médecins</h3>
      @if (z.medecin?.classe; as classe) {
        <p class="fr-text--md fr-mb-0" data-testid="fiche-zonage">{{ libelle(classe) }}</p>
      } @else if (z.medecin?.couverture?.couvert === false) {
        <mlg-enonce-couverture [etat]="z.medecin?.couverture" />
      } @else {
        <p class="fr-text--sm fr-mb-0">Aucune classe en vigueur au {{ date(z.date) }}.</p>
      }
      @if (z.medecin?.version; as v) {
        <p class="fr-text--xs fr-mb-0" data-testid="fiche-zonage-version">
          Version appliquée : {{ v.arrete ?? v.libelle }} — {{ v.dateArrete ? 'arrêté du ' + date(v.dateArrete) : 'date d’arrêté inconnue' }}. Source :
          {{ v.source }}
        </p>
      }
      @if (z.medecin?.validite; as val) {
        @if (val.statut === 'perimee') {
          <div class="fr-alert fr-alert--warning fr-alert--sm fr-my-1w" data-testid="fiche-zonage-perime">
            <p>
              Cette version est présumée périmée depuis le {{ val.finPresumee ? date(val.finPresumee) : '?' }} : la classe ci-dessus est la dernière chargée,
              pas forcément celle en vigueur au {{ date(z.date) }}. {{ val.motif }}
            </p>
            @if (val.source) {
              <p><a class="fr-link fr-text--sm" [href]="val.source" target="_blank" rel="noopener">Zonage en vigueur publié par l’ARS</a></p>
            }
          </div>
        } @else {
          <p class="fr-text--xs fr-mb-1w" data-testid="fiche-zonage-validite">
            En vigueur au {{ date(z.date) }}{{ val.finPresumee ? ' (fin présumée le ' + date(val.finPresumee) + ')' : '' }}.
          </p>
        }
      }
      @if (z.qpv.quartiers?.length) {
        <p class="fr-text--sm fr-mb-0" data-testid="fiche-qpv">
          Quartiers prioritaires (QPV) : {{ z.qpv.quartiers!.length }} — {{ nomsQpv(z.qpv.quartiers!) }}
        </p>
        <p class="fr-text--xs fr-mb-0">Source : {{ z.qpv.quartiers![0].source }}</p>
      } @else {
        <p class="fr-text--sm fr-mb-0" data-testid="fiche-qpv">Aucun quartier prioritaire (QPV) connu dans la commune.</p>
      }
      <mlg-enonce-couverture [etat]="z.qpv.couverture" testId="fiche-qpv-couverture" />
    }
  `,
})
export class ZonageFicheComponent {
  readonly zonage = input<ZonageCommune | null>(null);

  protected libelle(classe: string): string {
    return libelleZonage(classe);
  }

  protected date(iso: string): string {
    return dateFrancaise(iso);
  }

  protected nomsQpv(qpv: readonly { nom: string }[]): string {
    return (
      qpv
        .slice(0, 4)
        .map((q) => q.nom)
        .join(', ') + (qpv.length > 4 ? '…' : '')
    );
  }
}
