import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { PointAPreciser } from './aides';
import { ControleChamp } from './champs-a-preciser';
import { TypographiePipe } from './typographie.pipe';

/**
 * One point « à préciser » answered in place: the question and the control of its form field (yes/no, a choice, a
 * date, a number); answering emits the value and the answer is re-evaluated at once. Never a dead end: a list to
 * fill (previous aids) opens its section of the form.
 */
@Component({
  selector: 'mlg-question-a-preciser',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TypographiePipe],
  template: `
    @let c = controle();
    @let id = identifiant();
    <div class="aides-question" [attr.data-champ]="point().champ">
      @if (precision(); as p) {
        <p class="fr-text--xs fr-mb-1v">{{ p | typo }}</p>
      }
      @switch (c?.type) {
        @case ('oui-non') {
          <fieldset class="fr-fieldset fr-mb-0" [attr.aria-labelledby]="id + '-legende'">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend fr-text--sm fr-mb-1v" [id]="id + '-legende'">{{ texte() | typo }}</legend>
            @for (o of ouiNon; track o.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline fr-mb-0">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input type="radio" [name]="id" [id]="id + '-' + o.id" [checked]="valeur() === o.valeur" (change)="reponse.emit(o.valeur)" />
                  <label class="fr-label" [for]="id + '-' + o.id">{{ o.libelle }}</label>
                </div>
              </div>
            }
          </fieldset>
        }
        @case ('choix') {
          <div class="fr-select-group fr-mb-0">
            <label class="fr-label fr-text--sm" [for]="id">{{ texte() | typo }}</label>
            <select class="fr-select" [id]="id" (change)="reponse.emit($any($event.target).value)">
              <option value="" [selected]="valeur() === ''">— Choisir —</option>
              @for (o of $any(c).options; track o[0]) {
                <option [value]="o[0]" [selected]="valeur() === o[0]">{{ o[1] }}</option>
              }
            </select>
          </div>
        }
        @case ('date') {
          <div class="fr-input-group fr-mb-0">
            <label class="fr-label fr-text--sm" [for]="id">{{ texte() | typo }}</label>
            <input class="fr-input" type="date" [id]="id" [value]="valeur()" (change)="reponse.emit($any($event.target).value)" />
          </div>
        }
        @case ('nombre') {
          <div class="fr-input-group fr-mb-0">
            <label class="fr-label fr-text--sm" [for]="id"
              >{{ texte() | typo }} <span class="fr-hint-text">{{ $any(c).indication | typo }}</span></label
            >
            <input class="fr-input" type="text" inputmode="decimal" [id]="id" [value]="valeur()" (change)="reponse.emit($any($event.target).value.trim())" />
          </div>
        }
        @case ('anterieures') {
          <p class="fr-text--sm fr-mb-1v">{{ texte() | typo }}</p>
          <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li><button type="button" class="fr-btn fr-btn--secondary" (click)="reponse.emit('aucune')">Aucune</button></li>
            <li><button type="button" class="fr-btn fr-btn--tertiary" (click)="ouvrir.emit()">Indiquer les aides perçues</button></li>
          </ul>
        }
        @default {
          <p class="fr-text--sm fr-mb-1v">{{ texte() | typo }}</p>
          <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" (click)="ouvrir.emit()">Répondre dans le formulaire</button>
        }
      }
    </div>
  `,
  styles: `
    .aides-question {
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
  `,
})
export class QuestionAPreciserComponent {
  readonly point = input.required<PointAPreciser>();
  readonly controle = input<ControleChamp | null>(null);
  /** Current value of the field in the form ('' = not answered). */
  readonly valeur = input('');
  readonly identifiant = input.required<string>();
  readonly reponse = output<string>();
  /** Open the form's section for this field (a list to fill, or no inline control). */
  readonly ouvrir = output<void>();

  protected readonly ouiNon = [
    { id: 'oui', valeur: 'oui', libelle: 'Oui' },
    { id: 'non', valeur: 'non', libelle: 'Non' },
    { id: 'nsp', valeur: '', libelle: 'Je ne sais pas' },
  ];

  /** The control's label (for a question, the question itself), else what the API names. */
  protected readonly texte = computed(() => this.controle()?.libelle ?? this.point().question ?? this.point().libelle);
  /** The API's own wording when it adds to the label (a condition still to fulfil, a missing fact). */
  protected readonly precision = computed(() => {
    const q = this.point().question ?? this.point().libelle;
    return q && q !== this.texte() ? q : null;
  });
}
