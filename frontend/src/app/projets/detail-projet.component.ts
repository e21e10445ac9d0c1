import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { medecinsEngages } from './liste-projets.component';
import { AideProjet, DetailProjet, ETAPES_PROJET, EtapeProjet, LIBELLES_ETAPE, LIBELLES_PORTEUR, LIBELLES_TYPE_PROJET, Projet, StatutAide } from './projet';
import { TypographiePipe } from '../aides/typographie.pipe';
import { VerdictBadgeComponent } from './verdict-badge.component';
import { accord, nombreEtNom } from '../texte/pluriel';
import { LIBELLES_CLASSE_ACCES } from '../simulation/simulation';

const STATUTS_AIDE: Readonly<Record<StatutAide, { libelle: string; classe: string }>> = {
  eligible: { libelle: 'éligible', classe: 'fr-badge--success' },
  'a-confirmer': { libelle: 'à confirmer', classe: 'fr-badge--new' },
  'non-eligible': { libelle: 'non éligible', classe: '' },
};

/** Structures listed before « voir toutes » (a city has dozens within 20 minutes). */
const STRUCTURES_AFFICHEES = 8;

/**
 * One project: its need (APL of its commune with source and year, 2010-circular verdict), the simulated impact of
 * opening it, the aids it is eligible for, the neighbouring projects and structures (overlap warning), and the links
 * to the printable sheet. The stage is editable by those who may change the project.
 */
@Component({
  selector: 'mlg-detail-projet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, TypographiePipe, VerdictBadgeComponent],
  template: `
    @let p = projet();
    <button type="button" class="fr-link fr-icon-arrow-left-line fr-link--icon-left fr-mb-2w" (click)="retour.emit()">Retour à la liste</button>
    <h2 class="fr-h5 fr-mb-1w" data-testid="projet-titre">{{ p.nom }}</h2>
    <p class="fr-text--sm fr-mb-1w">
      {{ types[p.type] }} · {{ p.communeNom }} ({{ p.communeCode }}) · porté par {{ p.porteurNom }} ({{ porteurs[p.porteurType] }}) ·
      {{ engages(medecinsEngages(p)) }}
    </p>

    @if (modifiable()) {
      <form class="projets__etape fr-mb-2w" (submit)="$event.preventDefault(); changerEtape.emit(etape())">
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label" for="projet-etape">Étape du projet</label>
          <select class="fr-select" id="projet-etape" [value]="etape()" (change)="etape.set($any($event.target).value)">
            @for (e of etapes; track e.id) {
              <option [value]="e.id" [selected]="e.id === etape()">{{ e.libelle }}</option>
            }
          </select>
        </div>
        <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary" [disabled]="etape() === p.etape || enregistrement()">Enregistrer l’étape</button>
      </form>
    } @else {
      <p class="fr-text--sm">
        Étape : <strong data-testid="projet-etape">{{ libellesEtape[p.etape] }}</strong>
      </p>
    }
    @if (messageEtape(); as m) {
      <p class="fr-text--sm" role="status">{{ m }}</p>
    }

    <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
      <li><button type="button" class="fr-btn fr-btn--secondary fr-icon-external-link-line" (click)="fiche.emit()">Fiche imprimable</button></li>
    </ul>

    @if (detail(); as d) {
      <h3 class="fr-text--lg fr-text--bold fr-mb-1w">Besoin de la zone</h3>
      @if (d.besoin.disponible) {
        @if (d.besoin.verdict; as v) {
          <p class="fr-mb-1w"><mlg-verdict-badge [cible]="v.cible" /></p>
          <p class="fr-text--sm fr-mb-1w">{{ v.explication }}</p>
          <p class="fr-text--xs projets__note">{{ v.critere }}</p>
        }
        @if (d.besoin.indicateurs?.commune; as c) {
          <dl class="fr-text--sm projets__chiffres" data-testid="projet-besoin">
            <dt>APL de {{ c.nom }}</dt>
            <dd>
              {{ (c.apl?.valeur | number: '1.1-2' : 'fr') ?? '—' }} {{ accordConsultations(c.apl?.valeur ?? null) }} par an et par habitant
              @if (c.classe?.valeur; as classe) {
                ({{ libelleClasse(classe) }})
              }
              <br /><span class="fr-text--xs projets__note">Source : {{ c.apl?.source?.libelle }} ({{ c.apl?.source?.millesime }})</span>
            </dd>
          </dl>
        }
        @if (d.besoin.indicateurs?.zone; as z) {
          <dl class="fr-text--sm projets__chiffres">
            <dt>APL de la zone couverte</dt>
            <dd>
              {{ (z.apl?.valeur | number: '1.1-2' : 'fr') ?? '—' }}
              <br /><span class="fr-text--xs projets__note">Source : {{ z.apl?.source?.libelle }} ({{ z.apl?.source?.millesime }})</span>
            </dd>
          </dl>
        }
      } @else {
        <p class="fr-text--sm">{{ d.besoin.message }}</p>
      }

      <h3 class="fr-text--lg fr-text--bold fr-mb-1w">Impact simulé</h3>
      @if (d.impact.disponible && d.impact.commune; as i) {
        <dl class="fr-text--sm projets__chiffres" data-testid="projet-impact">
          <dt>ΔAPL de {{ i.nom ?? d.communeNom }}</dt>
          <dd>
            {{ i.deltaApl >= 0 ? '+' : '' }}{{ i.deltaApl | number: '1.1-3' : 'fr' }}
            @if (i.aplAvant !== undefined && i.aplApres !== undefined) {
              ({{ i.aplAvant | number: '1.1-2' : 'fr' }} → {{ i.aplApres | number: '1.1-2' : 'fr' }})
            }
          </dd>
          <dt>Population passant au-dessus de 2,5</dt>
          <dd>{{ d.impact.populationAuDessusDe2_5?.population ?? 0 | number: '1.0-0' : 'fr' }} hab.</dd>
          <dt>Population passant au-dessus de 4</dt>
          <dd>{{ d.impact.populationAuDessusDe4?.population ?? 0 | number: '1.0-0' : 'fr' }} hab.</dd>
          <dt>Communes dont l’APL change</dt>
          <dd>{{ d.impact.communesTouchees ?? 0 | number: '1.0-0' : 'fr' }}</dd>
        </dl>
        <p class="fr-text--xs projets__note">
          {{ d.impact.hypotheses?.medecinsEngages }} Source : {{ d.impact.source?.libelle }} ({{ d.impact.source?.millesime }}).
        </p>
      } @else {
        <p class="fr-text--sm">{{ d.impact.message ?? d.impact.raison ?? 'Impact non simulé.' }}</p>
      }

      <h3 class="fr-text--lg fr-text--bold fr-mb-1w">Aides éligibles</h3>
      @if (d.aides.disponible) {
        @for (ev of d.aides.evaluations ?? []; track ev.situation) {
          <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-1w">
            <table data-testid="projet-aides">
              <caption>
                {{
                  ev.libelle
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Aide</th>
                  <th scope="col">Statut</th>
                  <th scope="col">Montant</th>
                  <th scope="col">Pourquoi</th>
                </tr>
              </thead>
              <tbody>
                @for (a of triees(ev.aides); track a.id) {
                  <tr>
                    <td>{{ a.nom }}</td>
                    <td>
                      <p class="fr-badge fr-badge--sm fr-badge--no-icon" [class]="statuts[a.statut].classe">{{ statuts[a.statut].libelle }}</p>
                    </td>
                    <td>{{ a.montant.libelle }}</td>
                    <td class="fr-text--xs" data-testid="projet-aide-pourquoi">
                      @if (a.statut === 'non-eligible' && a.nonRemplis?.length) {
                        Critère non rempli&nbsp;: {{ a.nonRemplis![0].libelle | typo }} — {{ a.nonRemplis![0].raison | typo }}
                      } @else if (a.statut === 'a-confirmer' && a.aPreciser?.length) {
                        À préciser&nbsp;: {{ a.aPreciser![0].question ?? a.aPreciser![0].libelle | typo }}
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        <p class="fr-text--xs projets__note">Aides évaluées au {{ d.aides.date }} par le guichet des aides (onglet « Aides »).</p>
      } @else {
        <p class="fr-text--sm">{{ d.aides.message ?? d.aides.raison ?? 'Aides non évaluées.' }}</p>
      }

      <h3 class="fr-text--lg fr-text--bold fr-mb-1w">Projets et structures à moins de {{ d.voisins.minutesMax }} minutes</h3>
      @if (d.voisins.alerte; as alerte) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" data-testid="projet-alerte-chevauchement">
          <p>{{ alerte }}</p>
        </div>
      }
      @if (d.voisins.avertissement; as a) {
        <p class="fr-text--sm fr-message fr-message--warning" data-testid="projet-couverture-structures">{{ a }}</p>
      }
      @if (d.voisins.projets.length) {
        <p class="fr-text--sm fr-text--bold fr-mb-1v">Autres projets</p>
        <ul class="fr-text--sm">
          @for (v of d.voisins.projets; track v.id) {
            <li>{{ v.nom }} — {{ v.communeNom }}, {{ v.minutes | number: '1.0-0' : 'fr' }} min ({{ libellesEtape[v.etape] }})</li>
          }
        </ul>
      }
      @if (d.voisins.structures === null) {
        <p class="fr-text--sm" data-testid="projet-structures-inconnues">Structures à moins de {{ d.voisins.minutesMax }} minutes : non connues.</p>
      } @else if (d.voisins.structures.length) {
        <p class="fr-text--sm fr-text--bold fr-mb-1v">Structures ({{ d.voisins.structures.length }})</p>
        <ul class="fr-text--sm">
          @for (s of structuresAffichees(); track s.id) {
            <li>
              {{ s.nom }} ({{ s.type.toUpperCase() }}) — {{ s.communeNom }}, {{ s.minutes | number: '1.0-0' : 'fr' }} min
              @if (s.concurrente) {
                · <strong>concurrente</strong>
              }
            </li>
          }
        </ul>
        @if (d.voisins.structures.length > structuresMax && !toutesStructures()) {
          <button type="button" class="fr-link fr-text--sm" (click)="toutesStructures.set(true)">Voir les {{ d.voisins.structures.length }} structures</button>
        }
      }
      <p class="fr-text--xs projets__note">Méthode : {{ d.voisins.methode }}. Source : {{ d.voisins.source }}.</p>
    } @else if (erreur(); as e) {
      <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>{{ e }}</p>
      </div>
    } @else {
      <p class="fr-text--sm" role="status">Analyse du projet en cours (besoin, impact simulé, aides, voisins)…</p>
    }
  `,
  styles: `
    .projets__etape {
      display: flex;
      gap: 0.75rem;
      align-items: flex-end;
    }
    .projets__note {
      color: var(--text-mention-grey);
    }
    .projets__chiffres dd {
      margin-left: 0;
      margin-bottom: 0.5rem;
    }
    .projets__chiffres dt {
      font-weight: 700;
    }
  `,
})
export class DetailProjetComponent {
  readonly projet = input.required<Projet>();
  readonly detail = input<DetailProjet | null>(null);
  readonly erreur = input<string | null>(null);
  readonly modifiable = input(false);
  readonly enregistrement = input(false);
  readonly messageEtape = input<string | null>(null);
  readonly retour = output<void>();
  readonly fiche = output<void>();
  readonly changerEtape = output<EtapeProjet>();

  protected readonly etape = linkedSignal(() => this.projet().etape);
  protected readonly toutesStructures = linkedSignal({ source: () => this.projet().id, computation: () => false });
  protected readonly structuresMax = STRUCTURES_AFFICHEES;
  protected readonly structuresAffichees = computed(() => {
    const structures = this.detail()?.voisins.structures ?? [];
    return this.toutesStructures() ? structures : structures.slice(0, STRUCTURES_AFFICHEES);
  });
  protected readonly types = LIBELLES_TYPE_PROJET;
  protected readonly porteurs = LIBELLES_PORTEUR;
  protected readonly etapes = ETAPES_PROJET;
  protected readonly libellesEtape = LIBELLES_ETAPE;
  protected readonly statuts = STATUTS_AIDE;
  protected readonly medecinsEngages = medecinsEngages;
  protected engages(n: number): string {
    return nombreEtNom(n, 'médecin généraliste engagé', 'médecins généralistes engagés');
  }
  /** The access class in words (« fragile, menacée… »), never its code. */
  protected libelleClasse(classe: string): string {
    return LIBELLES_CLASSE_ACCES[classe as keyof typeof LIBELLES_CLASSE_ACCES] ?? classe;
  }
  /** « 1,5 consultation », « 2,58 consultations » (no value: plural). */
  protected accordConsultations(apl: number | null): string {
    return apl === null ? 'consultations' : accord(apl, 'consultation');
  }

  /** Eligible first, then to confirm, then not eligible. */
  protected triees(aides: readonly AideProjet[]): AideProjet[] {
    const rang: Record<StatutAide, number> = { eligible: 0, 'a-confirmer': 1, 'non-eligible': 2 };
    return [...aides].sort((a, b) => rang[a.statut] - rang[b.statut]);
  }
}
