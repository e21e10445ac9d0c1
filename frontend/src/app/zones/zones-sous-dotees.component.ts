import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { versCsv } from '../export/csv';
import { telecharger } from '../export/telechargement';
import { EnonceCouvertureComponent } from '../couverture-donnees/enonce-couverture.component';
import { enonceCouverture } from '../couverture-donnees/etat-couverture';
import { COULEURS_ALERTE } from '../carte/couches/zones-alerte.couche';
import { nombreEtNom } from '../texte/pluriel';
import { ClasseAlerte, CommuneSousDotee, LIBELLES_COURTS_ALERTE, ZonesSousDotees } from './zones';

type ColonneZones = 'nom' | 'classe' | 'apl' | 'population';

const COLONNES: readonly { id: ColonneZones; libelle: string; nombre: boolean }[] = [
  { id: 'nom', libelle: 'Commune', nombre: false },
  { id: 'classe', libelle: 'Classe', nombre: false },
  { id: 'apl', libelle: 'APL', nombre: true },
  { id: 'population', libelle: 'Habitants', nombre: true },
];
const SENS_INITIAL: Readonly<Record<ColonneZones, 'croissant' | 'decroissant'>> = {
  nom: 'croissant',
  classe: 'croissant',
  apl: 'croissant',
  population: 'decroissant',
};
/** The most worrying class first. */
const RANG_CLASSE: Readonly<Record<ClasseAlerte, number>> = { sous_dotee: 0, fragile_menacee: 1, fragile: 2 };

function comparer(a: CommuneSousDotee, b: CommuneSousDotee, colonne: ColonneZones): number {
  switch (colonne) {
    case 'nom':
      return a.nom.localeCompare(b.nom, 'fr');
    case 'classe':
      return RANG_CLASSE[a.classe] - RANG_CLASSE[b.classe];
    case 'apl':
      return (a.apl ?? Infinity) - (b.apl ?? Infinity);
    case 'population':
      return a.population - b.population;
  }
}

/** Rows shown at once: a région has thousands of communes; the CSV holds them all. */
const LIGNES_AFFICHEES = 50;

/** « Zones sous-dotées » tab: the list, most populated first; a row shows the commune on the map. */
@Component({
  selector: 'mlg-zones-sous-dotees',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe, EnonceCouvertureComponent],
  template: `
    @if (enCours()) {
      <p class="fr-text--sm" role="status">Chargement des zones sous-dotées…</p>
    }
    @if (erreur(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
        <p>{{ message }}</p>
      </div>
    }
    @if (zones(); as z) {
      <h2 class="fr-h6 fr-mb-1w">Zones sous-dotées et fragiles : {{ z.territoire.nom }}</h2>
      @if (z.total; as total) {
        <p class="fr-text--sm fr-mb-1w" data-testid="zones-total">
          {{ compte(total.communes, 'commune', 'communes') }}, {{ compte(total.population, 'habitant concerné', 'habitants concernés') }}.
        </p>
      }
      <mlg-enonce-couverture [etat]="z.couverture" testId="zones-couverture" />
      <p class="fr-text--xs fr-mb-1w">Source : {{ z.source.libelle }} — millésime {{ z.source.millesime }}. Seuils de la méthode de zonage (APL 2,5 et 4).</p>
      <ul class="zones__legende fr-text--xs">
        @for (c of classes; track c.code) {
          <li>
            <span class="zones__trait" [style.border-color]="c.couleur" [class.zones__trait--tirets]="c.code !== 'sous_dotee'" aria-hidden="true"></span
            >{{ c.libelle }} : contour sur la carte
          </li>
        }
      </ul>
      <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-download-line fr-btn--icon-left fr-mb-2w" (click)="exporterCsv(z)">
        Exporter le tableau (CSV)
      </button>
      @if (z.communes?.length) {
        <div class="fr-select-group fr-mb-1w zones__filtre">
          <label class="fr-label" for="zones-filtre-classe">Classe affichée</label>
          <select id="zones-filtre-classe" class="fr-select" (change)="filtreClasse.set($any($event.target).value)">
            <option value="toutes" [selected]="filtreClasse() === 'toutes'">Toutes les classes ({{ z.communes?.length | number: '1.0-0' : 'fr' }})</option>
            @for (c of classes; track c.code) {
              <option [value]="c.code" [selected]="filtreClasse() === c.code">{{ c.libelle }} ({{ compteClasse(z, c.code) | number: '1.0-0' : 'fr' }})</option>
            }
          </select>
        </div>
        <div class="fr-table fr-table--sm fr-table--no-caption fr-mb-0 zones__tableau">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0" aria-label="Tableau des communes (défilement horizontal si besoin)">
              <div class="fr-table__content">
                <table data-testid="zones-table">
                  <caption>
                    {{
                      legendeTableau()
                    }}
                  </caption>
                  <thead>
                    <tr>
                      @for (col of colonnes; track col.id) {
                        <th scope="col" [class.fr-cell--right]="col.nombre" [attr.aria-sort]="ariaTri(col.id)">
                          <button type="button" class="zones__tri" [attr.data-colonne]="col.id" (click)="trier(col.id)">
                            {{ col.libelle }}<span aria-hidden="true" class="zones__sens">{{ flecheTri(col.id) }}</span>
                            <span class="fr-sr-only">{{ aideTri(col.id) }}</span>
                          </button>
                        </th>
                      }
                    </tr>
                  </thead>
                  <tbody>
                    @for (c of lignes(); track c.code) {
                      <tr>
                        <td>
                          <button type="button" class="fr-link fr-text--sm" (click)="voir.emit(c.code)" [attr.aria-label]="'Voir ' + c.nom + ' sur la carte'">
                            {{ c.nom }}
                          </button>
                        </td>
                        <td>{{ libelle(c.classe) }}</td>
                        <td class="fr-cell--right">{{ c.apl === null ? 'non publiée' : (c.apl | number: '1.2-2' : 'fr') }}</td>
                        <td class="fr-cell--right">{{ c.population | number: '1.0-0' : 'fr' }}</td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="4">Aucune commune de cette classe.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        @if (filtrees().length > lignes().length) {
          <p class="fr-text--xs">
            {{ lignes().length }} premières communes sur {{ filtrees().length | number: '1.0-0' : 'fr' }} ; toutes sont dans l’export CSV.
          </p>
        }
      } @else {
        <p class="fr-text--sm">Aucune commune sous-dotée ou fragile dans ce territoire.</p>
      }
    } @else if (!enCours() && !erreur()) {
      <p class="fr-text--sm">Choisissez un territoire (recherche ou carte) pour lister ses communes sous-dotées et fragiles.</p>
    }
  `,
  styles: `
    /* The side panel is narrow: compact cells so that the four columns fit; the table scrolls sideways beyond. */
    :host .zones__tableau .fr-table__content th,
    :host .zones__tableau .fr-table__content td {
      padding: 0.25rem 0.4rem;
      font-size: 0.8rem;
      line-height: 1.1rem;
      white-space: normal;
    }
    .zones__tri {
      font: inherit;
      font-weight: 700;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      text-align: inherit;
      color: inherit;
    }
    .zones__sens {
      white-space: nowrap;
    }
  `,
})
export class ZonesSousDoteesComponent {
  readonly zones = input<ZonesSousDotees | null>(null);
  readonly enCours = input(false);
  readonly erreur = input<string | null>(null);
  readonly voir = output<string>();

  /** Sorted by any column (population, most first, at first), filtered by class. */
  protected readonly tri = signal<{ colonne: ColonneZones; sens: 'croissant' | 'decroissant' }>({ colonne: 'population', sens: 'decroissant' });
  protected readonly filtreClasse = signal<ClasseAlerte | 'toutes'>('toutes');
  protected readonly colonnes = COLONNES;
  protected readonly compte = nombreEtNom;
  protected readonly filtrees = computed(() => {
    const filtre = this.filtreClasse();
    const communes = this.zones()?.communes ?? [];
    const retenues = filtre === 'toutes' ? [...communes] : communes.filter((c) => c.classe === filtre);
    const { colonne, sens } = this.tri();
    const signe = sens === 'croissant' ? 1 : -1;
    return retenues.sort((a, b) => signe * comparer(a, b, colonne) || b.population - a.population);
  });
  protected readonly lignes = computed(() => this.filtrees().slice(0, LIGNES_AFFICHEES));
  protected readonly legendeTableau = computed(() => {
    const { colonne, sens } = this.tri();
    const col = COLONNES.find((c) => c.id === colonne)!;
    return `Communes sous-dotées et fragiles, triées par ${col.libelle.toLowerCase()} (${sens === 'croissant' ? 'ordre croissant' : 'ordre décroissant'})`;
  });
  protected readonly classes = (Object.keys(LIBELLES_COURTS_ALERTE) as (keyof typeof LIBELLES_COURTS_ALERTE)[]).map((code) => ({
    code,
    libelle: LIBELLES_COURTS_ALERTE[code],
    couleur: COULEURS_ALERTE[code],
  }));

  protected trier(colonne: ColonneZones): void {
    const { colonne: actuelle, sens } = this.tri();
    // A new column starts with its natural order (names A→Z, most worrying class first, lowest APL, most populated).
    this.tri.set(actuelle === colonne ? { colonne, sens: sens === 'croissant' ? 'decroissant' : 'croissant' } : { colonne, sens: SENS_INITIAL[colonne] });
  }

  protected ariaTri(colonne: ColonneZones): string {
    const { colonne: actuelle, sens } = this.tri();
    return actuelle !== colonne ? 'none' : sens === 'croissant' ? 'ascending' : 'descending';
  }

  protected flecheTri(colonne: ColonneZones): string {
    const { colonne: actuelle, sens } = this.tri();
    return actuelle !== colonne ? ' ↕' : sens === 'croissant' ? ' ↑' : ' ↓';
  }

  protected aideTri(colonne: ColonneZones): string {
    return this.tri().colonne === colonne ? ' (cliquer pour inverser le tri)' : ' (cliquer pour trier)';
  }

  protected compteClasse(z: ZonesSousDotees, classe: ClasseAlerte): number {
    return (z.communes ?? []).filter((c) => c.classe === classe).length;
  }

  protected libelle(classe: keyof typeof LIBELLES_COURTS_ALERTE): string {
    return LIBELLES_COURTS_ALERTE[classe] ?? classe;
  }

  protected exporterCsv(z: ZonesSousDotees): void {
    // The coverage statement travels with the figures: where the APL is not published, one row says so (no empty list).
    const source = [`${z.source.libelle} (millésime ${z.source.millesime})`, enonceCouverture(z.couverture)].filter(Boolean).join(' — ');
    const lignes = z.communes
      ? z.communes.map((c) => [c.code, c.nom, this.libelle(c.classe), c.apl, c.aplMoins65, c.fragilite, c.population, source])
      : [[null, z.territoire.nom, null, null, null, null, null, source]];
    const csv = versCsv(['code_insee', 'commune', 'classe', 'apl', 'apl_moins_65_ans', 'fragilite', 'population', 'source'], lignes);
    telecharger(`zones-sous-dotees-${z.territoire.type}-${z.territoire.code}-${z.annee}.csv`, csv);
  }
}
