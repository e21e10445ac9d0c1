import { ChangeDetectionStrategy, Component, ViewEncapsulation, input, output } from '@angular/core';
import { AideEvaluee, Periodicite, PointAPreciser, ReponseEligibilite, StatutAide, StatutCritere } from './aides';

const STATUTS: Readonly<Record<StatutAide, { libelle: string; badge: string }>> = {
  eligible: { libelle: 'éligible', badge: 'fr-badge--success' },
  'a-confirmer': { libelle: 'à confirmer', badge: 'fr-badge--warning' },
  'non-eligible': { libelle: 'non éligible', badge: 'fr-badge--error' },
};
const CRITERES: Readonly<Record<StatutCritere, { libelle: string; icone: string }>> = {
  rempli: { libelle: 'Rempli', icone: 'fr-icon-checkbox-circle-line aides__critere--rempli' },
  'non-rempli': { libelle: 'Non rempli', icone: 'fr-icon-close-circle-line aides__critere--non-rempli' },
  'a-verifier': { libelle: 'À vérifier', icone: 'fr-icon-question-line aides__critere--a-verifier' },
};
const PERIODICITES: Readonly<Record<Periodicite, string>> = {
  unique: 'versement unique',
  mois: 'par mois',
  semestre: 'par semestre',
  an: 'par an',
};
/** Form fields the aid finder asks (an « à préciser » point on another field is only shown). */
const CHAMPS_DU_FORMULAIRE = new Set([
  'profession',
  'premiereInstallation',
  'dateInstallation',
  'secteur',
  'modeExercice',
  'joursParSemaine',
  'age',
  'permanenceDesSoins',
  'aidesAnterieures',
  'typeProjet',
]);

/** The explained answer: per aid its status, amount, every criterion with its reason and source; totals per periodicity. */
@Component({
  selector: 'mlg-reponse-aides',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: the print rules must reach the whole page (hide everything but the answer).
  encapsulation: ViewEncapsulation.None,
  template: `
    @let r = reponse();
    <section class="aides-reponse" aria-labelledby="aides-reponse-titre" data-testid="aides-reponse">
      <h3 id="aides-reponse-titre" class="fr-h6 fr-mb-1w" tabindex="-1">Aides pour {{ r.commune.nom }} ({{ r.commune.code }}) au {{ dateFr(r.date) }}</h3>
      @if (r.zonage.medecin; as z) {
        <p class="fr-text--sm fr-mb-1w">
          Zonage médecins généralistes : <strong>{{ z.classe ?? 'non classée' }}</strong>
          @if (z.version; as v) {
            — {{ v.libelle }}, {{ v.dateArrete ? 'arrêté du ' + dateFr(v.dateArrete) : 'date d’arrêté inconnue' }}.
          }
        </p>
      }
      @for (a of r.avertissements; track a) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
          <p class="fr-text--sm">{{ a }}</p>
        </div>
      }

      <div class="fr-callout fr-p-2w fr-mb-2w" data-testid="aides-totaux">
        <h4 class="fr-callout__title fr-text--md">Montants</h4>
        @for (t of r.total.eligibles; track t.periodicite) {
          <p class="fr-text--sm fr-mb-1v">
            Aides éligibles : <strong>{{ montant(t.min, t.max) }}</strong> {{ periodicite(t.periodicite) }} ({{ t.aides.length }} aide{{
              t.aides.length > 1 ? 's' : ''
            }})
          </p>
        } @empty {
          <p class="fr-text--sm fr-mb-1v">Aucun montant acquis à ce stade.</p>
        }
        @for (t of r.total.potentiel; track t.periodicite) {
          <p class="fr-text--sm fr-mb-1v">Avec les aides à confirmer : {{ montant(t.min, t.max) }} {{ periodicite(t.periodicite) }}</p>
        }
        @if (r.total.nonChiffrees.length) {
          <p class="fr-text--xs fr-mb-0">
            {{ r.total.nonChiffrees.length }} aide{{ r.total.nonChiffrees.length > 1 ? 's' : '' }} non chiffrable{{
              r.total.nonChiffrees.length > 1 ? 's' : ''
            }}
            (majoration, exonération, formule) ; les montants de périodicités différentes ne s’additionnent pas.
          </p>
        }
      </div>

      @if (aPreciser().length) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" data-testid="aides-a-preciser">
          <h4 class="fr-alert__title fr-text--sm">Pour trancher les aides à confirmer</h4>
          <ul class="fr-text--sm fr-mb-0">
            @for (p of aPreciser(); track p.champ ?? p.question ?? p.libelle) {
              <li>
                {{ p.question ?? p.libelle }}
                @if (p.champ && champDuFormulaire(p.champ)) {
                  <button type="button" class="fr-link fr-text--sm aides-reponse__action" (click)="preciser.emit(p.champ)">Répondre</button>
                }
              </li>
            }
          </ul>
        </div>
      }

      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm aides-reponse__action">
        <li>
          <button type="button" class="fr-btn fr-btn--secondary" [disabled]="impressionEnCours()" (click)="imprimable.emit()">
            Version imprimable (nouvel onglet)
          </button>
        </li>
        <li><button type="button" class="fr-btn fr-btn--tertiary" (click)="imprimer()">Imprimer cette page</button></li>
      </ul>
      @if (erreurImpression(); as message) {
        <p class="fr-error-text">{{ message }}</p>
      }

      @for (aide of r.aides; track aide.id) {
        <article class="aides-reponse__aide" [attr.data-aide]="aide.id" [attr.aria-labelledby]="'aide-' + aide.id">
          <h4 class="fr-text--md fr-text--bold fr-mb-1v" [id]="'aide-' + aide.id">{{ aide.nom }}</h4>
          <p class="fr-mb-1v">
            <span class="fr-badge fr-badge--sm fr-badge--no-icon" [class]="statut(aide).badge" data-testid="aide-statut">{{ statut(aide).libelle }}</span>
            <span class="fr-text--sm fr-text--bold fr-ml-1w" data-testid="aide-montant">{{ aide.montant.libelle }}</span>
          </p>
          <p class="fr-text--xs fr-mb-1v">
            {{ aide.financeur.nom }}
            @if (aide.duree) {
              · {{ aide.duree }}
            }
          </p>
          <p class="fr-text--sm fr-mb-1v">{{ aide.description }}</p>
          <details class="fr-mb-1w" [open]="aide.statut !== 'non-eligible'">
            <summary class="fr-text--sm">Critères ({{ aide.criteres.length }})</summary>
            <ul class="aides-reponse__criteres">
              @for (c of aide.criteres; track $index) {
                <li class="fr-text--sm" data-testid="aide-critere">
                  <span [class]="critere(c.statut).icone" aria-hidden="true"></span>
                  <span class="fr-sr-only">{{ critere(c.statut).libelle }} :</span>
                  <strong>{{ c.libelle }}</strong> — {{ c.raison }}
                  @if (c.sourceRegle; as s) {
                    <br /><span class="fr-text--xs"
                      >Règle :
                      @if (s.url) {
                        <a class="fr-link fr-text--xs" [href]="s.url" target="_blank" rel="noopener" [title]="s.libelle + ' (nouvelle fenêtre)'">{{
                          s.libelle
                        }}</a>
                      } @else {
                        {{ s.libelle }}
                      }
                    </span>
                  }
                  @if (c.sourceFait) {
                    <br /><span class="fr-text--xs">Donnée : {{ c.sourceFait }}</span>
                  }
                  @if (c.details?.length) {
                    <ul>
                      @for (d of c.details; track $index) {
                        <li class="fr-text--xs">
                          <span class="fr-sr-only">{{ critere(d.statut).libelle }} :</span><span [class]="critere(d.statut).icone" aria-hidden="true"></span>
                          {{ d.libelle }} — {{ d.raison }}
                        </li>
                      }
                    </ul>
                  }
                </li>
              }
            </ul>
          </details>
          @if (aide.demarches.length) {
            <p class="fr-text--xs fr-mb-1v">Démarches : {{ aide.demarches.join(' ') }}</p>
          }
          <p class="fr-text--xs fr-mb-0">
            Sources :
            @for (s of aide.sources; track $index; let dernier = $last) {
              @if (s.url) {
                <a class="fr-link fr-text--xs" [href]="s.url" target="_blank" rel="noopener" [title]="s.libelle + ' (nouvelle fenêtre)'">{{ s.libelle }}</a>
              } @else {
                {{ s.libelle }}
              }
              @if (s.consulteLe) {
                (consulté le {{ dateFr(s.consulteLe) }})
              }
              @if (!dernier) {
                ;
              }
            }
          </p>
        </article>
      }

      @if (r.horsPeriode.length) {
        <details class="fr-mt-2w">
          <summary class="fr-text--sm">Aides fermées ou pas encore ouvertes à cette date ({{ r.horsPeriode.length }})</summary>
          <ul class="fr-text--xs">
            @for (h of r.horsPeriode; track h.id) {
              <li>
                <strong>{{ h.nom }}</strong> — {{ h.motif }}
              </li>
            }
          </ul>
        </details>
      }
      <p class="fr-text--xs fr-mt-2w fr-mb-0">Catalogue des aides, version {{ r.catalogue.version }}. {{ r.catalogue.verification }}</p>
    </section>
  `,
  styles: `
    mlg-reponse-aides {
      display: block;
    }
    .aides-reponse__aide {
      padding: 0.75rem 0;
      border-top: 1px solid var(--border-default-grey);
    }
    .aides-reponse__criteres {
      padding-left: 0;
      list-style: none;
    }
    .aides-reponse__criteres > li {
      margin-bottom: 0.5rem;
    }
    .aides__critere--rempli {
      color: var(--text-default-success);
    }
    .aides__critere--non-rempli {
      color: var(--text-default-error);
    }
    .aides__critere--a-verifier {
      color: var(--text-default-warning);
    }
    .aides-reponse [class*='fr-icon-']::before {
      --icon-size: 1rem;
    }
    @media print {
      body * {
        visibility: hidden;
      }
      .aides-reponse,
      .aides-reponse * {
        visibility: visible;
      }
      .aides-reponse {
        position: absolute;
        left: 0;
        top: 0;
        width: 100%;
      }
      .aides-reponse__action {
        display: none !important;
      }
      .aides-reponse a[href]::after {
        content: ' (' attr(href) ')';
        font-size: 0.75em;
      }
    }
  `,
})
export class ReponseAidesComponent {
  readonly reponse = input.required<ReponseEligibilite>();
  readonly aPreciser = input<readonly PointAPreciser[]>([]);
  readonly impressionEnCours = input(false);
  readonly erreurImpression = input<string | null>(null);
  /** A form field to fill (an « à préciser » point). */
  readonly preciser = output<string>();
  readonly imprimable = output<void>();

  protected statut(aide: AideEvaluee) {
    return STATUTS[aide.statut];
  }

  protected critere(statut: StatutCritere) {
    return CRITERES[statut];
  }

  protected periodicite(p: Periodicite): string {
    return PERIODICITES[p];
  }

  protected champDuFormulaire(champ: string): boolean {
    return CHAMPS_DU_FORMULAIRE.has(champ);
  }

  protected montant(min: number, max: number): string {
    const euros = (n: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n)} €`;
    return min === max ? euros(min) : `${euros(min)} à ${euros(max)}`;
  }

  protected dateFr(iso: string): string {
    const [a, m, j] = iso.split('-').map(Number);
    return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(a, m - 1, j)));
  }

  protected imprimer(): void {
    window.print();
  }
}
