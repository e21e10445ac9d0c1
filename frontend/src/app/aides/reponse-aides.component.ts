import { ChangeDetectionStrategy, Component, ViewEncapsulation, computed, input, output } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { AideEvaluee, ClasseZonage, Periodicite, PointAPreciser, ReponseEligibilite, SourceAide, StatutAide, StatutCritere } from './aides';
import { ContexteControle, controleDuChamp, valeurDuChamp } from './champs-a-preciser';
import { FormulaireAides, formulaireVide } from './demande-du-formulaire';
import { QuestionAPreciserComponent } from './question-a-preciser.component';
import { TypographiePipe } from './typographie.pipe';

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
const NOMS_ZONAGE: Readonly<Record<string, string>> = {
  medecin: 'Zonage médecins généralistes',
  infirmier: 'Zonage des infirmiers',
  'sage-femme': 'Zonage des sages-femmes',
  'masseur-kinesitherapeute': 'Zonage des masseurs-kinésithérapeutes',
  'chirurgien-dentiste': 'Zonage des chirurgiens-dentistes',
  orthophoniste: 'Zonage des orthophonistes',
  orthoptiste: 'Zonage des orthoptistes',
};
const CLASSES: Readonly<Record<string, string>> = {
  ZIP: 'ZIP',
  ZAC: 'ZAC',
  ZAR: 'ZAR',
  HZ: 'hors zonage',
  MIXTE: 'classes différentes selon les quartiers',
  TRES_SOUS_DOTEE: 'très sous-dotée',
  SOUS_DOTEE: 'sous-dotée',
  INTERMEDIAIRE: 'intermédiaire',
  TRES_DOTEE: 'très dotée',
  SUR_DOTEE: 'sur-dotée',
};
const PLURIEL = new Intl.PluralRules('fr-FR');
/** « 1 aide », « 2 aides » (Intl.PluralRules), never « aide(s) ». */
const accorder = (n: number, un: string, plusieurs: string) => (PLURIEL.select(n) === 'one' ? un : plusieurs);

/** The explained answer: per aid its status, amount, every criterion with its reason and source; totals per periodicity. */
@Component({
  selector: 'mlg-reponse-aides',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Not encapsulated: the print rules must reach the whole page (hide everything but the answer).
  encapsulation: ViewEncapsulation.None,
  imports: [NgTemplateOutlet, QuestionAPreciserComponent, TypographiePipe],
  template: `
    @let r = reponse();
    <section class="aides-reponse" aria-labelledby="aides-reponse-titre" data-testid="aides-reponse">
      <h3 id="aides-reponse-titre" class="fr-h6 fr-mb-1w" tabindex="-1">Aides pour {{ r.commune.nom }} ({{ r.commune.code }}) au {{ dateFr(r.date) }}</h3>
      @for (z of zonages(); track z.nom) {
        <p class="fr-text--sm fr-mb-1w" data-testid="aides-zonage">
          {{ z.nom }}&nbsp;: <strong>{{ z.classe }}</strong>
          @if (z.version; as v) {
            — {{ v.libelle }}, {{ v.dateArrete ? 'arrêté du ' + dateFr(v.dateArrete) : 'date d’arrêté inconnue' }}.
          }
          @if (z.perimee; as p) {
            <br /><span class="aides-reponse__perimee">Version périmée à cette date&nbsp;: {{ p.motif | typo }}</span>
            @if (p.source) {
              — <a class="fr-link fr-text--sm" [href]="p.source" target="_blank" rel="noopener" title="Page de l’ARS (nouvelle fenêtre)">page de l’ARS</a>
            }
          }
        </p>
      }
      @for (a of r.avertissements; track a) {
        <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-1w">
          <p class="fr-text--sm">{{ a | typo }}</p>
        </div>
      }

      <div class="fr-callout fr-p-2w fr-mb-2w" data-testid="aides-totaux">
        <h4 class="fr-callout__title fr-text--md">Montants</h4>
        @for (t of r.total.eligibles; track t.periodicite) {
          <p class="fr-text--sm fr-mb-1v">
            Aides éligibles&nbsp;: <strong>{{ montant(t.min, t.max) }}</strong> {{ periodicite(t.periodicite) }} ({{ t.aides.length }}
            {{ accorder(t.aides.length, 'aide', 'aides') }})
          </p>
        } @empty {
          <p class="fr-text--sm fr-mb-1v">Aucun montant acquis à ce stade.</p>
        }
        @for (t of r.total.potentiel; track t.periodicite) {
          <p class="fr-text--sm fr-mb-1v">Avec les aides à confirmer&nbsp;: {{ montant(t.min, t.max) }} {{ periodicite(t.periodicite) }}</p>
        }
        @if (r.total.nonChiffrees.length; as n) {
          <p class="fr-text--xs fr-mb-0">
            {{ n }} {{ accorder(n, 'aide non chiffrable', 'aides non chiffrables') }} (majoration, exonération, formule)&nbsp;; les montants de périodicités
            différentes ne s’additionnent pas, ni les aides qui s’excluent.
          </p>
        }
      </div>

      @if (aPreciser().length) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w" data-testid="aides-a-preciser">
          <h4 class="fr-alert__title fr-text--sm">Pour trancher les aides à confirmer</h4>
          <p class="fr-text--xs fr-mb-1v">Répondez ici&nbsp;: la réponse est recalculée aussitôt.</p>
          @for (p of aPreciser(); track p.champ ?? p.question ?? p.libelle; let i = $index) {
            <mlg-question-a-preciser
              [point]="p"
              [identifiant]="'aides-question-' + i"
              [controle]="controle(p)"
              [valeur]="p.champ ? valeurDuChamp(formulaire(), p.champ) : ''"
              (reponse)="p.champ && repondre.emit({ champ: p.champ, valeur: $event })"
              (ouvrir)="p.champ && preciser.emit(p.champ)"
            />
          }
        </div>
      }

      <div class="fr-mb-2w" data-testid="aides-locales">
        @if (r.aidesLocales; as l) {
          @if (l.message) {
            <p class="fr-text--sm fr-mb-1v">{{ l.message | typo }}</p>
            @if (l.ars?.paps; as paps) {
              <a class="fr-link fr-text--sm" [href]="paps" target="_blank" rel="noopener" [title]="'Portail de ' + l.ars!.ars + ' (nouvelle fenêtre)'"
                >Portail de {{ l.ars!.ars }}</a
              >
            }
          } @else {
            <p class="fr-text--sm fr-mb-0">
              {{ l.recensees }} {{ accorder(l.recensees, 'aide locale recensée', 'aides locales recensées') }} pour cette commune (région, département,
              intercommunalité ou commune).
            </p>
          }
        }
      </div>

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
        <ng-container *ngTemplateOutlet="carte; context: { $implicit: aide }" />
      }

      @if (r.aLaDateInstallation?.length) {
        <h4 class="fr-text--md fr-text--bold fr-mt-3w fr-mb-1v" data-testid="aides-date-installation">
          Ce qui s’appliquait à la date de votre installation ({{ dateFr(r.demande.dateInstallation!) }})
        </h4>
        <p class="fr-text--xs fr-mb-1v">Aides fermées depuis, jamais additionnées aux montants ci-dessus.</p>
        @for (aide of r.aLaDateInstallation; track aide.id) {
          <ng-container *ngTemplateOutlet="carte; context: { $implicit: aide }" />
        }
      }

      @if (r.autresPublics?.length) {
        <details class="fr-mt-2w">
          <summary class="fr-text--sm">Aides destinées à d’autres professions ou publics ({{ r.autresPublics!.length }})</summary>
          <ul class="fr-text--xs">
            @for (h of r.autresPublics; track h.id) {
              <li>
                <strong>{{ h.nom | typo }}</strong> — {{ h.motif | typo }}
              </li>
            }
          </ul>
        </details>
      }
      @if (r.horsPeriode.length) {
        <details class="fr-mt-2w">
          <summary class="fr-text--sm">Aides fermées ou pas encore ouvertes à cette date ({{ r.horsPeriode.length }})</summary>
          <ul class="fr-text--xs">
            @for (h of r.horsPeriode; track h.id) {
              <li>
                <strong>{{ h.nom | typo }}</strong> — {{ h.motif | typo }}
              </li>
            }
          </ul>
        </details>
      }
      <p class="fr-text--xs fr-mt-2w fr-mb-0">Catalogue des aides, version {{ r.catalogue.version }}. {{ r.catalogue.verification | typo }}</p>
    </section>

    <ng-template #carte let-aide>
      <article class="aides-reponse__aide" [attr.data-aide]="aide.id" [attr.aria-labelledby]="'aide-' + aide.id">
        <h4 class="fr-text--md fr-text--bold fr-mb-1v" [id]="'aide-' + aide.id">{{ aide.nom | typo }}</h4>
        <p class="fr-mb-1v">
          <span class="fr-badge fr-badge--sm fr-badge--no-icon" [class]="statut(aide).badge" data-testid="aide-statut">{{ statut(aide).libelle }}</span>
          <span class="fr-text--sm fr-text--bold fr-ml-1w" data-testid="aide-montant">{{ aide.montant.libelle | typo }}</span>
        </p>
        @if (aide.motif) {
          <p class="fr-text--xs fr-mb-1v">{{ aide.motif | typo }}</p>
        }
        @if (aide.statut === 'non-eligible' && aide.nonRemplis.length) {
          <p class="fr-text--sm fr-mb-1v aides-reponse__refus" data-testid="aide-refus">
            {{ aide.nonRemplis.length > 1 ? 'Critères non remplis' : 'Critère non rempli' }}&nbsp;:
            @for (c of aide.nonRemplis; track $index; let dernier = $last) {
              <strong>{{ c.libelle | typo }}</strong> — {{ c.raison | typo }}{{ dernier ? '' : ' ; ' }}
            }
          </p>
        }
        <p class="fr-text--xs fr-mb-1v">
          {{ aide.financeur.nom | typo }}
          @if (aide.duree) {
            · {{ aide.duree | typo }}
          }
        </p>
        <p class="fr-text--sm fr-mb-1v">{{ aide.description | typo }}</p>
        <details class="fr-mb-1w" [open]="aide.statut !== 'non-eligible'">
          <summary class="fr-text--sm">Critères ({{ aide.criteres.length }})</summary>
          <ul class="aides-reponse__criteres">
            @for (c of aide.criteres; track $index) {
              <li class="fr-text--sm" data-testid="aide-critere">
                <span [class]="critere(c.statut).icone" aria-hidden="true"></span>
                <span class="fr-sr-only">{{ critere(c.statut).libelle }}&nbsp;:</span>
                <strong>{{ c.libelle | typo }}</strong> — {{ c.raison | typo }}
                @if (c.sourceRegle; as s) {
                  <br /><span class="fr-text--xs"
                    >Règle&nbsp;:
                    @if (s.url) {
                      <a class="fr-link fr-text--xs" [href]="s.url" target="_blank" rel="noopener" [title]="s.libelle + ' (nouvelle fenêtre)'">{{
                        s.libelle
                      }}</a>
                    } @else {
                      {{ s.libelle | typo }}
                    }
                  </span>
                }
                @if (c.sourceFait) {
                  <br /><span class="fr-text--xs">Donnée&nbsp;: {{ c.sourceFait | typo }}</span>
                }
                @if (c.details?.length) {
                  <ul>
                    @for (d of c.details; track $index) {
                      <li class="fr-text--xs">
                        <span class="fr-sr-only">{{ critere(d.statut).libelle }}&nbsp;:</span><span [class]="critere(d.statut).icone" aria-hidden="true"></span>
                        {{ d.libelle | typo }} — {{ d.raison | typo }}
                      </li>
                    }
                  </ul>
                }
              </li>
            }
          </ul>
        </details>
        @if (aide.demarches.length) {
          <p class="fr-text--xs fr-mb-1v">Démarches&nbsp;: {{ aide.demarches.join(' ') | typo }}</p>
        }
        <p class="fr-text--xs fr-mb-0">
          Sources&nbsp;:
          @for (s of aide.sources; track $index; let dernier = $last) {
            @if (s.url) {
              <a class="fr-link fr-text--xs" [href]="s.url" target="_blank" rel="noopener" [title]="s.libelle + ' (nouvelle fenêtre)'">{{
                s.libelle | typo
              }}</a>
            } @else {
              {{ s.libelle | typo }}
            }
            ({{ dateSource(s) }}){{ dernier ? '' : ' ;' }}
          }
        </p>
      </article>
    </ng-template>
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
    .aides-reponse__refus {
      color: var(--text-default-error);
    }
    .aides-reponse__perimee {
      color: var(--text-default-warning);
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
      .aides-reponse__action,
      mlg-question-a-preciser {
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
  /** The form as it stands, to show each question's current answer. */
  readonly formulaire = input<FormulaireAides>(formulaireVide());
  readonly impressionEnCours = input(false);
  readonly erreurImpression = input<string | null>(null);
  /** A question answered in place: the request field and its value ('' = no answer). */
  readonly repondre = output<{ champ: string; valeur: string }>();
  /** A form field to fill there (a list, or a field without an inline control). */
  readonly preciser = output<string>();
  readonly imprimable = output<void>();

  protected readonly accorder = accorder;
  protected readonly valeurDuChamp = valeurDuChamp;

  private readonly contexte = computed<ContexteControle>(() => ({
    profession: this.formulaire().profession,
    qpv: this.reponse().zonage.qpv ?? [],
  }));

  /** The zonages the answer used: médecins généralistes, and the declared profession's own, with their validity. */
  protected readonly zonages = computed(() => {
    const z = this.reponse().zonage;
    const liste: { nom: string; z: ClasseZonage }[] = [];
    if (z.medecin) liste.push({ nom: NOMS_ZONAGE['medecin'], z: z.medecin });
    if (z.profession && z.profession.zonage !== 'medecin')
      liste.push({ nom: NOMS_ZONAGE[z.profession.zonage] ?? 'Zonage de votre profession', z: z.profession.classe });
    return liste.map(({ nom, z: c }) => ({
      nom,
      classe: c.version ? (c.classe ? (CLASSES[c.classe] ?? c.classe) : 'pas de classe publiée') : 'zonage non chargé à cette date',
      version: c.version,
      perimee: c.validite?.statut === 'perimee' ? { motif: c.validite.motif ?? '', source: c.validite.source } : null,
    }));
  });

  protected controle(p: PointAPreciser) {
    return p.champ ? controleDuChamp(p.champ, this.contexte(), p.question) : null;
  }

  protected statut(aide: AideEvaluee) {
    return STATUTS[aide.statut];
  }

  protected critere(statut: StatutCritere) {
    return CRITERES[statut];
  }

  protected periodicite(p: Periodicite): string {
    return PERIODICITES[p];
  }

  protected montant(min: number, max: number): string {
    const euros = (n: number) => `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n)} €`;
    return min === max ? euros(min) : `${euros(min)} à ${euros(max)}`;
  }

  protected dateFr(iso: string): string {
    const [a, m, j] = iso.split('-').map(Number);
    if (j === 1) return `1er ${new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(a, m - 1, 1)))}`;
    return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(a, m - 1, j)));
  }

  /** « consulté le » for a page read, « saisi le » for an address entered unread; « source non officielle » when so. */
  protected dateSource(s: SourceAide): string {
    const quand = s.consulteLe ? `consulté le ${this.dateFr(s.consulteLe)}` : s.saisiLe ? `saisi le ${this.dateFr(s.saisiLe)}` : '';
    return [quand, s.fiabilite === 'secondaire' ? 'source non officielle' : ''].filter(Boolean).join(', ');
  }

  protected imprimer(): void {
    window.print();
  }
}
