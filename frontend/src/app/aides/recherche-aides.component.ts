import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, effect, inject, signal, untracked } from '@angular/core';
import { KeyValuePipe } from '@angular/common';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../comptes/session.store';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { resterSurOngletAuChoixSurCarte } from '../simulation/rester-sur-onglet';
import { SelectionStore } from '../territoires/selection.store';
import { ResultatRecherche } from '../territoires/territoire';
import {
  AideAnterieure,
  CLASSES_CONVENTIONNELLES,
  CLASSES_MEDECIN,
  FORMES_JURIDIQUES,
  MODES_EXERCICE,
  PROFESSIONS,
  SECTEURS,
  SITUATIONS,
  TYPES_CABINET,
  TYPES_PROJET,
} from './aides';
import { AidesClient } from './aides.client';
import { AidesStore } from './aides.store';
import { appliquerReponse, champDuFormulaire } from './champs-a-preciser';
import { ErreurChamp, FormulaireAides, demandeDuFormulaire, estProfessionnel, formulaireVide } from './demande-du-formulaire';
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
  imports: [KeyValuePipe, RouterLink, RechercheTerritoireComponent, ReponseAidesComponent],
  providers: [AidesStore],
  template: `
    <h2 class="fr-h6 fr-mb-1w">Aides à l’installation et à l’exercice</h2>
    <p class="fr-text--sm">
      Sans compte. La commune, la situation et, pour un professionnel, la profession sont obligatoires&nbsp;; chaque réponse en plus permet de trancher
      davantage d’aides.
    </p>
    @if (peutPublier()) {
      <p class="fr-text--sm"><a class="fr-link fr-icon-add-line fr-link--icon-left" routerLink="/aides/publier">Publier une aide locale</a></p>
    }

    @if (erreurs().length) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert" tabindex="-1" id="aides-erreurs">
        <p>Le formulaire est incomplet&nbsp;:</p>
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
              Commune retenue&nbsp;: <strong>{{ nom }}</strong> ({{ formulaire().commune }})
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
              >Date de la question <span class="fr-hint-text">par défaut aujourd’hui&nbsp;; une autre date rejoue les règles de ce jour-là</span></label
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
          <div class="fr-select-group" [class.fr-select-group--error]="enErreur('profession')">
            <label class="fr-label" for="aides-profession"
              >Profession{{ professionnel() ? ' (obligatoire)' : '' }}
              <span class="fr-hint-text">une structure ou une collectivité n’en indique pas</span></label
            >
            <select id="aides-profession" class="fr-select" (change)="maj('profession', $any($event.target).value)">
              <option value="" [selected]="formulaire().profession === ''">Non renseignée</option>
              @for (o of professions | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().profession === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
        </div>
        <div class="fr-fieldset__element">
          <fieldset class="fr-fieldset" id="aides-premiereInstallation" tabindex="-1">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Première installation en exercice libéral&nbsp;?</legend>
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
          <fieldset class="fr-fieldset" id="aides-typeCabinet" tabindex="-1">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Cabinet principal ou secondaire&nbsp;?</legend>
            @for (o of cabinets; track o.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input
                    type="radio"
                    name="aides-cabinet"
                    [id]="'aides-cabinet-' + o.id"
                    [checked]="formulaire().typeCabinet === o.valeur"
                    (change)="maj('typeCabinet', o.valeur)"
                  />
                  <label class="fr-label" [for]="'aides-cabinet-' + o.id">{{ o.libelle }}</label>
                </div>
              </div>
            }
          </fieldset>
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
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Participation à la permanence des soins (PDSA)&nbsp;?</legend>
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

      <fieldset class="fr-fieldset">
        <legend class="fr-fieldset__legend fr-text--md">Lieu d’exercice</legend>
        <div class="fr-fieldset__element">
          <fieldset class="fr-fieldset" id="aides-dansQpv" tabindex="-1">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Dans un quartier prioritaire de la politique de la ville (QPV)&nbsp;?</legend>
            @for (o of ouiNon; track o.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input
                    type="radio"
                    name="aides-qpv"
                    [id]="'aides-qpv-' + o.id"
                    [checked]="formulaire().dansQpv === o.valeur"
                    (change)="maj('dansQpv', o.valeur)"
                  />
                  <label class="fr-label" [for]="'aides-qpv-' + o.id">{{ o.libelle }}</label>
                </div>
              </div>
            }
          </fieldset>
        </div>
        @if (quartiers().length) {
          <div class="fr-fieldset__element">
            <div class="fr-select-group">
              <label class="fr-label" for="aides-codeQpv">Quartier prioritaire</label>
              <select id="aides-codeQpv" class="fr-select" (change)="majQuartier($any($event.target).value)">
                <option value="" [selected]="formulaire().codeQpv === ''">Non renseigné</option>
                @for (q of quartiers(); track q.code) {
                  <option [value]="q.code" [selected]="formulaire().codeQpv === q.code">{{ q.nom }} ({{ q.code }})</option>
                }
              </select>
            </div>
          </div>
        }
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" for="aides-classeZonageDeclaree"
              >Classe de la commune dans l’arrêté de zonage en vigueur
              <span class="fr-hint-text">seulement si le zonage en vigueur n’est pas chargé ici&nbsp;: celle que vous lisez sur la page de l’ARS</span></label
            >
            <select id="aides-classeZonageDeclaree" class="fr-select" (change)="maj('classeZonageDeclaree', $any($event.target).value)">
              <option value="" [selected]="formulaire().classeZonageDeclaree === ''">Non renseignée</option>
              @for (o of classesDeclarables() | keyvalue: ordre; track o.key) {
                <option [value]="o.key" [selected]="formulaire().classeZonageDeclaree === o.key">{{ o.value }}</option>
              }
            </select>
          </div>
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
          <option value="" [selected]="formulaire().typeProjet === ''">Non renseigné</option>
          @for (o of typesProjet | keyvalue: ordre; track o.key) {
            <option [value]="o.key" [selected]="formulaire().typeProjet === o.key">{{ o.value }}</option>
          }
        </select>
      </div>

      @if (!professionnel() && formulaire().situation !== '') {
        <fieldset class="fr-fieldset" aria-labelledby="aides-structure-legende">
          <legend class="fr-fieldset__legend fr-text--md" id="aides-structure-legende">La structure</legend>
          <div class="fr-fieldset__element">
            <div class="fr-select-group">
              <label class="fr-label" for="aides-formeJuridique">Forme juridique</label>
              <select id="aides-formeJuridique" class="fr-select" (change)="maj('formeJuridique', $any($event.target).value)">
                <option value="" [selected]="formulaire().formeJuridique === ''">Non renseignée</option>
                @for (o of formes | keyvalue: ordre; track o.key) {
                  <option [value]="o.key" [selected]="formulaire().formeJuridique === o.key">{{ o.value }}</option>
                }
              </select>
            </div>
          </div>
          <div class="fr-fieldset__element">
            <fieldset class="fr-fieldset" id="aides-projetDeSanteValide" tabindex="-1">
              <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Projet de santé validé par l’ARS&nbsp;?</legend>
              @for (o of ouiNon; track o.valeur) {
                <div class="fr-fieldset__element fr-fieldset__element--inline">
                  <div class="fr-radio-group fr-radio-group--sm">
                    <input
                      type="radio"
                      name="aides-projet-sante"
                      [id]="'aides-projet-sante-' + o.id"
                      [checked]="formulaire().projetDeSanteValide === o.valeur"
                      (change)="maj('projetDeSanteValide', o.valeur)"
                    />
                    <label class="fr-label" [for]="'aides-projet-sante-' + o.id">{{ o.libelle }}</label>
                  </div>
                </div>
              }
            </fieldset>
          </div>
          @for (n of nombresStructure; track n.champ) {
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur(n.champ)">
                <label class="fr-label" [for]="'aides-' + n.champ">{{ n.libelle }}</label>
                <input
                  class="fr-input"
                  type="text"
                  inputmode="numeric"
                  [id]="'aides-' + n.champ"
                  [value]="formulaire()[n.champ]"
                  (input)="maj(n.champ, $any($event.target).value.trim())"
                />
              </div>
            </div>
          }
        </fieldset>
      }

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
        [formulaire]="formulaire()"
        [impressionEnCours]="impressionEnCours()"
        [erreurImpression]="erreurImpression()"
        (repondre)="repondre($event.champ, $event.valeur)"
        (preciser)="preciserDansLeFormulaire($event)"
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
  private readonly session = inject(SessionStore);

  protected readonly situations = SITUATIONS;
  protected readonly professions = PROFESSIONS;
  protected readonly secteurs = SECTEURS;
  protected readonly modes = MODES_EXERCICE;
  protected readonly typesProjet = TYPES_PROJET;
  protected readonly formes = FORMES_JURIDIQUES;
  protected readonly ordre = dansLOrdre;
  protected readonly cabinets = [
    ...Object.entries(TYPES_CABINET).map(([valeur, libelle]) => ({ id: valeur, valeur, libelle })),
    { id: 'inconnu', valeur: '', libelle: 'Non renseigné' },
  ];
  protected readonly nombresStructure = [
    { champ: 'medecinsGeneralistes' as const, libelle: 'Médecins généralistes de la structure' },
    { champ: 'autresProfessionnels' as const, libelle: 'Autres professionnels de santé de la structure' },
    { champ: 'populationCouverte' as const, libelle: 'Population couverte (CPTS), en habitants' },
  ];
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
  protected readonly professionnel = computed(() => estProfessionnel(this.formulaire().situation));
  /** ARS, élus and administrators publish local aids (their territory only, checked by the API). */
  protected readonly peutPublier = computed(() => ['ars', 'elu', 'admin'].includes(this.session.utilisateur()?.role ?? ''));
  /** The commune's quartiers prioritaires, as the last answer lists them. */
  protected readonly quartiers = computed(() => {
    const r = this.store.reponse();
    return r && r.commune.code === this.formulaire().commune ? (r.zonage.qpv ?? []) : [];
  });
  protected readonly classesDeclarables = computed(() => {
    const p = this.formulaire().profession;
    return p === '' || p.startsWith('medecin') ? CLASSES_MEDECIN : CLASSES_CONVENTIONNELLES;
  });
  private readonly injecteur = inject(Injector);

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

  /** `versLaReponse`: « Voir les aides » moves focus to the answer; a point answered in place keeps it there. */
  protected envoyer(versLaReponse = true): void {
    const resultat = demandeDuFormulaire(this.formulaire());
    if ('erreurs' in resultat) {
      this.erreurs.set(resultat.erreurs);
      setTimeout(() => document.getElementById('aides-erreurs')?.focus());
      return;
    }
    this.erreurs.set([]);
    // Once the answer is shown, focus moves to its heading: keyboard and screen-reader users land on the result.
    void this.store.demander(resultat.demande).then(() => {
      if (versLaReponse && this.store.reponse()) afterNextRender(() => document.getElementById('aides-reponse-titre')?.focus(), { injector: this.injecteur });
    });
  }

  protected majQuartier(code: string): void {
    this.formulaire.update((f) => appliquerReponse(f, 'codeQpv', code));
  }

  /** A point « à préciser » answered in place: the form takes the answer and the question is asked again at once. */
  protected repondre(champ: string, valeur: string): void {
    if (champ === 'aidesAnterieures' && valeur !== 'aucune') return this.preciserDansLeFormulaire(champ);
    this.formulaire.update((f) => appliquerReponse(f, champ, valeur));
    this.envoyer(false);
  }

  /** A point to answer in the form itself (a list to fill): opens it and moves focus there. */
  protected preciserDansLeFormulaire(champ: string): void {
    const cle = champDuFormulaire(champ) ?? champ;
    if (cle === 'aidesAnterieures') this.choisirAnterieures('oui');
    setTimeout(() => this.focaliser(cle === 'aidesAnterieures' ? 'listeAidesAnterieures' : cle));
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
    // Quartiers and answers belong to a commune: a new commune starts them afresh.
    if (this.formulaire().commune !== code) this.formulaire.update((f) => ({ ...f, commune: code, codeQpv: '', reponses: {} }));
  }
}
