import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { EnonceCouvertureComponent } from '../couverture-donnees/enonce-couverture.component';
import { DetailsFiche } from './fiche-acces.store';
import { BarreApl, GraphiqueAplComponent } from './graphique-apl.component';
import { libelleClasse } from './libelles-fiche';

/** Access part of the territory card: APL and comparison, trend, horizons — each with its source and coverage. */
@Component({
  selector: 'mlg-indicateurs-acces',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, GraphiqueAplComponent, EnonceCouvertureComponent],
  template: `
    @if (enCours()) {
      <p class="fr-text--sm" role="status">Chargement des indicateurs d’accès…</p>
    }
    @if (details(); as d) {
      @if (d.indisponibles.length) {
        <p class="fr-text--xs fr-message fr-message--warning">Indisponible : {{ d.indisponibles.join(', ') }}.</p>
      }
      @if (d.acces; as a) {
        <h3 class="fr-text--sm fr-text--bold fr-mb-1w fr-mt-2w">Accès aux médecins généralistes ({{ a.annee }})</h3>
        @if (a.absence) {
          <p class="fr-text--sm">{{ a.absence }}</p>
        }
        <mlg-enonce-couverture [etat]="a.couverture" testId="fiche-apl-couverture" />
        <dl class="fiche__chiffres" data-testid="fiche-acces">
          <dt class="fr-text--sm fr-mb-0">APL (consultations par an et par habitant)</dt>
          <dd class="fr-h4 fr-mb-0" data-testid="fiche-apl">{{ a.apl.valeur === null ? 'non disponible' : (a.apl.valeur | number: '1.1-2' : 'fr') }}</dd>
          @if (a.scission; as s) {
            <dd class="fr-mb-0">
              <p class="fr-badge fr-badge--warning fr-badge--sm fr-mb-0" data-testid="fiche-scission">{{ s.libelle }}</p>
            </dd>
            <dd class="fr-text--xs fr-mb-1w" data-testid="fiche-scission-explication">{{ s.explication }}</dd>
          }
          @if (d.region?.apl?.valeur !== null && d.region; as r) {
            <dd class="fr-text--sm fr-mb-0">Région {{ r.nom }} : {{ r.apl.valeur | number: '1.1-2' : 'fr' }}</dd>
          }
          @for (rang of rangsDistincts(a.rangs); track rang.perimetre.type + rang.perimetre.code) {
            <dd class="fr-text--sm fr-mb-0">
              Rang {{ rang.rang | number: '1.0-0' : 'fr' }} sur {{ rang.sur | number: '1.0-0' : 'fr' }} dans {{ rang.perimetre.nom }}
            </dd>
          }
          <dd class="fr-text--xs fr-mb-1w">Source : {{ a.apl.source.libelle }} — millésime {{ a.apl.source.millesime }} (rang 1 = meilleur accès)</dd>

          <dt class="fr-text--sm fr-mb-0">Classe</dt>
          <dd class="fr-text--md fr-mb-0" data-testid="fiche-classe">{{ a.classe.valeur ? libelleClasse(a.classe.valeur) : 'non disponible' }}</dd>
          <dd class="fr-text--xs fr-mb-1w">
            APL des moins de 65 ans : {{ a.aplMoins65.valeur === null ? 'non publiée' : (a.aplMoins65.valeur | number: '1.1-2' : 'fr') }} ; fragilité (part due
            aux 65 ans et plus) : {{ a.fragilite.valeur === null ? 'non publiée' : (a.fragilite.valeur | percent: '1.0-0' : 'fr') }} —
            {{ a.classe.source.libelle }}
          </dd>

          @if (a.evolution; as e) {
            <dt class="fr-text--sm fr-mb-0">Évolution depuis {{ e.depuis }}</dt>
            <dd class="fr-text--md fr-mb-0">{{ signe(e.ecart.valeur) }} (APL {{ e.depuis }} : {{ e.aplPrecedente.valeur | number: '1.1-2' : 'fr' }})</dd>
            <dd class="fr-text--xs fr-mb-1w">Source : {{ e.ecart.source.libelle }} — {{ e.ecart.source.millesime }}</dd>
          }

          <dt class="fr-text--sm fr-mb-0">Population sous les seuils</dt>
          <dd class="fr-text--sm fr-mb-0" data-testid="fiche-sous-seuils">
            @if (a.apl.valeur === null) {
              APL &lt; 2,5 : non publiée · APL &lt; 4 : non publiée
            } @else {
              APL &lt; 2,5 : {{ habitants(a.population.sous2_5.valeur) }} · APL &lt; 4 : {{ habitants(a.population.sous4.valeur) }} (sur
              {{ a.population.totale.valeur | number: '1.0-0' : 'fr' }}{{ a.scission?.populationEstimee ? ', estimation' : '' }})
            }
          </dd>
          <dd class="fr-text--xs fr-mb-1w">Source : {{ a.population.sous4.source.libelle }} — millésime {{ a.population.sous4.source.millesime }}</dd>
        </dl>
        <mlg-graphique-apl [valeurs]="barres()" />
        <p class="fr-text--xs">Projections à 5 et 10 ans : {{ a.horizons.horizon5.apl.source.libelle }}. {{ a.horizons.hypotheses.description }}</p>
      }
    }
  `,
})
export class IndicateursAccesComponent {
  readonly details = input<DetailsFiche | null>(null);
  readonly enCours = input(false);

  protected readonly barres = computed<BarreApl[]>(() => {
    const a = this.details()?.acces;
    if (!a) return [];
    const barres: BarreApl[] = [];
    if (a.evolution) barres.push({ libelle: String(a.evolution.depuis), valeur: a.evolution.aplPrecedente.valeur, nature: 'mesure' });
    barres.push({ libelle: String(a.annee), valeur: a.apl.valeur, nature: 'mesure' });
    barres.push({ libelle: `${a.horizons.horizon5.annee} (proj.)`, valeur: a.horizons.horizon5.apl.valeur, nature: 'projection' });
    barres.push({ libelle: `${a.horizons.horizon10.annee} (proj.)`, valeur: a.horizons.horizon10.apl.valeur, nature: 'projection' });
    const region = this.details()?.region;
    if (region) barres.push({ libelle: 'Région', valeur: region.apl.valeur, nature: 'comparaison' });
    return barres;
  });

  /** A DROM whose département is its région ranks twice with the same figures: the line is said once. */
  protected rangsDistincts<R extends { rang: number; sur: number; perimetre: { nom: string } }>(rangs: readonly R[]): R[] {
    return rangs.filter((r, i) => rangs.findIndex((x) => x.rang === r.rang && x.sur === r.sur && x.perimetre.nom === r.perimetre.nom) === i);
  }

  /** « 12 345 hab. », or « non publiée » where the APL is not published (Mayotte). */
  protected habitants(n: number | null): string {
    return n === null ? 'non publiée' : `${n.toLocaleString('fr-FR', { maximumFractionDigits: 0 })} hab.`;
  }

  protected libelleClasse(classe: string): string {
    return libelleClasse(classe);
  }

  protected signe(v: number | null): string {
    if (v === null) return 'non disponible';
    return (v > 0 ? '+' : '') + v.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  }
}
