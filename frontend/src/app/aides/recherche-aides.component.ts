import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { KeyValuePipe } from '@angular/common';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { resterSurOngletAuChoixSurCarte } from '../simulation/rester-sur-onglet';
import { SelectionStore } from '../territoires/selection.store';
import { ResultatRecherche } from '../territoires/territoire';
import { AideAnterieure, MODES_EXERCICE, PROFESSIONS, SECTEURS, SITUATIONS, TYPES_PROJET } from './aides';
import { AidesClient } from './aides.client';
import { AidesStore } from './aides.store';
import { ErreurChamp, FormulaireAides, demandeDuFormulaire, formulaireVide } from './demande-du-formulaire';
import { ReponseAidesComponent } from './reponse-aides.component';

/** Keep the options in the order written (KeyValuePipe sorts by key otherwise). */
const dansLOrdre = (): number => 0;

/**
 * « Aides » for project leads (no account): a short form → the single window's explained answer
 * (`POST /api/aides/eligibilite`). Unanswered questions are sent as unknown, never as « no ».
 */
@Component({
  selector: 'mlg-recherche-aides',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [KeyValuePipe, RechercheTerritoireComponent, ReponseAidesComponent],
  providers: [AidesStore],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Aides à l’installation et à l’exercice</h2>
    <p class="fr-text--sm">Sans compte. Seules la commune et la situation sont obligatoires ; chaque réponse en plus permet de trancher davantage d’aides.</p>

    @if (erreurs().length) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert" tabindex="-1" id="aides-erreurs">
        <p>Le formulaire est incomplet :</p>
        <ul>
          @for (e of erreurs(); track e.champ) {
            <li>
              <a [href]="'#aides-' + e.champ" (click)="$event.preventDefault(); focaliser(e.champ)">{{ e.message }}</a>
            </li>
          }
        </ul>
      </div>
    }

    <form novalidate (submit)="$event.preventDefault(); envoyer()" aria-label="Trouver les aides">
      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend fr-text--md">Lieu et date</legend>
        <div class="fr-fieldset__element">
          <mlg-recherche-territoire
            identifiant="aides-commune"
            prefixe="aides-commune"
            libelle="Commune du lieu d’exercice (obligatoire)"
            indication="Nom ou code INSEE de la commune"
            [libelleVisible]="true"
            (territoireChoisi)="choisirCommune($event)"
          />
          <p class="fr-text--sm fr-mt-1w fr-mb-0" aria-live="polite" data-testid="aides-commune-choisie">
            @if (nomCommune(); as nom) {
              Commune retenue : <strong>{{ nom }}</strong> ({{ formulaire().commune }})
            } @else {
              Aucune commune choisie (vous pouvez aussi cliquer sur la carte).
            }
          </p>
          @if (communeRefusee(); as message) {
            <p class="fr-error-text">{{ message }}</p>
          }
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group">
            <label class="fr-label" for="aides-date"
              >Date de la question <span class="fr-hint-text">par défaut aujourd’hui ; une autre date rejoue les règles de ce jour-là</span></label
            >
            <input id="aides-date" class="fr-input" type="date" [value]="formulaire().date" (change)="maj('date', $any($event.target).value)" />
          </div>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend fr-text--md">Votre situation</legend>
        <div class="fr-fieldset__element">
          <div class="fr-select-group" [class.fr-select-group--error]="enErreur('situation')">
            <label class="fr-label" for="aides-situation">Situation (obligatoire)</label>
            <select id="aides-situation" class="fr-select" required (change)="maj('situation', $any($event.target).value)">
              <option value="" [selected]="formulaire().situation === ''">— Choisir —</option>
              @for (o of situations | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().situation === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" for="aides-profession">Profession</label>
            <select id="aides-profession" class="fr-select" (change)="maj('profession', $any($event.target).value)">
              <option value="">Non renseignée</option>
              @for (o of professions | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().profession === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <fieldset class="fr-fieldset" id="aides-premiereInstallation" tabindex="-1">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Première installation en exercice libéral ?</legend>
            @for (o of ouiNon; track o.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input
                    type="radio"
                    name="aides-premiere"
                    [id]="'aides-premiere-' + o.id"
                    [value]="o.valeur"
                    [checked]="formulaire().premiereInstallation === o.valeur"
                    (change)="maj('premiereInstallation', o.valeur)"
                  />
                  <label class="fr-label" [for]="'aides-premiere-' + o.id">{{ o.libelle }}</label>
                </div>
              </div>
            }
          </fieldset>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group">
            <label class="fr-label" for="aides-dateInstallation">Date d’installation, passée ou prévue</label>
            <input
              id="aides-dateInstallation"
              class="fr-input"
              type="date"
              [value]="formulaire().dateInstallation"
              (change)="maj('dateInstallation', $any($event.target).value)"
            />
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" for="aides-secteur">Secteur conventionnel</label>
            <select id="aides-secteur" class="fr-select" (change)="maj('secteur', $any($event.target).value)">
              <option value="">Non renseigné</option>
              @for (o of secteurs | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().secteur === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" for="aides-modeExercice">Mode d’exercice</label>
            <select id="aides-modeExercice" class="fr-select" (change)="maj('modeExercice', $any($event.target).value)">
              <option value="">Non renseigné</option>
              @for (o of modes | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().modeExercice === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group" [class.fr-input-group--error]="enErreur('joursParSemaine')">
            <label class="fr-label" for="aides-joursParSemaine"
              >Jours d’activité par semaine dans la commune <span class="fr-hint-text">de 0,5 à 7</span></label
            >
            <input
              id="aides-joursParSemaine"
              class="fr-input"
              type="text"
              inputmode="decimal"
              [value]="formulaire().joursParSemaine"
              (input)="maj('joursParSemaine', $any($event.target).value.trim())"
            />
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group" [class.fr-input-group--error]="enErreur('age')">
            <label class="fr-label" for="aides-age">Âge <span class="fr-hint-text">en années</span></label>
            <input
              id="aides-age"
              class="fr-input"
              type="text"
              inputmode="numeric"
              [value]="formulaire().age"
              (input)="maj('age', $any($event.target).value.trim())"
            />
          </div>
        </div>
        <div class="fr-fieldset__element">
          <fieldset class="fr-fieldset" id="aides-permanenceDesSoins" tabindex="-1">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Participation à la permanence des soins (PDSA) ?</legend>
            @for (o of ouiNon; track o.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input
                    type="radio"
                    name="aides-pdsa"
                    [id]="'aides-pdsa-' + o.id"
                    [value]="o.valeur"
                    [checked]="formulaire().permanenceDesSoins === o.valeur"
                    (change)="maj('permanenceDesSoins', o.valeur)"
                  />
                  <label class="fr-label" [for]="'aides-pdsa-' + o.id">{{ o.libelle }}</label>
                </div>
              </div>
            }
          </fieldset>
        </div>
      </fieldset>

      <fieldset class="fr-fieldset" id="aides-aidesAnterieures" tabindex="-1">
        <legend class="fr-fieldset__legend fr-text--md">
          Aides à l’installation déjà perçues <span class="fr-hint-text">une aide de même nature dans les 10 dernières années peut exclure la nouvelle</span>
        </legend>
        @for (o of choixAnterieures; track o.valeur) {
          <div class="fr-fieldset__element">
            <div class="fr-radio-group fr-radio-group--sm">
              <input
                type="radio"
                name="aides-anterieures"
                [id]="'aides-anterieures-' + o.valeur"
                [checked]="formulaire().aidesAnterieures === o.valeur"
                (change)="choisirAnterieures(o.valeur)"
              />
              <label class="fr-label" [for]="'aides-anterieures-' + o.valeur">{{ o.libelle }}</label>
            </div>
          </div>
        }
        @if (formulaire().aidesAnterieures === 'oui') {
          <div class="fr-fieldset__element" id="aides-listeAidesAnterieures" tabindex="-1">
            @for (a of formulaire().listeAidesAnterieures; track $index; let i = $index) {
              <div class="aides__anterieure">
                <div class="fr-select-group">
                  <label class="fr-label" [for]="'aides-anterieure-code-' + i">Aide {{ i + 1 }}</label>
                  <select class="fr-select" [id]="'aides-anterieure-code-' + i" (change)="majAnterieure(i, { code: $any($event.target).value, date: a.date })">
                    <option value="">— Choisir —</option>
                    @for (o of optionsAnterieures(); track o.code) {
                      <option [value]="o.code" [selected]="a.code === o.code">{{ o.libelle }}</option>
                    }
                  </select>
                </div>
                <div class="fr-input-group">
                  <label class="fr-label" [for]="'aides-anterieure-date-' + i">Date d’attribution de l’aide {{ i + 1 }}</label>
                  <input
                    class="fr-input"
                    type="date"
                    [id]="'aides-anterieure-date-' + i"
                    [value]="a.date"
                    (change)="majAnterieure(i, { code: a.code, date: $any($event.target).value })"
                  />
                </div>
                <button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm" (click)="retirerAnterieure(i)">Retirer l’aide {{ i + 1 }}</button>
              </div>
            }
            <button type="button" class="fr-btn fr-btn--secondary fr-btn--sm fr-icon-add-line fr-btn--icon-left" (click)="ajouterAnterieure()">
              Ajouter une aide perçue
            </button>
          </div>
        }
      </fieldset>

      <div class="fr-select-group">
        <label class="fr-label" for="aides-typeProjet">Type de projet</label>
        <select id="aides-typeProjet" class="fr-select" (change)="maj('typeProjet', $any($event.target).value)">
          <option value="">Non renseigné</option>
          @for (o of typesProjet | keyvalue: ordre; track o.key) {
            <option [value]="o.key" [selected]="formulaire().typeProjet === o.key">{{ o.value }}</option>
          }
        </select>
      </div>

      <button type="submit" class="fr-btn" [disabled]="store.enCours()">Voir les aides</button>
    </form>

    @if (store.enCours()) {
      <p class="fr-text--sm fr-mt-2w" role="status">Recherche des aides…</p>
    }
    @if (store.erreur(); as message) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w" role="alert">
        <p>{{ message }}</p>
      </div>
    }
    @if (store.reponse(); as reponse) {
      <mlg-reponse-aides
        class="fr-mt-3w"
        [reponse]="reponse"
        [aPreciser]="store.aPreciser()"
        [impressionEnCours]="impressionEnCours()"
        [erreurImpression]="erreurImpression()"
        (preciser)="focaliser($event)"
        (imprimable)="ouvrirImprimable()"
      />
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .aides__anterieure {
      display: grid;
      gap: 0 1rem;
      grid-template-columns: 1fr;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
  `,
})
export class RechercheAidesComponent {
  protected readonly store = inject(AidesStore);
  private readonly client = inject(AidesClient);
  private readonly selection = inject(SelectionStore);

  protected readonly situations = SITUATIONS;
  protected readonly professions = PROFESSIONS;
  protected readonly secteurs = SECTEURS;
  protected readonly modes = MODES_EXERCICE;
  protected readonly typesProjet = TYPES_PROJET;
  protected readonly ordre = dansLOrdre;
  protected readonly ouiNon = [
    { id: 'oui', valeur: 'oui', libelle: 'Oui' },
    { id: 'non', valeur: 'non', libelle: 'Non' },
    { id: 'inconnu', valeur: '', libelle: 'Non renseigné' },
  ];
  protected readonly choixAnterieures = [
    { valeur: 'aucune', libelle: 'Aucune' },
    { valeur: 'oui', libelle: 'Oui, une ou plusieurs' },
    { valeur: 'inconnu', libelle: 'Non renseigné (les aides concernées resteront « à confirmer »)' },
  ] as const;

  protected readonly formulaire = signal<FormulaireAides>(formulaireVide());
  protected readonly nomCommune = signal<string | null>(null);
  protected readonly communeRefusee = signal<string | null>(null);
  protected readonly erreurs = signal<readonly ErreurChamp[]>([]);
  protected readonly optionsAnterieures = signal<readonly { code: string; libelle: string }[]>([]);
  protected readonly impressionEnCours = signal(false);
  protected readonly erreurImpression = signal<string | null>(null);
  private readonly champsEnErreur = computed(() => new Set(this.erreurs().map((e) => e.champ)));

  constructor() {
    resterSurOngletAuChoixSurCarte('aides');
    // The commune picked on the map or in the page search, or by a commune card's « Aides disponibles ».
    effect(() => {
      const fiche = this.selection.fiche();
      if (fiche?.type === 'commune') untracked(() => this.retenirCommune(fiche.code, fiche.nom));
    });
  }

  protected enErreur(champ: keyof FormulaireAides): boolean {
    return this.champsEnErreur().has(champ);
  }

  protected maj<K extends keyof FormulaireAides>(champ: K, valeur: FormulaireAides[K]): void {
    this.formulaire.update((f) => ({ ...f, [champ]: valeur }));
  }

  protected choisirCommune(resultat: ResultatRecherche): void {
    if (resultat.type !== 'commune') {
      this.communeRefusee.set(`${resultat.nom} n’est pas une commune : les aides dépendent du zonage de la commune d’exercice.`);
      return;
    }
    this.retenirCommune(resultat.code, resultat.nom);
  }

  protected choisirAnterieures(valeur: FormulaireAides['aidesAnterieures']): void {
    this.maj('aidesAnterieures', valeur);
    if (valeur === 'oui') {
      if (this.formulaire().listeAidesAnterieures.length === 0) this.ajouterAnterieure();
      if (this.optionsAnterieures().length === 0) {
        this.client.aidesAnterieuresPossibles().then(
          (options) => this.optionsAnterieures.set(options),
          () => this.optionsAnterieures.set([{ code: 'autre-aide-installation', libelle: 'Autre aide à l’installation' }]),
        );
      }
    }
  }

  protected ajouterAnterieure(): void {
    this.maj('listeAidesAnterieures', [...this.formulaire().listeAidesAnterieures, { code: '', date: '' }]);
  }

  protected majAnterieure(index: number, aide: AideAnterieure): void {
    this.maj(
      'listeAidesAnterieures',
      this.formulaire().listeAidesAnterieures.map((a, i) => (i === index ? aide : a)),
    );
  }

  protected retirerAnterieure(index: number): void {
    this.maj(
      'listeAidesAnterieures',
      this.formulaire().listeAidesAnterieures.filter((_, i) => i !== index),
    );
  }

  protected envoyer(): void {
    const resultat = demandeDuFormulaire(this.formulaire());
    if ('erreurs' in resultat) {
      this.erreurs.set(resultat.erreurs);
      setTimeout(() => document.getElementById('aides-erreurs')?.focus());
      return;
    }
    this.erreurs.set([]);
    void this.store.demander(resultat.demande);
  }

  /** Moves focus to the form field an « à préciser » point or an error refers to. */
  protected focaliser(champ: string): void {
    const cible = document.getElementById(`aides-${champ}`);
    cible?.scrollIntoView({ block: 'center' });
    cible?.focus();
  }

  /**
   * The server's printable page in a new tab. The tab is opened during the click (popup blockers
   * allow it) and receives the page once it arrives.
   */
  protected async ouvrirImprimable(): Promise<void> {
    const onglet = window.open('', '_blank');
    this.impressionEnCours.set(true);
    this.erreurImpression.set(null);
    try {
      const html = await this.store.pageImprimable();
      const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
      if (onglet) onglet.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      onglet?.close();
      this.erreurImpression.set('La version imprimable n’a pas pu être produite. Utilisez « Imprimer cette page ».');
    } finally {
      this.impressionEnCours.set(false);
    }
  }

  private retenirCommune(code: string, nom: string): void {
    this.communeRefusee.set(null);
    this.nomCommune.set(nom);
    this.maj('commune', code);
  }
}
