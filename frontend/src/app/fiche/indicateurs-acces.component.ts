import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { versCsv } from '../export/csv';
import { telecharger } from '../export/telechargement';
import { DetailsFiche } from './fiche-acces.store';
import { BarreApl, GraphiqueAplComponent } from './graphique-apl.component';

const LIBELLES_CLASSE: Readonly<Record<string, string>> = {
  sous_dotee: 'Sous-dotée (APL < 2,5)',
  fragile_menacee: 'Fragile, menacée par les départs',
  fragile: 'Fragile (2,5 ≤ APL < 4)',
  suffisante: 'Accès suffisant (APL ≥ 4)',
};
const LIBELLES_ZONAGE: Readonly<Record<string, string>> = {
  ZIP: 'ZIP — zone d’intervention prioritaire',
  ZAC: 'ZAC — zone d’action complémentaire',
  ZAR: 'ZAR — zone d’accompagnement régional',
  HZ: 'Hors zonage',
  MIXTE: 'Mixte (parties de classes différentes)',
};
const LIBELLES_STRUCTURES: Readonly<Record<string, string>> = { msp: 'MSP', psp: 'PSP', cds: 'Centres de santé', cpts: 'CPTS', esp: 'ESP' };

/** Access part of the territory card: APL and comparison, trend, horizons, zonage, structures — each with its source. */
@Component({
  selector: 'mlg-indicateurs-acces',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, GraphiqueAplComponent],
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
        <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left fr-mb-2w" (click)="exporterCsv()">
          Exporter les indicateurs (CSV)
        </button>
      }
      @if (d.zonage; as z) {
        <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Zonage médecins</h3>
        @if (z.medecin?.classe; as classe) {
          <p class="fr-text--md fr-mb-0" data-testid="fiche-zonage">{{ libelleZonage(classe) }}</p>
        } @else {
          <p class="fr-text--sm fr-mb-0">Aucune classe en vigueur au {{ z.date }}.</p>
        }
        @if (z.medecin?.version; as v) {
          <p class="fr-text--xs fr-mb-1w">
            {{ v.arrete ?? v.libelle }} — {{ v.dateArrete ? 'arrêté du ' + v.dateArrete : 'date d’arrêté inconnue' }}. Source : {{ v.source }}
          </p>
        }
        @if (z.qpv.length) {
          <p class="fr-text--sm fr-mb-0">Quartiers prioritaires (QPV) : {{ z.qpv.length }} — {{ nomsQpv(z.qpv) }}</p>
          <p class="fr-text--xs fr-mb-1w">Source : {{ z.qpv[0].source }}</p>
        }
      }
      @if (d.couverture; as c) {
        <h3 class="fr-text--sm fr-text--bold fr-mb-1w">Structures d’exercice coordonné dans le territoire</h3>
        <ul class="fr-tags-group fr-mb-0">
          @for (s of structures(); track s.type) {
            <li>
              <p class="fr-tag fr-tag--sm">{{ s.libelle }} : {{ s.nombre }}</p>
            </li>
          }
        </ul>
        <p class="fr-text--xs fr-mb-1w">Source : {{ c.structures.source }} (données chargées : voir la couche sur la carte).</p>
        @if (c.eloignement.disponible) {
          <p class="fr-text--sm fr-mb-0">
            Habitants à plus de {{ c.eloignement.seuilMinutes }} min d’une structure : {{ c.eloignement.populationEloignee | number: '1.0-0' : 'fr' }} ({{
              c.eloignement.part | number: '1.0-1' : 'fr'
            }}
            %)
          </p>
          <p class="fr-text--xs fr-mb-1w">Source : {{ c.eloignement.source }}</p>
        }
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

  protected readonly structures = computed(() =>
    Object.entries(this.details()?.couverture?.structures.parType ?? {}).map(([type, nombre]) => ({
      type,
      nombre,
      libelle: LIBELLES_STRUCTURES[type] ?? type,
    })),
  );

  /** A DROM whose département is its région ranks twice with the same figures: the line is said once. */
  protected rangsDistincts<R extends { rang: number; sur: number; perimetre: { nom: string } }>(rangs: readonly R[]): R[] {
    return rangs.filter((r, i) => rangs.findIndex((x) => x.rang === r.rang && x.sur === r.sur && x.perimetre.nom === r.perimetre.nom) === i);
  }

  /** « 12 345 hab. », or « non publiée » where the APL is not published (Mayotte). */
  protected habitants(n: number | null): string {
    return n === null ? 'non publiée' : `${n.toLocaleString('fr-FR', { maximumFractionDigits: 0 })} hab.`;
  }

  protected libelleClasse(classe: string): string {
    return LIBELLES_CLASSE[classe] ?? classe;
  }

  protected libelleZonage(classe: string): string {
    return LIBELLES_ZONAGE[classe] ?? classe;
  }

  protected nomsQpv(qpv: readonly { nom: string }[]): string {
    return (
      qpv
        .slice(0, 4)
        .map((q) => q.nom)
        .join(', ') + (qpv.length > 4 ? '…' : '')
    );
  }

  protected signe(v: number | null): string {
    if (v === null) return 'non disponible';
    return (v > 0 ? '+' : '') + v.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  }

  protected exporterCsv(): void {
    const d = this.details();
    const a = d?.acces;
    if (!d || !a) return;
    const src = (s: { libelle: string; millesime: string }) => `${s.libelle} (${s.millesime})`;
    const lignes: (string | number | null)[][] = [
      ['APL', a.apl.valeur, src(a.apl.source)],
      ['APL des moins de 65 ans', a.aplMoins65.valeur, src(a.aplMoins65.source)],
      ['Fragilité (part de l’APL due aux 65 ans et plus)', a.fragilite.valeur, src(a.fragilite.source)],
      ['Classe', a.classe.valeur ? this.libelleClasse(a.classe.valeur) : null, src(a.classe.source)],
      ['Population', a.population.totale.valeur, src(a.population.totale.source)],
      ['Population sous APL 2,5', a.population.sous2_5.valeur, src(a.population.sous2_5.source)],
      ['Population sous APL 4', a.population.sous4.valeur, src(a.population.sous4.source)],
    ];
    if (a.evolution) lignes.push([`Écart d’APL depuis ${a.evolution.depuis}`, a.evolution.ecart.valeur, src(a.evolution.ecart.source)]);
    for (const r of a.rangs) lignes.push([`Rang APL dans ${r.perimetre.nom} (sur ${r.sur})`, r.rang, src(r.source)]);
    if (d.region) lignes.push([`APL de la région ${d.region.nom}`, d.region.apl.valeur, src(d.region.apl.source)]);
    lignes.push([`APL projetée ${a.horizons.horizon5.annee}`, a.horizons.horizon5.apl.valeur, src(a.horizons.horizon5.apl.source)]);
    lignes.push([`APL projetée ${a.horizons.horizon10.annee}`, a.horizons.horizon10.apl.valeur, src(a.horizons.horizon10.apl.source)]);
    telecharger(`indicateurs-${a.type}-${a.code}-${a.annee}.csv`, versCsv(['indicateur', 'valeur', 'source'], lignes));
  }
}
