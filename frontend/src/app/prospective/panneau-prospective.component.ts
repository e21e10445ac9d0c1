import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { DecimalPipe, PercentPipe } from '@angular/common';
import { telecharger } from '../export/telechargement';
import { resterSurOngletAuChoixSurCarte } from '../simulation/rester-sur-onglet';
import { SelectionStore } from '../territoires/selection.store';
import { ReferenceTerritoire } from '../territoires/territoire';
import { csvProspective, libelleClasse } from './note-prospective';
import { BoutonsRapportComponent } from '../rapports/boutons-rapport.component';
import { RapportsClient } from '../rapports/rapports.client';
import { DemandeScenarios } from './prospective.client';
import { LETTRES, Lettre, ResumeHorizon, SerieCarte } from './prospective';
import { ProspectiveStore } from './prospective.store';

const STATUTS: Readonly<Record<string, string>> = { publie: 'chiffre publié', derive: 'calculé à partir de chiffres publiés', hypothese: 'hypothèse' };

/**
 * « Prospective »: choose, for each of the six issues, the observed and the target hypothesis, compute both
 * scenarios for the selected territory (or France), read them side by side at 2031 and 2036, see the map, and take
 * away a CSV and a printable note. Plain French; the method and the sources in a « Méthode » disclosure.
 */
@Component({
  selector: 'mlg-panneau-prospective',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, PercentPipe, BoutonsRapportComponent],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Prospective à 5 et 10 ans</h2>
    <p class="fr-text--sm">
      Comparez deux avenirs de l’accès aux médecins généralistes&nbsp;: le scénario <strong>observé</strong>, où mène la dynamique actuelle, et le scénario
      <strong>cible</strong>, où les partenaires veulent aller. Pour chacun des six enjeux, choisissez une hypothèse.
    </p>
    <p class="fr-text--sm fr-mb-2w" aria-live="polite">
      Territoire&nbsp;: <strong data-testid="prospective-territoire">{{ territoire()?.nom ?? 'France entière' }}</strong>
      <span class="fr-hint-text">Choisissez-en un autre avec la recherche ou en cliquant sur la carte.</span>
    </p>
    @if (store.erreurChargement(); as e) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w">
        <p>{{ e }}</p>
      </div>
    }
    @if (store.hypotheses(); as h) {
      <form (submit)="$event.preventDefault(); lancer()" aria-label="Hypothèses des deux scénarios">
        @for (e of h.enjeux; track e.numero) {
          <fieldset class="fr-fieldset prospective__enjeu fr-mb-1w" [attr.aria-labelledby]="'enjeu-' + e.numero + '-titre'">
            <legend class="fr-fieldset__legend fr-text--md fr-mb-0" [id]="'enjeu-' + e.numero + '-titre'">Enjeu {{ e.numero }} — {{ e.titre }}</legend>
            <p class="fr-hint-text fr-mb-1w">{{ e.question }}</p>
            <div class="prospective__choix">
              @for (s of scenarios; track s.id) {
                <div class="fr-select-group fr-mb-1w">
                  <label class="fr-label" [for]="'enjeu-' + e.numero + '-' + s.id"
                    >{{ s.libelle }} <span class="fr-sr-only">(enjeu {{ e.numero }})</span></label
                  >
                  <select class="fr-select" [id]="'enjeu-' + e.numero + '-' + s.id" (change)="store.choisir(s.id, e.numero, $any($event.target).value)">
                    @for (l of lettres; track l) {
                      <option [value]="l" [selected]="choix(s.id, e.numero) === l">{{ l }} — {{ e.hypotheses[l].titre }}</option>
                    }
                  </select>
                  <p class="fr-text--xs fr-mb-0">{{ e.hypotheses[choix(s.id, e.numero)].description }}</p>
                </div>
              }
            </div>
          </fieldset>
        }
        <p class="fr-text--xs">{{ h.cadre.titre }}&nbsp;: {{ h.cadre.description }}</p>
        <button type="submit" class="fr-btn fr-btn--sm" [disabled]="store.enCours()">Calculer les scénarios</button>
      </form>
    } @else if (!store.erreurChargement()) {
      <p class="fr-text--sm">Chargement des hypothèses…</p>
    }
    @if (store.erreur(); as e) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w" role="alert">
        <p>{{ e }}</p>
      </div>
    }
    <p class="fr-sr-only" aria-live="polite">{{ annonce() }}</p>

    @if (store.resultat(); as r) {
      <section class="fr-mt-3w" aria-labelledby="prospective-resultat-titre" data-testid="prospective-resultat">
        <h3 id="prospective-resultat-titre" class="fr-h6 fr-mb-1w">{{ r.territoire.nom }}&nbsp;: les deux scénarios</h3>
        @if (store.resultatPerime()) {
          <p class="fr-text--sm fr-text--bold">Les hypothèses ont changé&nbsp;: relancez le calcul pour mettre ces chiffres à jour.</p>
        }
        <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-1w">
          <table data-testid="prospective-tableau">
            <caption>
              Indicateurs d’aujourd’hui et des deux scénarios
            </caption>
            <thead>
              <tr>
                <th scope="col">Indicateur</th>
                <th scope="col">Aujourd’hui</th>
                @for (o of r.scenarios.observe.horizons; track o.annee) {
                  <th scope="col">Observé {{ o.annee }}</th>
                  <th scope="col">Cible {{ o.annee }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (ligne of lignes; track ligne.libelle) {
                <tr>
                  <th scope="row">{{ ligne.libelle }}</th>
                  <td>{{ ligne.valeur(r.aujourdhui) }}</td>
                  @for (o of r.scenarios.observe.horizons; track o.annee; let k = $index) {
                    <td [attr.data-serie]="'observe-' + o.annee">{{ ligne.valeur(o) }}</td>
                    <td [attr.data-serie]="'cible-' + o.annee">{{ ligne.valeur(r.scenarios.cible.horizons[k]) }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>

        <fieldset class="fr-fieldset fr-mb-1w" aria-labelledby="prospective-carte-titre">
          <legend class="fr-fieldset__legend fr-text--sm fr-mb-0" id="prospective-carte-titre">Sur la carte</legend>
          <div class="prospective__boutons">
            @for (h of r.scenarios.observe.horizons; track h.annee) {
              <button
                type="button"
                class="fr-btn fr-btn--sm"
                [class.fr-btn--secondary]="store.horizon() !== h.annees"
                [attr.aria-pressed]="store.horizon() === h.annees"
                (click)="store.horizon.set(h.annees!)"
              >
                {{ h.annee }}
              </button>
            }
          </div>
          <div class="prospective__boutons fr-mt-1v">
            @for (s of series; track s.id) {
              <button
                type="button"
                class="fr-btn fr-btn--sm fr-btn--tertiary"
                [attr.aria-pressed]="store.serie() === s.id"
                [class.fr-btn--secondary]="store.serie() === s.id"
                (click)="store.serie.set(s.id)"
              >
                {{ s.libelle }}
              </button>
            }
          </div>
        </fieldset>

        <h4 class="fr-text--md fr-text--bold fr-mb-1w">Ce qui fait le plus bouger le territoire</h4>
        @if (r.leviers.length) {
          <p class="fr-text--xs fr-mb-1v">Écart d’APL obtenu en passant un seul levier du scénario observé au scénario cible, en {{ anneeFin(r) }}&nbsp;:</p>
          <ol class="fr-text--sm" data-testid="prospective-leviers">
            @for (l of r.leviers.slice(0, 6); track l.code) {
              <li>
                {{ l.libelle }}&nbsp;: <strong>{{ signe(l.horizons.at(-1)?.ecartApl ?? null) }}</strong>
                <span class="fr-hint-text">(enjeu {{ l.enjeu ?? '—' }}, {{ statut(l.statut) }})</span>
              </li>
            }
          </ol>
          <p class="fr-text--xs fr-mb-1v">Par enjeu (toutes ses hypothèses basculées ensemble)&nbsp;:</p>
          <ul class="fr-text--sm">
            @for (e of r.enjeux; track e.numero) {
              <li>Enjeu {{ e.numero }}, {{ e.titre }} ({{ e.observee }} → {{ e.cible }})&nbsp;: {{ signe(e.horizons.at(-1)?.ecartApl ?? null) }}</li>
            }
          </ul>
        } @else {
          <p class="fr-text--sm">Les deux scénarios retiennent les mêmes hypothèses&nbsp;: aucun écart.</p>
        }

        <div class="prospective__boutons fr-mb-2w">
          <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary fr-btn--icon-left fr-icon-download-line" (click)="exporterCsv()">
            Exporter en CSV
          </button>
        </div>
        @if (store.demandeDuResultat(); as demande) {
          <mlg-boutons-rapport
            libelle="Télécharger la note (PDF)"
            [cle]="cleNote(demande)"
            [nomFichier]="'note-prospective-' + r.territoire.code + '.pdf'"
            [obtenir]="noteDe(demande)"
          />
        }
        <ul class="fr-text--xs">
          @for (a of r.avertissements; track a) {
            <li>{{ a }}</li>
          }
        </ul>
      </section>
    }

    @if (store.hypotheses(); as h) {
      <details class="fr-mt-2w prospective__methode">
        <summary class="fr-text--sm fr-text--bold">Méthode</summary>
        <p class="fr-text--sm">
          L’APL (méthode de la DREES) rapporte les consultations de médecine générale accessibles à moins de 20 minutes à la population, pondérée par l’âge.
          Pour la projeter, Maillage a besoin de l’offre de chaque commune&nbsp;: elle est {{ h.offre?.estimee ? 'estimée' : 'importée' }} —
          {{ h.offre?.libelle ?? 'aucune offre chargée' }}.
        </p>
        @if (h.offre?.note; as note) {
          <p class="fr-text--sm" data-testid="prospective-millesime-offre">{{ note }}</p>
        }
        @if (h.offre?.ajustement; as a) {
          <p class="fr-text--sm" data-testid="prospective-ajustement">
            Recalculée sur cette offre, l’APL {{ a.annee }} retrouve la valeur publiée à 1&nbsp;% près dans
            {{ a.ajustement.apl.partA1Pourcent | percent: '1.0-0' : 'fr' }} des communes et à 5&nbsp;% près dans
            {{ a.ajustement.apl.partA5Pourcent | percent: '1.0-0' : 'fr' }} des communes ({{
              a.ajustement.apl.partPopulationA5Pourcent | percent: '1.0-0' : 'fr'
            }}
            des habitants)&nbsp;; écart médian {{ a.ajustement.apl.ecartRelatifMedian | percent: '1.0-0' : 'fr' }}. Par département,
            {{ a.ajustement.apl.departementsA1Pourcent }} sur {{ a.ajustement.apl.departements }} sont à 1&nbsp;% près et
            {{ a.ajustement.apl.departementsA5Pourcent }} à 5&nbsp;% près. Les plus grands écarts&nbsp;:
            @for (p of a.ajustement.apl.pires.slice(0, 3); track p.code; let dernier = $last) {
              {{ p.nom }} ({{ p.publiee | number: '1.1-1' : 'fr' }} publiée, {{ p.recalculee | number: '1.1-1' : 'fr' }} recalculée){{ dernier ? '.' : ', ' }}
            }
            Contrôle&nbsp;: cette offre correspond à {{ a.effectifs.etpEstimes | number: '1.0-0' : 'fr' }} généralistes à temps plein (à
            {{ a.effectifs.consultationsParEtp | number: '1.0-0' : 'fr' }} consultations par an), pour {{ a.effectifs.effectifAmeli | number: '1.0-0' : 'fr' }}
            généralistes libéraux recensés par l’Assurance maladie en 2024.
          </p>
        }
        <p class="fr-text--sm">
          Chaque scénario part de l’APL publiée et lui ajoute l’effet des changements&nbsp;: départs en retraite, nouveaux médecins et lieux où ils
          s’installent, docteurs juniors, assistants médicaux, maisons de santé, téléconsultation, évolution des besoins. Sans aucun changement, on retrouve
          l’APL d’aujourd’hui.
        </p>
        <p class="fr-text--sm">{{ h.etude.verification }}</p>
        <h4 class="fr-text--sm fr-text--bold fr-mb-1v">Leviers et sources</h4>
        <ul class="fr-text--xs">
          @for (l of h.leviers; track l.code) {
            <li>
              <strong>{{ l.libelle }}</strong> ({{ statut(l.statut) }})&nbsp;: {{ l.justification }}
              @for (s of l.sources; track s.url) {
                <br /><a [href]="s.url" target="_blank" rel="noopener">{{ s.libelle }}</a> — « {{ s.ceQueDitLaPage }} » (consulté le {{ s.consulteLe }})
              }
            </li>
          }
        </ul>
      </details>
    }
  `,
  styles: `
    .prospective__boutons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .prospective__methode summary {
      cursor: pointer;
    }
  `,
})
export class PanneauProspectiveComponent {
  protected readonly store = inject(ProspectiveStore);
  private readonly selection = inject(SelectionStore);
  private readonly rapports = inject(RapportsClient);
  protected readonly lettres = LETTRES;
  protected readonly scenarios = [
    { id: 'observe' as const, libelle: 'Hypothèse observée' },
    { id: 'cible' as const, libelle: 'Hypothèse cible' },
  ];
  protected readonly series: readonly { id: SerieCarte; libelle: string }[] = [
    { id: 'ecart', libelle: 'Écart cible − observé' },
    { id: 'observe', libelle: 'Scénario observé' },
    { id: 'cible', libelle: 'Scénario cible' },
  ];
  protected readonly territoire = computed<ReferenceTerritoire | null>(() => {
    const f = this.selection.fiche();
    return f ? { type: f.type, code: f.code, nom: f.nom } : null;
  });
  protected readonly annonce = computed(() => {
    const r = this.store.resultat();
    return r && !this.store.enCours() ? `Scénarios calculés pour ${r.territoire.nom}.` : '';
  });
  protected readonly lignes: readonly { libelle: string; valeur: (x: ResumeHorizon) => string }[] = [
    { libelle: 'APL', valeur: (x) => this.decimal(x.apl) },
    { libelle: 'APL aux médecins de moins de 65 ans', valeur: (x) => this.decimal(x.aplMoins65) },
    { libelle: 'Habitants sous 2,5', valeur: (x) => this.entier(x.populationSous2_5) },
    { libelle: 'Habitants sous 4', valeur: (x) => this.entier(x.populationSous4) },
    { libelle: 'Classe', valeur: (x) => libelleClasse(this.store.resultat()!, x.classe) },
  ];

  constructor() {
    void this.store.charger();
    resterSurOngletAuChoixSurCarte('prospective');
    // A link with computed scenarios: computed again once the hypotheses and the link's territory are loaded.
    effect(() => {
      if (!this.store.calculEnAttente() || !this.store.hypotheses()) return;
      const demande = this.selection.demande();
      const fiche = this.selection.fiche();
      if (demande && (fiche?.type !== demande.type || fiche.code !== demande.code)) {
        if (this.selection.erreur()) untracked(() => this.store.calculEnAttente.set(false));
        return;
      }
      untracked(() => this.lancer());
    });
  }

  protected choix(scenario: 'observe' | 'cible', enjeu: number): Lettre {
    return (scenario === 'observe' ? this.store.observe() : this.store.cible())[enjeu] ?? 'A';
  }

  protected lancer(): void {
    void this.store.lancer(this.territoire());
  }

  protected statut(s: string): string {
    return STATUTS[s] ?? s;
  }

  protected anneeFin(r: { scenarios: { observe: { horizons: readonly { annee: number }[] } } }): number {
    return r.scenarios.observe.horizons.at(-1)?.annee ?? 0;
  }

  protected signe(x: number | null): string {
    if (x === null) return 'non disponible';
    return `${x > 0 ? '+' : x < 0 ? '−' : ''}${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(x))}`;
  }

  protected exporterCsv(): void {
    const r = this.store.resultat();
    if (r) telecharger(`prospective-${r.territoire.code}.csv`, csvProspective(r));
  }

  /** The note as PDF, computed again by the server from the same request (the map arrays left out). */
  protected noteDe(demande: DemandeScenarios): () => Promise<Blob> {
    return () => this.rapports.prospective({ ...demande, carte: false });
  }

  protected cleNote(demande: DemandeScenarios): string {
    return JSON.stringify(demande);
  }

  private decimal(x: number | null): string {
    return x === null ? 'non disponible' : new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  }

  private entier(x: number | null): string {
    return x === null ? 'non disponible' : new Intl.NumberFormat('fr-FR').format(x);
  }
}
