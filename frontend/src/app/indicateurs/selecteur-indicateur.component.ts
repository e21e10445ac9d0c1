import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { INDICATEURS } from './catalogue.indicateurs';
import { CodeIndicateur, Indicateur } from './indicateur';

/** Choice of the indicator colouring the communes, and of its vintage when it has several (DSFR selects). */
@Component({
  selector: 'mlg-selecteur-indicateur',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-select-group fr-mb-1w">
      <label class="fr-label fr-text--sm" for="choix-indicateur">Indicateur</label>
      <select class="fr-select" id="choix-indicateur" [value]="choisi()" (change)="choisirIndicateur($event)" [attr.aria-busy]="enCours()">
        @for (i of indicateurs; track i.code) {
          <option [value]="i.code" [selected]="i.code === choisi()">{{ i.libelle }}</option>
        }
      </select>
    </div>
    @if (indicateur().annees.length > 1) {
      <div class="fr-select-group fr-mb-0">
        <label class="fr-label fr-text--sm" for="choix-annee">Millésime</label>
        <select class="fr-select" id="choix-annee" (change)="choisirAnnee($event)">
          @for (a of anneesProposees(); track a) {
            <option [value]="a" [selected]="a === anneeAffichee()">{{ a }}</option>
          }
        </select>
      </div>
    }
  `,
})
export class SelecteurIndicateurComponent {
  /** The indicator whose values are shown (its vintages are offered). */
  readonly indicateur = input.required<Indicateur>();
  /**
   * The indicator last asked for (by this select, a link, Back or Forward), shown while its values load. The select
   * shows it rather than the applied one: after a choice whose values were still loading is undone (Back), the applied
   * indicator has not changed, and a select bound to it would keep showing the undone choice.
   */
  readonly demande = input<CodeIndicateur | null>(null);
  /** Null: the latest vintage. */
  readonly annee = input<number | null>(null);
  readonly enCours = input(false);
  readonly indicateurChoisi = output<CodeIndicateur>();
  readonly anneeChoisie = output<number>();

  protected readonly indicateurs = INDICATEURS;
  protected readonly choisi = computed(() => this.demande() ?? this.indicateur().code);
  protected readonly anneesProposees = computed(() => [...this.indicateur().annees].reverse());
  protected readonly anneeAffichee = computed(() => this.annee() ?? Math.max(...this.indicateur().annees));

  protected choisirIndicateur(e: Event): void {
    this.indicateurChoisi.emit((e.target as HTMLSelectElement).value as CodeIndicateur);
  }

  protected choisirAnnee(e: Event): void {
    this.anneeChoisie.emit(Number((e.target as HTMLSelectElement).value));
  }
}
