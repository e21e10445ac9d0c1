import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Jauge, Jauges, ParametreEffectif } from './zonage-cockpit';

const pct = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

interface LigneJauge {
  readonly id: string;
  readonly libelle: string;
  readonly jauge: Jauge;
  readonly rapporte: string;
  readonly parametre: ParametreEffectif | undefined;
  readonly complement: string | null;
}

/** The three regional gauges (ZIP, ZAC, marge dérogatoire) against their ceilings, each ceiling with its provenance. */
@Component({
  selector: 'mlg-jauges-zonage',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="jauges" aria-labelledby="titre-jauges">
      <h2 id="titre-jauges" class="fr-h6 fr-mb-1w">Jauges régionales</h2>
      <div class="jauges__grille">
        @for (l of lignes(); track l.id) {
          <div class="jauges__jauge" [attr.data-testid]="'jauge-' + l.id" [attr.data-statut]="l.jauge.statut">
            <p class="fr-text--bold fr-mb-1v">{{ l.libelle }}</p>
            <p class="jauges__valeur fr-mb-1v" [attr.data-testid]="'jauge-' + l.id + '-valeur'">{{ partTexte(l.jauge) }}</p>
            <div class="jauges__barre" aria-hidden="true">
              <span class="jauges__rempli" [class.jauges__rempli--depasse]="l.jauge.statut === 'depasse'" [style.width.%]="largeur(l.jauge)"></span>
              @if (l.jauge.plafond !== null) {
                <span class="jauges__plafond" [style.left.%]="position(l.jauge)"></span>
              }
            </div>
            <p class="fr-text--xs fr-mb-1v">
              {{ entier(l.jauge.population) }} habitants sur {{ entier(l.jauge.denominateur) }} ({{ l.rapporte }}).
              @if (l.complement) {
                {{ l.complement }}
              }
            </p>
            @switch (l.jauge.statut) {
              @case ('depasse') {
                <p class="fr-badge fr-badge--error fr-badge--sm">Au-dessus du plafond de {{ pctTexte(l.jauge.plafond) }}</p>
              }
              @case ('respecte') {
                <p class="fr-badge fr-badge--success fr-badge--sm">Sous le plafond de {{ pctTexte(l.jauge.plafond) }}</p>
              }
              @default {
                <p class="fr-badge fr-badge--warning fr-badge--sm">Plafond à saisir par l’ARS</p>
              }
            }
            @if (l.parametre; as p) {
              <p class="fr-text--xs fr-mt-1v fr-mb-0 jauges__provenance">{{ p.statut === 'saisi_ars' ? 'Saisi par l’ARS — ' : '' }}{{ p.provenance }}</p>
            }
          </div>
        }
      </div>
      @if (jauges().populationQpvDeplacee > 0) {
        <p class="fr-text--xs fr-mb-0">
          {{ entier(jauges().populationQpvDeplacee) }} habitants de QPV classés à part sont retirés de leur unité et comptés dans la classe du QPV.
        </p>
      }
    </section>
  `,
})
export class JaugesZonageComponent {
  readonly jauges = input.required<Jauges>();
  readonly parametres = input.required<readonly ParametreEffectif[]>();

  protected readonly lignes = computed<LigneJauge[]>(() => {
    const j = this.jauges();
    const p = (code: string) => this.parametres().find((x) => x.parametre === code);
    return [
      { id: 'zip', libelle: 'Population en ZIP', jauge: j.zip, rapporte: 'population de la région', parametre: p('plafond_zip'), complement: null },
      { id: 'zac', libelle: 'Population en ZAC', jauge: j.zac, rapporte: 'population de la région', parametre: p('plafond_zac'), complement: null },
      {
        id: 'marge',
        libelle: 'Marge dérogatoire',
        jauge: j.marge,
        rapporte: 'population du vivier',
        parametre: p('marge_derogatoire'),
        complement:
          j.marge.partRegion === null
            ? null
            : `Unités hors vivier classées ZIP ou ZAC : ${pct.format(j.marge.partRegion)} % de la population de la région (calcul de l’outil DREES/DGOS rapporté au vivier).`,
      },
    ];
  });

  protected partTexte(j: Jauge): string {
    return j.part === null ? 'non calculable' : `${pct.format(j.part)} %`;
  }
  protected pctTexte(x: number | null): string {
    return x === null ? '' : `${pct.format(x)} %`;
  }
  protected entier(x: number): string {
    return entier.format(x);
  }
  /** The bar spans 0 to 1.25 × the ceiling (or 100 % without ceiling). */
  protected echelle(j: Jauge): number {
    return j.plafond === null ? 100 : Math.max(j.plafond * 1.25, j.part ?? 0, 1);
  }
  protected largeur(j: Jauge): number {
    return Math.min(100, (100 * (j.part ?? 0)) / this.echelle(j));
  }
  protected position(j: Jauge): number {
    return (100 * (j.plafond ?? 0)) / this.echelle(j);
  }
}
