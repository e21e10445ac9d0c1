import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked, viewChild } from '@angular/core';
import { CarteComponent, TerritoireClique } from '../carte/carte.component';
import { telecharger } from '../export/telechargement';
import { ChoroplethIndicateur } from '../indicateurs/indicateur';
import { FicheTerritoire } from '../territoires/territoire';
import { messageErreur } from '../territoires/message-erreur';
import { BrouillonStore } from './brouillon.store';
import { BrouillonSurCarteDirective } from './brouillon-sur-carte.directive';
import { composerCartePng } from '../export/carte-png';
import { JaugesZonageComponent } from './jauges-zonage.component';
import { nombreEtNom } from '../texte/pluriel';
import { TableUnitesComponent } from './table-unites.component';
import { COULEURS_CLASSES, Controle, DiffBrouillon, Etape, LIBELLES_CLASSES, MetaBrouillon, ModificationUnite } from './zonage-cockpit';
import { ZonageCockpitClient } from './zonage-cockpit.client';

/** The map draws no indicator under the draft: an empty choropleth keeps the wrapper's contract. */
const SANS_INDICATEUR: ChoroplethIndicateur = {
  cle: 'cockpit:aucun',
  indicateur: { code: 'population', libelle: '', unite: '', origine: 'population', annees: [], classes: [{ min: 0, couleur: '#ffffff', libelle: '' }] },
  valeurs: new Map(),
};
const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const EXPORTS = [
  { fichier: 'unites.xlsx', libelle: 'Tableau des unités (XLSX)' },
  { fichier: 'unites.csv', libelle: 'Tableau des unités (CSV)' },
  { fichier: 'communes.xlsx', libelle: 'Tableau des communes (XLSX)' },
  { fichier: 'communes.csv', libelle: 'Tableau des communes (CSV)' },
  { fichier: 'annexe.html', libelle: 'Projet d’annexe imprimable' },
];

/** Editing one draft: gauges, map (click a unit to cycle its class), unit table, QPV, diff, exports, consultation, publication. */
@Component({
  selector: 'mlg-editeur-brouillon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CarteComponent, BrouillonSurCarteDirective, JaugesZonageComponent, TableUnitesComponent],
  providers: [BrouillonStore],
  template: `
    @if (store.erreur(); as e) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert" data-testid="cockpit-erreur">
        <p>{{ e }}</p>
      </div>
    }
    @if (store.vue(); as v) {
      <div class="cockpit__entete">
        <div>
          <h2 class="fr-h4 fr-mb-1v" data-testid="brouillon-titre">{{ v.brouillon.libelle }}</h2>
          <p class="fr-text--sm fr-mb-1v">
            {{ v.socle.regionNom }} · unité : {{ v.socle.uniteLibelle }} · {{ v.socle.sourceApl }} ·
            <span class="fr-badge fr-badge--sm" [class.fr-badge--success]="v.brouillon.statut === 'publie'" data-testid="brouillon-statut">{{
              statut(v.brouillon.statut)
            }}</span>
          </p>
          @if (v.socle.zonageEnVigueur; as z) {
            <p class="fr-text--xs fr-mb-0">
              Zonage en vigueur de référence ({{ date(v.socle.dateReference) }}) : {{ z.libelle
              }}{{ z.statut === 'perimee' ? ' — périmé : ' + (z.motif ?? '') : '' }}
            </p>
          }
        </div>
        <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" (click)="fermer.emit()">Retour aux brouillons</button>
      </div>
      @if (store.jauges(); as j) {
        <mlg-jauges-zonage [jauges]="j" [parametres]="v.socle.parametres" [attr.data-duree-maj-ms]="store.dureeDerniereMaj()" />
      }
      @if (store.message(); as m) {
        <div class="fr-alert fr-alert--info fr-alert--sm fr-my-1w" role="status" data-testid="cockpit-message">
          <p>{{ m }}</p>
        </div>
      }
      <div class="cockpit__travail">
        <div class="cockpit__carte">
          <div class="cockpit__cadre-carte">
            <mlg-carte
              [choroplethe]="sansIndicateur"
              [fiche]="ficheRegion()"
              [mlgBrouillonSurCarte]="store.classesCommunes()"
              #brouillonCarte="brouillonSurCarte"
              (territoireClique)="cliquer($event)"
            />
          </div>
          <ul class="cockpit__legende" aria-label="Légende de la carte">
            @for (c of legende; track c.classe) {
              <li><span class="legende__pastille" [style.background]="c.couleur" aria-hidden="true"></span> {{ c.libelle }}</li>
            }
          </ul>
          <p class="fr-text--xs">
            Cliquez sur une commune pour faire passer son unité à la classe suivante (ZIP → ZAC → hors zonage). Les unités verrouillées se forcent dans le
            tableau.
          </p>
          <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left" (click)="exporterCarte()">
            Carte du projet (PNG)
          </button>
        </div>
        <div class="cockpit__table">
          <mlg-table-unites
            [unites]="v.socle.unites"
            [decisions]="store.decisions()"
            [modifiable]="store.modifiable()"
            (modifier)="modifier($event.code, $event.modification)"
          />
        </div>
      </div>

      <section class="fr-mt-4w" aria-labelledby="titre-qpv">
        <h2 id="titre-qpv" class="fr-h5">Quartiers prioritaires (QPV) classés à part</h2>
        <p class="fr-text--sm">
          {{ n(v.socle.qpv.length, 'QPV', 'QPV') }} de la liste 2024 (partielle) dans la région. Un QPV classé à part sort de son unité dans les jauges ; sa
          population est le minimum légal de 1 000 habitants tant que l’ARS n’a pas saisi la population Insee.
        </p>
        @if (v.socle.qpv.length) {
          <div class="fr-table fr-table--sm fr-table--no-caption">
            <div class="fr-table__wrapper">
              <div class="fr-table__container">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      QPV de la région
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">QPV</th>
                        <th scope="col">Communes</th>
                        <th scope="col">Population retenue</th>
                        <th scope="col">Classe</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (q of v.socle.qpv; track q.code) {
                        <tr>
                          <td>
                            {{ q.nom }} <span class="fr-text--xs">({{ q.code }})</span>
                          </td>
                          <td>{{ q.communes.join(', ') }}</td>
                          <td [title]="q.sourcePopulation">{{ entier(q.population) }}{{ q.populationSource === 'minimum_legal' ? ' (minimum légal)' : '' }}</td>
                          <td>
                            <label class="fr-sr-only" [for]="'qpv-' + q.code">Classe du QPV {{ q.nom }}</label>
                            <select
                              class="fr-select"
                              [id]="'qpv-' + q.code"
                              [disabled]="!store.modifiable()"
                              (change)="classerQpv(q.code, $any($event.target).value)"
                            >
                              <option value="" [selected]="!store.qpv().has(q.code)">Suit son unité</option>
                              @for (c of ['ZIP', 'ZAC', 'HZ']; track c) {
                                <option [value]="c" [selected]="store.qpv().get(q.code) === c">{{ libelleClasse(c) }}</option>
                              }
                            </select>
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        }
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-diff">
        <h2 id="titre-diff" class="fr-h5">Différences avec le zonage en vigueur</h2>
        <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" (click)="calculerDiff()" [disabled]="diffEnCours()">
          {{ diffEnCours() ? 'Calcul en cours…' : 'Calculer les différences' }}
        </button>
        @if (diff(); as d) {
          <div data-testid="diff" class="fr-mt-2w">
            <p>
              <strong data-testid="diff-resume"
                >{{ n(d.nbUnitesChangees, 'unité', 'unités') }} et {{ n(d.nbCommunesChangees, 'commune', 'communes') }} changent de classe</strong
              >
              par rapport au zonage du {{ date(d.reference.date) }} ({{ d.reference.libelle }}).
            </p>
            <ul class="fr-text--sm">
              @for (p of d.populationDeplacee; track $index) {
                <li>
                  {{ libelleClasse(p.avant ?? 'inconnue') }} → {{ libelleClasse(p.apres) }} : {{ n(p.population, 'habitant', 'habitants') }},
                  {{ n(p.communes, 'commune', 'communes') }}
                </li>
              }
            </ul>
            <p class="fr-text--sm" data-testid="diff-medecins">
              Médecins généralistes exerçant dans ces communes :
              {{
                d.medecins.disponible
                  ? entier(d.medecins.total ?? 0) + ' (' + d.medecins.source + ')'
                  : 'inconnu — ' + d.medecins.raison + ' ' + (d.medecins.commentCharger ?? '')
              }}
            </p>
            @if (d.aides; as a) {
              <h3 class="fr-h6">Aides dont l’éligibilité change (guichet unique, au {{ date(a.date) }})</h3>
              <ul class="fr-text--sm" data-testid="diff-aides">
                @for (g of a.groupes; track $index) {
                  <li>
                    {{ libelleClasse(g.avant ?? 'inconnue') }} → {{ libelleClasse(g.apres) }}, département {{ g.departement }} ({{
                      n(g.communes, 'commune', 'communes')
                    }}, témoin : {{ g.communeTemoin.nom }}) :
                    {{ g.changements.length ? resumerAides(g.changements) : 'aucune aide ne change' }}
                    @if (g.inchangees.length) {
                      <details class="fr-mt-1v" data-testid="diff-aides-inchangees">
                        <summary>{{ n(g.inchangees.length, 'aide ouverte', 'aides ouvertes') }} sans changement à {{ g.communeTemoin.nom }}</summary>
                        <ul>
                          @for (x of g.inchangees; track x.aide + x.statut) {
                            <li>
                              {{ x.nom }} : {{ x.statut }}
                              @if (x.aPreciser.length) {
                                — à préciser : {{ x.aPreciser.join(' ; ') }}
                              }
                            </li>
                          }
                        </ul>
                      </details>
                    }
                  </li>
                }
              </ul>
              <p class="fr-text--xs">{{ a.note }}</p>
            }
          </div>
        }
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-parametres">
        <h2 id="titre-parametres" class="fr-h5">Paramètres de la méthode</h2>
        <ul class="fr-text--sm" data-testid="parametres">
          @for (p of v.socle.parametres; track p.parametre) {
            <li>
              <strong>{{ p.libelle }}</strong>
              @if (p.statut === 'a_saisir') {
                <span class="fr-badge fr-badge--warning fr-badge--sm">À saisir par l’ARS</span>
              } @else if (p.statut === 'saisi_ars') {
                <span class="fr-badge fr-badge--info fr-badge--sm">Saisi par l’ARS</span>
              }
              — {{ p.provenance }}
            </li>
          }
        </ul>
        @if (store.modifiable()) {
          <form class="cockpit__publication" (submit)="saisirParametre($event)">
            <div class="fr-select-group">
              <label class="fr-label" for="saisie-parametre">Paramètre à saisir</label>
              <select class="fr-select" id="saisie-parametre" name="parametre">
                @for (p of v.socle.parametres; track p.parametre) {
                  <option [value]="p.parametre">{{ p.libelle }}</option>
                }
              </select>
            </div>
            <div class="fr-input-group">
              <label class="fr-label" for="saisie-valeur"
                >Valeur <span class="fr-hint-text">% pour un plafond, APL pour un seuil, 1 (oui) ou 0 (non)</span></label
              >
              <input class="fr-input" id="saisie-valeur" name="valeur" type="number" step="any" required />
            </div>
            <div class="fr-input-group">
              <label class="fr-label" for="saisie-justification">D’où vient la valeur (texte, courrier, date)</label>
              <input class="fr-input" id="saisie-justification" name="justification" required minlength="10" />
            </div>
            <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm">Enregistrer la valeur</button>
          </form>
        }
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-comparaison">
        <h2 id="titre-comparaison" class="fr-h5">Comparer avec un autre brouillon</h2>
        @if (autres().length) {
          <form class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom" (submit)="comparer($event)">
            <div class="fr-col-12 fr-col-md-8 fr-select-group">
              <label class="fr-label" for="autre-brouillon">Brouillon de la même région</label>
              <select class="fr-select" id="autre-brouillon" name="autre">
                @for (b of autres(); track b.id) {
                  <option [value]="b.id">{{ b.libelle }} ({{ statut(b.statut) }})</option>
                }
              </select>
            </div>
            <div class="fr-col-12 fr-col-md-4"><button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm">Comparer</button></div>
          </form>
        } @else {
          <p class="fr-text--sm">Aucun autre brouillon de cette région avec la même unité et le même millésime.</p>
        }
        @if (comparaison(); as c) {
          <p class="fr-text--sm" data-testid="comparaison">
            {{ n(c.unites.length, 'unité', 'unités') }} et {{ n(c.communes.length, 'commune', 'communes') }} diffèrent entre « {{ c.de.libelle }} » et «
            {{ c.a.libelle }} ».
          </p>
          <ul class="fr-text--sm">
            @for (u of c.unites; track u.code) {
              <li>{{ u.nom }} ({{ u.code }}) : {{ libelleClasse(u.avant ?? 'inconnue') }} → {{ libelleClasse(u.apres) }}</li>
            }
          </ul>
        }
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-exports">
        <h2 id="titre-exports" class="fr-h5">Exports</h2>
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm">
          @for (x of exports; track x.fichier) {
            <li>
              <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" (click)="exporter(x.fichier)">{{ x.libelle }}</button>
            </li>
          }
        </ul>
        <p class="fr-text--xs">Le projet d’annexe s’ouvre dans un nouvel onglet : « Imprimer » puis « Enregistrer au format PDF » donne un PDF paginé (A4).</p>
      </section>

      <section class="fr-mt-4w" aria-labelledby="titre-consultation">
        <h2 id="titre-consultation" class="fr-h5">Consultation</h2>
        <ul class="cockpit__etapes">
          @for (e of etapes(); track e.etape) {
            <li class="fr-mb-2w">
              <div class="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  [id]="'etape-' + e.etape"
                  [checked]="e.fait"
                  [disabled]="!store.modifiable()"
                  (change)="cocher(e, $any($event.target).checked)"
                />
                <label class="fr-label" [for]="'etape-' + e.etape">{{ e.libelle }}{{ e.date ? ' — fait le ' + date(e.date) : '' }}</label>
              </div>
              <p class="fr-text--xs fr-mb-0">
                {{ e.detail }} <em>{{ e.verifie ? 'Source : ' : 'Non vérifié : ' }}{{ e.source }}</em>
              </p>
            </li>
          }
        </ul>
      </section>

      <section class="fr-mt-4w fr-mb-6w" aria-labelledby="titre-publication">
        <h2 id="titre-publication" class="fr-h5">Validation et publication</h2>
        @if (v.brouillon.statut === 'publie') {
          <div class="fr-alert fr-alert--success fr-alert--sm" data-testid="publication-faite">
            <p>
              Publié : arrêté {{ v.brouillon.publication?.arrete }}, en vigueur du {{ date(v.brouillon.publication?.debut) }} au
              {{ date(v.brouillon.publication?.fin) }}.
            </p>
          </div>
        } @else {
          <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm" (click)="valider()">Contrôler et valider</button>
          @if (controles().length) {
            <ul class="fr-text--sm fr-mt-1w" data-testid="controles">
              @for (c of controles(); track c.code) {
                <li>
                  <span
                    class="fr-badge fr-badge--sm"
                    [class.fr-badge--error]="c.niveau === 'bloquant'"
                    [class.fr-badge--warning]="c.niveau === 'avertissement'"
                    [class.fr-badge--success]="c.niveau === 'ok'"
                    >{{ niveau(c.niveau) }}</span
                  >
                  {{ c.message }}
                </li>
              }
            </ul>
          }
          @if (v.brouillon.statut === 'valide') {
            <form class="fr-mt-2w cockpit__publication" (submit)="publier($event)">
              <div class="fr-input-group">
                <label class="fr-label" for="pub-arrete">Numéro de l’arrêté</label><input class="fr-input" id="pub-arrete" name="arrete" required />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="pub-date">Date de l’arrêté</label><input class="fr-input" id="pub-date" name="dateArrete" type="date" required />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="pub-debut">Début de validité</label><input class="fr-input" id="pub-debut" name="debut" type="date" required />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="pub-fin">Fin de validité <span class="fr-hint-text">au plus deux ans après le début</span></label>
                <input class="fr-input" id="pub-fin" name="fin" type="date" required />
              </div>
              <button type="submit" class="fr-btn">Publier la nouvelle version du zonage</button>
            </form>
          }
        }
      </section>
    }
  `,
})
export class EditeurBrouillonComponent {
  protected readonly store = inject(BrouillonStore);
  private readonly client = inject(ZonageCockpitClient);
  readonly id = input.required<string>();
  readonly fermer = output<void>();
  private readonly brouillonCarte = viewChild<BrouillonSurCarteDirective>('brouillonCarte');

  protected readonly sansIndicateur = SANS_INDICATEUR;
  protected readonly exports = EXPORTS;
  protected readonly legende = (['ZIP', 'ZAC', 'ZAR', 'HZ'] as const).map((classe) => ({
    classe,
    couleur: COULEURS_CLASSES[classe],
    libelle: LIBELLES_CLASSES[classe],
  }));
  protected readonly ficheRegion = signal<FicheTerritoire | null>(null);
  protected readonly diff = signal<DiffBrouillon | null>(null);
  protected readonly diffEnCours = signal(false);
  protected readonly etapes = signal<Etape[]>([]);
  protected readonly controles = signal<Controle[]>([]);
  protected readonly autres = signal<MetaBrouillon[]>([]);
  protected readonly comparaison = signal<{
    de: { libelle: string };
    a: { libelle: string };
    unites: readonly { code: string; nom: string; avant: string | null; apres: string }[];
    communes: readonly unknown[];
  } | null>(null);
  private readonly uniteDeCommune = computed(() => this.store.uniteDeCommune());

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.ouvrir(id));
    });
  }

  private async ouvrir(id: string): Promise<void> {
    await this.store.charger(id);
    const v = this.store.vue();
    if (!v) return;
    this.etapes.set(await this.client.etapes(id));
    const tous = await this.client.brouillons(v.brouillon.region);
    this.autres.set(tous.filter((b) => b.id !== id && b.unite === v.brouillon.unite && b.anneeApl === v.brouillon.anneeApl));
    this.ficheRegion.set((await this.client.bboxRegion(v.brouillon.region)) as unknown as FicheTerritoire);
  }

  protected cliquer(t: TerritoireClique): void {
    const unite = this.uniteDeCommune().get(t.code);
    if (!unite) {
      this.store.message.set('Commune hors de la région du brouillon.');
      return;
    }
    if (!this.store.modifiable()) return;
    this.mesurer(() => this.store.cycler(unite));
  }

  protected modifier(code: string, m: ModificationUnite): void {
    this.mesurer(() => void this.store.modifier(code, m));
  }

  /** Time from the change to the next frame (gauges, table and map states updated in the page). */
  private mesurer(action: () => void): void {
    const debut = performance.now();
    action();
    requestAnimationFrame(() => this.store.dureeDerniereMaj.set(Math.round(performance.now() - debut)));
  }

  protected classerQpv(code: string, valeur: string): void {
    void this.store.classerQpv(code, valeur || null);
  }

  protected async comparer(e: Event): Promise<void> {
    e.preventDefault();
    const autre = new FormData(e.target as HTMLFormElement).get('autre');
    if (typeof autre !== 'string') return;
    try {
      this.comparaison.set((await this.client.comparer(this.id(), autre)) as unknown as ReturnType<typeof this.comparaison>);
    } catch (err) {
      this.store.erreur.set(messageErreur(err, 'Comparaison indisponible.'));
    }
  }

  protected async calculerDiff(): Promise<void> {
    this.diffEnCours.set(true);
    try {
      this.diff.set(await this.client.diff(this.id()));
    } catch (e) {
      this.store.erreur.set(messageErreur(e, 'Différences indisponibles.'));
    } finally {
      this.diffEnCours.set(false);
    }
  }

  protected async exporter(fichier: string): Promise<void> {
    try {
      const blob = await this.client.exporter(this.id(), fichier);
      if (fichier.endsWith('.html')) {
        const url = URL.createObjectURL(blob);
        // Not « noopener »: window.open would then return null even when the tab opens.
        const fenetre = window.open(url, '_blank');
        if (fenetre) fenetre.opener = null;
        else telecharger(`projet-annexe-zonage.html`, blob);
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } else telecharger(`zonage-${this.store.vue()?.brouillon.region}-${fichier}`, blob);
    } catch (e) {
      this.store.erreur.set(messageErreur(e, 'Export indisponible.'));
    }
  }

  protected async exporterCarte(): Promise<void> {
    const v = this.store.vue();
    const capture = await this.brouillonCarte()?.capturer();
    if (!v || !capture) return;
    const png = await composerCartePng(capture, {
      titre: `Projet de zonage médecins — ${v.socle.regionNom}`,
      sousTitre: `${v.brouillon.libelle} (unité : ${v.socle.uniteLibelle})`,
      legende: this.legende.map((l) => ({ libelle: l.libelle, couleur: l.couleur })),
      source: `Sources : ${v.socle.sourceApl} ; ${v.socle.sourcePopulation} ; contours IGN ADMIN EXPRESS, Insee COG 2026. Document de travail, sans valeur d’arrêté. Carte générée le ${new Date().toLocaleDateString('fr-FR')} avec Maillage.`,
    });
    telecharger(`carte-projet-zonage-${v.brouillon.region}.png`, png);
  }

  protected async saisirParametre(e: Event): Promise<void> {
    e.preventDefault();
    const v = this.store.vue();
    const f = new FormData(e.target as HTMLFormElement);
    const texte = (n: string) => {
      const x = f.get(n);
      return typeof x === 'string' ? x : '';
    };
    if (!v) return;
    try {
      await this.client.saisirParametre({
        region: v.brouillon.region,
        parametre: texte('parametre'),
        valeur: Number(texte('valeur')),
        justification: texte('justification'),
      });
      await this.store.charger(this.id());
    } catch (err) {
      this.store.erreur.set(messageErreur(err, 'Valeur refusée.'));
    }
  }

  protected async cocher(e: Etape, fait: boolean): Promise<void> {
    try {
      this.etapes.set(await this.client.modifierEtape(this.id(), e.etape, { fait, date: fait ? new Date().toISOString().slice(0, 10) : null, note: e.note }));
    } catch (err) {
      this.store.erreur.set(messageErreur(err, 'Étape non enregistrée.'));
    }
  }

  protected async valider(): Promise<void> {
    try {
      const c = await this.client.controles(this.id());
      this.controles.set(c.controles);
      if (!c.valide) return;
      await this.client.valider(this.id());
      await this.store.charger(this.id());
    } catch (e) {
      this.store.erreur.set(messageErreur(e, 'Validation refusée.'));
    }
  }

  protected async publier(e: Event): Promise<void> {
    e.preventDefault();
    const f = new FormData(e.target as HTMLFormElement);
    const champ = (n: string) => {
      const v = f.get(n);
      return typeof v === 'string' ? v : '';
    };
    try {
      await this.client.publier(this.id(), { arrete: champ('arrete'), dateArrete: champ('dateArrete'), debut: champ('debut'), fin: champ('fin') });
      await this.store.charger(this.id());
    } catch (err) {
      this.store.erreur.set(messageErreur(err, 'Publication refusée.'));
    }
  }

  protected libelleClasse(c: string): string {
    return LIBELLES_CLASSES[c] ?? (c === 'inconnue' ? 'classe inconnue' : c);
  }
  /** « 1 unité », « 3 communes », « 12 345 habitants » (counts and populations, rounded to the unit). */
  protected n(x: number, un: string, plusieurs: string): string {
    return nombreEtNom(Math.round(x), un, plusieurs);
  }
  protected entier(x: number): string {
    return entier.format(x);
  }
  protected date(iso: string | null | undefined): string {
    return iso ? iso.slice(0, 10).split('-').reverse().join('/') : '';
  }
  protected statut(s: string): string {
    return s === 'publie' ? 'publié' : s === 'valide' ? 'validé' : 'brouillon';
  }
  protected niveau(n: string): string {
    return n === 'bloquant' ? 'Bloquant' : n === 'avertissement' ? 'À savoir' : 'Conforme';
  }
  protected resumerAides(c: DiffBrouillon['aides'] extends infer A ? (A extends { groupes: readonly { changements: infer C }[] } ? C : never) : never): string {
    const parAide = new Map<string, string>();
    for (const x of c) parAide.set(x.aide, `${x.nom} : ${x.avant ?? 'non éligible'} → ${x.apres ?? 'non éligible'}`);
    return [...parAide.values()].join(' ; ');
  }
}
