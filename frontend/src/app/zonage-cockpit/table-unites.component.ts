import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { nombreEtNom } from '../texte/pluriel';
import { CategorieNationale, ClasseUnite, DecisionUnite, LIBELLES_CATEGORIES, LIBELLES_CLASSES, ModificationUnite, UniteSocle } from './zonage-cockpit';

type Tri = 'nom' | 'population' | 'apl' | 'categorie' | 'classe' | 'densite' | 'offre65' | 'age75' | 'pauvrete' | 'niveauVie' | 'zoneRouge';

const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = (n: number) => new Intl.NumberFormat('fr-FR', { minimumFractionDigits: n, maximumFractionDigits: n });
const INDICATEURS: Partial<Record<Tri, string>> = {
  densite: 'densite_mg',
  offre65: 'part_offre_65_plus',
  age75: 'part_75_ans_plus',
  pauvrete: 'taux_pauvrete',
  niveauVie: 'niveau_vie_median',
  zoneRouge: 'zone_rouge',
};

/**
 * The units of the draft in a sortable, filterable DSFR table: population, APL<65, national category, « beyond APL »
 * indicators (each with its source and year in the cell title), class, lock. Forcing a locked unit and justifying a
 * class open a short form in the row.
 */
@Component({
  selector: 'mlg-table-unites',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-grid-row fr-grid-row--gutters fr-mb-1w">
      <div class="fr-col-12 fr-col-md-5">
        <label class="fr-label" for="filtre-unites">Filtrer les unités</label>
        <input id="filtre-unites" class="fr-input" type="search" [value]="filtre()" (input)="filtre.set($any($event.target).value)" placeholder="nom ou code" />
      </div>
      <div class="fr-col-6 fr-col-md-3">
        <label class="fr-label" for="filtre-categorie">Catégorie nationale</label>
        <select id="filtre-categorie" class="fr-select" (change)="filtreCategorie.set($any($event.target).value)">
          <option value="">Toutes</option>
          @for (c of categories; track c.id) {
            <option [value]="c.id">{{ c.libelle }}</option>
          }
        </select>
      </div>
      <div class="fr-col-6 fr-col-md-3">
        <label class="fr-label" for="filtre-classe">Classe du projet</label>
        <select id="filtre-classe" class="fr-select" (change)="filtreClasse.set($any($event.target).value)">
          <option value="">Toutes</option>
          @for (c of classes; track c) {
            <option [value]="c">{{ libelleClasse(c) }}</option>
          }
        </select>
      </div>
    </div>
    <p class="fr-text--sm fr-mb-1w" role="status" data-testid="unites-affichees">
      {{ n(affichees().length, 'unité affichée', 'unités affichées') }} sur {{ unites().length }}
    </p>
    <div class="fr-table fr-table--sm fr-table--no-caption table-unites">
      <div class="fr-table__wrapper">
        <div class="fr-table__container">
          <div class="fr-table__content">
            <table>
              <caption>
                Unités du projet de zonage
              </caption>
              <thead>
                <tr>
                  @for (c of colonnes; track c.tri) {
                    <th scope="col" [attr.aria-sort]="tri() === c.tri ? (croissant() ? 'ascending' : 'descending') : null">
                      <button type="button" class="table-unites__tri" (click)="trier(c.tri)">{{ c.libelle }}</button>
                    </th>
                  }
                  <th scope="col">Verrou</th>
                </tr>
              </thead>
              <tbody>
                @for (u of affichees(); track u.code) {
                  <tr [attr.data-unite]="u.code" [class.table-unites__ligne--forcee]="decision(u.code)?.force">
                    <td>
                      <strong>{{ u.nom }}</strong> <span class="fr-text--xs">({{ u.code }})</span>
                      @if (decision(u.code)?.justification; as j) {
                        <p class="fr-text--xs fr-mb-0" data-testid="justification">Justification : {{ j }}</p>
                      }
                    </td>
                    <td class="table-unites__n">{{ entier(u.populationRegion) }}</td>
                    <td class="table-unites__n">{{ u.aplMoins65 === null ? '—' : dec(3, u.aplMoins65) }}</td>
                    <td>{{ u.categorie ? libelleCategorie(u.categorie) : 'non calculable' }}</td>
                    @for (i of ['densite_mg', 'part_offre_65_plus', 'part_75_ans_plus', 'taux_pauvrete', 'niveau_vie_median']; track i) {
                      <td class="table-unites__n" [attr.title]="titreIndicateur(u, i)">{{ valeurIndicateur(u, i) }}</td>
                    }
                    <td [attr.title]="titreIndicateur(u, 'zone_rouge')" data-testid="zone-rouge">{{ zoneRouge(u) }}</td>
                    <td>
                      <label class="fr-sr-only" [for]="'classe-' + u.code">Classe de {{ u.nom }}</label>
                      <select
                        class="fr-select table-unites__classe"
                        [id]="'classe-' + u.code"
                        [disabled]="!modifiable() || (u.verrou !== null && !decision(u.code)?.force)"
                        (change)="modifier.emit({ code: u.code, modification: { classe: $any($event.target).value } })"
                      >
                        @for (c of classes; track c) {
                          <option [value]="c" [selected]="decision(u.code)?.classe === c">{{ libelleClasse(c) }}</option>
                        }
                      </select>
                    </td>
                    <td>
                      @if (u.verrou; as v) {
                        <p
                          class="fr-badge fr-badge--sm"
                          [class.fr-badge--info]="!decision(u.code)?.force"
                          [class.fr-badge--warning]="decision(u.code)?.force"
                          [title]="v.message"
                        >
                          {{ decision(u.code)?.force ? 'forcée' : v.type === 'selection_nationale' ? 'verrouillée (SN)' : 'rattachée à ' + v.regionNom }}
                        </p>
                      }
                      @if (modifiable()) {
                        <div class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1v">
                          @if (u.verrou && !decision(u.code)?.force) {
                            <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="ouvrir(u.code, 'forcer')">Forcer</button>
                          }
                          <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="ouvrir(u.code, 'justifier')">Justifier</button>
                        </div>
                      }
                      @if (formulaire()?.code === u.code) {
                        <form class="fr-mt-1w" (submit)="valider($event, u)">
                          <label class="fr-label" [for]="'texte-' + u.code">
                            {{
                              formulaire()?.type === 'forcer'
                                ? 'Justification écrite du forçage (obligatoire)'
                                : 'Justification de la classe (reprise dans les exports)'
                            }}
                          </label>
                          <textarea
                            class="fr-input"
                            rows="3"
                            [id]="'texte-' + u.code"
                            [value]="texteInitial(u.code)"
                            (input)="texte.set($any($event.target).value)"
                          ></textarea>
                          @if (formulaire()?.type === 'forcer') {
                            <label class="fr-label fr-mt-1v" [for]="'force-classe-' + u.code">Classe après forçage</label>
                            <select class="fr-select" [id]="'force-classe-' + u.code" (change)="classeForcee.set($any($event.target).value)">
                              @for (c of classes; track c) {
                                <option [value]="c" [selected]="c === classeForcee()">{{ libelleClasse(c) }}</option>
                              }
                            </select>
                          }
                          <div class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mt-1v">
                            <button type="submit" class="fr-btn fr-btn--sm">{{ formulaire()?.type === 'forcer' ? 'Forcer l’unité' : 'Enregistrer' }}</button>
                            <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" (click)="formulaire.set(null)">Annuler</button>
                          </div>
                        </form>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class TableUnitesComponent {
  readonly unites = input.required<readonly UniteSocle[]>();
  readonly decisions = input.required<ReadonlyMap<string, DecisionUnite>>();
  readonly modifiable = input(true);
  readonly modifier = output<{ code: string; modification: ModificationUnite }>();

  protected readonly classes: readonly ClasseUnite[] = ['ZIP', 'ZAC', 'ZAR', 'HZ'];
  protected readonly categories = (Object.keys(LIBELLES_CATEGORIES) as CategorieNationale[]).map((id) => ({ id, libelle: LIBELLES_CATEGORIES[id] }));
  protected readonly colonnes: readonly { tri: Tri; libelle: string }[] = [
    { tri: 'nom', libelle: 'Unité' },
    { tri: 'population', libelle: 'Population' },
    { tri: 'apl', libelle: 'APL < 65 ans' },
    { tri: 'categorie', libelle: 'Catégorie' },
    { tri: 'densite', libelle: 'Densité MG' },
    { tri: 'offre65', libelle: 'Offre des MG > 65 ans (%)' },
    { tri: 'age75', libelle: '75 ans et plus (%)' },
    { tri: 'pauvrete', libelle: 'Pauvreté (%)' },
    { tri: 'niveauVie', libelle: 'Niveau de vie médian (€)' },
    { tri: 'zoneRouge', libelle: 'Zone rouge' },
    { tri: 'classe', libelle: 'Classe' },
  ];
  protected readonly filtre = signal('');
  protected readonly filtreCategorie = signal('');
  protected readonly filtreClasse = signal('');
  protected readonly tri = signal<Tri>('apl');
  protected readonly croissant = signal(true);
  protected readonly formulaire = signal<{ code: string; type: 'forcer' | 'justifier' } | null>(null);
  protected readonly texte = signal('');
  protected readonly classeForcee = signal<ClasseUnite>('ZAC');

  protected readonly affichees = computed(() => {
    const f = this.filtre()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
    const cat = this.filtreCategorie();
    const cl = this.filtreClasse();
    const d = this.decisions();
    const liste = this.unites().filter(
      (u) =>
        (!f ||
          u.code.toLowerCase().includes(f) ||
          u.nom
            .normalize('NFD')
            .replace(/[\u0300-\u036f]/g, '')
            .toLowerCase()
            .includes(f)) &&
        (!cat || u.categorie === cat) &&
        (!cl || d.get(u.code)?.classe === cl),
    );
    const cle = this.cleTri(this.tri());
    const sens = this.croissant() ? 1 : -1;
    return [...liste].sort((a, b) => {
      const x = cle(a);
      const y = cle(b);
      if (x === y) return a.code.localeCompare(b.code);
      if (x === null) return 1;
      if (y === null) return -1;
      return (typeof x === 'string' ? x.localeCompare(String(y), 'fr') : x - (y as number)) * sens;
    });
  });

  private cleTri(t: Tri): (u: UniteSocle) => string | number | null {
    const ordreCategories = { selection_nationale: 0, vivier: 1, hors_vivier: 2 };
    const ordreClasses = { ZIP: 0, ZAC: 1, ZAR: 2, HZ: 3 };
    switch (t) {
      case 'nom':
        return (u) => u.nom;
      case 'population':
        return (u) => u.populationRegion;
      case 'apl':
        return (u) => u.aplMoins65;
      case 'categorie':
        return (u) => (u.categorie ? ordreCategories[u.categorie] : null);
      case 'classe':
        return (u) => ordreClasses[this.decisions().get(u.code)?.classe ?? 'HZ'];
      default:
        return (u) => u.indicateurs.find((i) => i.code === INDICATEURS[t])?.valeur ?? null;
    }
  }

  protected trier(t: Tri): void {
    if (this.tri() === t) this.croissant.update((c) => !c);
    else {
      this.tri.set(t);
      this.croissant.set(true);
    }
  }

  protected decision(code: string): DecisionUnite | undefined {
    return this.decisions().get(code);
  }
  protected libelleClasse(c: string): string {
    return LIBELLES_CLASSES[c] ?? c;
  }
  protected libelleCategorie(c: CategorieNationale): string {
    return LIBELLES_CATEGORIES[c];
  }
  /** « 1 unité », « 3 communes », « 12 345 habitants » (counts and populations, rounded to the unit). */
  protected n(x: number, un: string, plusieurs: string): string {
    return nombreEtNom(Math.round(x), un, plusieurs);
  }
  protected entier(x: number): string {
    return entier.format(x);
  }
  protected dec(n: number, x: number): string {
    return decimal(n).format(x);
  }
  protected valeurIndicateur(u: UniteSocle, code: string): string {
    const i = u.indicateurs.find((x) => x.code === code);
    if (!i || i.valeur === null) return '—';
    return code === 'niveau_vie_median' ? entier.format(i.valeur) : decimal(1).format(i.valeur);
  }
  /** « 40,0 % · 2 communes sur 3 (CC …) » where the list is complete for the région, « inconnu — liste partielle » where not. */
  protected zoneRouge(u: UniteSocle): string {
    const i = u.indicateurs.find((x) => x.code === 'zone_rouge');
    if (!i) return '—';
    const texte = i.texte ?? '';
    return i.valeur !== null && i.valeur > 0 ? `${decimal(1).format(i.valeur)} % · ${texte}` : texte || '—';
  }
  protected titreIndicateur(u: UniteSocle, code: string): string {
    const i = u.indicateurs.find((x) => x.code === code);
    if (!i) return '';
    return i.valeur === null ? `${i.libelle} : ${i.raison ?? 'non disponible'}` : `${i.libelle} (${i.unite}) — Source : ${i.source} (${i.annee})`;
  }
  protected texteInitial(code: string): string {
    const d = this.decisions().get(code);
    return (this.formulaire()?.type === 'forcer' ? d?.justificationForcage : d?.justification) ?? '';
  }
  protected ouvrir(code: string, type: 'forcer' | 'justifier'): void {
    this.formulaire.set({ code, type });
    this.texte.set(this.texteInitial(code));
    const actuelle = this.decisions().get(code)?.classe;
    this.classeForcee.set(actuelle === 'ZIP' ? 'ZAC' : 'ZIP');
  }
  protected valider(e: Event, u: UniteSocle): void {
    e.preventDefault();
    const f = this.formulaire();
    if (!f) return;
    const texte = this.texte().trim();
    this.modifier.emit({
      code: u.code,
      modification: f.type === 'forcer' ? { forcer: true, justificationForcage: texte, classe: this.classeForcee() } : { justification: texte || null },
    });
    this.formulaire.set(null);
  }
}
