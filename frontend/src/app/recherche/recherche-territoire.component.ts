import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, output, signal } from '@angular/core';
import { DecimalPipe } from '@angular/common';
import { LIBELLES_TYPE, ResultatRecherche } from '../territoires/territoire';
import { RechercheStore } from '../territoires/recherche.store';

const DELAI_FRAPPE_MS = 200;

/**
 * Territory search as an ARIA combobox: type, then arrows to move, Enter to pick, Escape to close. Enter without a
 * highlighted option, or the loupe button, opens the first result (searching first if the list is not up to date).
 * Results are ranked by the API (spelling mistakes tolerated, postal codes); picking one emits it and closes the list.
 */
@Component({
  selector: 'mlg-recherche-territoire',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DecimalPipe],
  providers: [RechercheStore],
  template: `
    <div class="fr-search-bar recherche" [class.recherche--libelle-visible]="libelleVisible()" role="search">
      <label class="fr-label" [for]="identifiant()">{{ libelle() }}</label>
      <input
        [id]="identifiant()"
        class="fr-input"
        type="search"
        autocomplete="off"
        [placeholder]="indication()"
        role="combobox"
        aria-autocomplete="list"
        [attr.aria-controls]="prefixe() + '-resultats'"
        [attr.aria-expanded]="ouverte()"
        [attr.aria-activedescendant]="idActif()"
        [value]="store.texte()"
        (input)="saisir($any($event.target).value)"
        (keydown)="clavier($event)"
      />
      <button class="fr-btn" type="button" title="Rechercher et ouvrir le premier résultat" (click)="lancer()">Rechercher</button>
    </div>
    <p class="fr-sr-only" aria-live="polite">{{ annonce() }}</p>
    @if (store.erreur(); as message) {
      <p class="fr-error-text" role="alert">{{ message }}</p>
    }
    <ul [id]="prefixe() + '-resultats'" class="recherche__resultats" role="listbox" aria-label="Territoires trouvés" [hidden]="!ouverte()">
      @for (resultat of store.resultats(); track resultat.type + resultat.code; let i = $index) {
        <li
          [id]="prefixe() + '-option-' + i"
          role="option"
          class="recherche__option"
          [class.recherche__option--active]="i === actif()"
          [attr.aria-selected]="i === actif()"
          (mousedown)="$event.preventDefault()"
          (click)="choisir(resultat)"
        >
          <span class="fr-text--bold">{{ resultat.nom }}</span>&ngsp;<span class="fr-tag fr-tag--sm fr-ml-1w">{{ libelleType(resultat) }}</span
          >&ngsp;
          <span class="recherche__details fr-text--xs fr-mb-0">
            {{ resultat.code }}
            @if (resultat.codePostal) {
              · code postal {{ resultat.codePostal }}
            }
            @if (resultat.departement) {
              · dép. {{ resultat.departement }}
            }
            · {{ resultat.population | number: '1.0-0' : 'fr' }} hab.
          </span>
        </li>
      }
    </ul>
  `,
  styles: `
    .recherche--libelle-visible {
      flex-wrap: wrap;
    }
    .recherche--libelle-visible .fr-input {
      flex: 1 1 0;
      width: auto;
      min-width: 0;
    }
    .recherche--libelle-visible .fr-label {
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
      flex-basis: 100%;
      margin-bottom: 0.5rem;
    }
  `,
  host: { class: 'recherche-hote' },
})
export class RechercheTerritoireComponent {
  protected readonly store = inject(RechercheStore);
  readonly territoireChoisi = output<ResultatRecherche>();
  /** Id of the input and prefix of the list's and options' ids: unique per instance on the page. */
  readonly identifiant = input('recherche-territoire');
  readonly prefixe = input('recherche');
  readonly libelle = input('Rechercher une commune, un EPCI, un département ou une région');
  readonly indication = input('Commune, EPCI, département, région ou code');
  /** The label is visually hidden in the header search; a form shows it. */
  readonly libelleVisible = input(false);

  protected readonly actif = signal(-1);
  private readonly fermee = signal(false);
  protected readonly ouverte = computed(() => !this.fermee() && this.store.resultats().length > 0);
  protected readonly idActif = computed(() => (this.ouverte() && this.actif() >= 0 ? `${this.prefixe()}-option-${this.actif()}` : null));
  protected readonly annonce = computed(() => {
    if (this.store.enCours()) return 'Recherche en cours…';
    if (this.store.aucunResultat()) return 'Aucun territoire trouvé.';
    const n = this.store.resultats().length;
    return n > 0 ? `${n} territoire${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''}. Flèches pour parcourir, Entrée pour choisir.` : '';
  });
  private minuterie: ReturnType<typeof setTimeout> | undefined;
  /** The text the shown results were asked for. */
  private rechercheFaite: string | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.minuterie));
  }

  protected libelleType(resultat: ResultatRecherche): string {
    return LIBELLES_TYPE[resultat.type];
  }

  protected saisir(texte: string): void {
    this.store.texte.set(texte);
    this.fermee.set(false);
    this.actif.set(-1);
    clearTimeout(this.minuterie);
    this.minuterie = setTimeout(() => {
      this.minuterie = undefined;
      this.rechercheFaite = texte;
      void this.store.rechercher(texte);
    }, DELAI_FRAPPE_MS);
  }

  /** Enter or the loupe: the first result of the text as typed (searched now when the list is not for it yet). */
  protected async lancer(): Promise<void> {
    const texte = this.store.texte();
    const aJour = this.minuterie === undefined && !this.store.enCours() && this.store.resultats().length > 0 && this.rechercheFaite === texte;
    clearTimeout(this.minuterie);
    this.minuterie = undefined;
    this.fermee.set(false);
    if (!aJour) {
      this.rechercheFaite = texte;
      await this.store.rechercher(texte);
      // Typed on meanwhile: the newer text's search decides.
      if (this.store.texte() !== texte) return;
    }
    const premier = this.store.resultats()[0];
    if (premier) this.choisir(premier);
  }

  protected clavier(evenement: KeyboardEvent): void {
    const n = this.store.resultats().length;
    switch (evenement.key) {
      case 'ArrowDown':
        if (n === 0) return;
        evenement.preventDefault();
        this.fermee.set(false);
        this.actif.set((this.actif() + 1) % n);
        break;
      case 'ArrowUp':
        if (n === 0) return;
        evenement.preventDefault();
        this.actif.set(this.actif() <= 0 ? n - 1 : this.actif() - 1);
        break;
      case 'Enter': {
        evenement.preventDefault();
        const resultat = this.store.resultats()[this.actif()];
        if (this.ouverte() && resultat) this.choisir(resultat);
        else void this.lancer();
        break;
      }
      case 'Escape':
        this.fermee.set(true);
        this.actif.set(-1);
        break;
    }
  }

  protected choisir(resultat: ResultatRecherche): void {
    this.fermee.set(true);
    this.actif.set(-1);
    this.store.texte.set(resultat.nom);
    this.territoireChoisi.emit(resultat);
  }
}
