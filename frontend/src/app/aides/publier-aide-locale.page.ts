import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { KeyValuePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { SessionStore } from '../comptes/session.store';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { messageErreur } from '../territoires/message-erreur';
import { ResultatRecherche } from '../territoires/territoire';
import {
  ErreurAideLocale,
  FormulaireAideLocale,
  LIBELLES_FINANCEUR,
  LIBELLES_TERRITOIRE,
  NATURES,
  PERIODICITES,
  TypeTerritoire,
  ZONES_MEDECIN,
  champDuFormulaireAideLocale,
  definitionAideLocale,
  financeursPossibles,
  formulaireAideLocaleVide,
} from './aide-locale';
import { PROFESSIONS, SITUATIONS, Situation } from './aides';
import { AidesClient } from './aides.client';
import { aujourdhuiParis } from './demande-du-formulaire';

const dansLOrdre = (): number => 0;

/**
 * « Publier une aide locale »: an ARS planner (for its région), an elected official (for its collectivité) or an
 * administrator records an aid of its territory — amount, conditions, validity, source — through `POST /api/aides`;
 * the single window then answers with it for the territory's communes.
 */
@Component({
  selector: 'mlg-publier-aide-locale',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [KeyValuePipe, RouterLink, RechercheTerritoireComponent],
  template: `
    <main class="fr-container fr-my-4w" id="contenu" role="main">
      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/">Tableau de bord</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Publier une aide locale</a></li>
        </ol>
      </nav>
      <h1 class="fr-h3">Publier une aide locale</h1>
      @if (!autorise()) {
        <div class="fr-alert fr-alert--info" data-testid="aide-locale-connexion">
          <p>
            Réservé aux comptes ARS (pour leur région), élus (pour leur collectivité) et administrateurs&nbsp;: connectez-vous avec « Se connecter » en haut de
            la page.
          </p>
        </div>
      } @else {
        <p class="fr-text--sm">
          L’aide apparaîtra dans les réponses du guichet des aides pour les communes de son territoire, avec ses conditions et sa source. Une aide publiée n’est
          pas modifiée&nbsp;: pour la changer, publiez-en une nouvelle et fermez l’ancienne par sa date de fin.
        </p>
        @if (publiee(); as p) {
          <div class="fr-alert fr-alert--success fr-mb-3w" role="status" data-testid="aide-locale-publiee">
            <h2 class="fr-alert__title">Aide publiée</h2>
            <p>« {{ p.nom }} » est publiée pour {{ p.territoire }}. Elle est proposée dès maintenant par le guichet des aides.</p>
          </div>
        }
        @if (erreurs().length || erreurApi()) {
          <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" tabindex="-1" id="aide-locale-erreurs">
            <p>{{ erreurApi() ?? 'Le formulaire est incomplet :' }}</p>
            <ul>
              @for (e of erreurs(); track e.champ + e.message) {
                <li>
                  <a [href]="'#aide-locale-' + e.champ" (click)="$event.preventDefault(); focaliser(e.champ)">{{ e.message }}</a>
                </li>
              }
            </ul>
          </div>
        }
        <form novalidate (submit)="$event.preventDefault(); publier()" aria-label="Publier une aide locale">
          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--lg">Territoire et financeur</legend>
            <div class="fr-fieldset__element" id="aide-locale-territoireCode" tabindex="-1">
              <mlg-recherche-territoire
                identifiant="aide-locale-territoire"
                prefixe="aide-locale-territoire"
                libelle="Territoire de l’aide (obligatoire)"
                indication="Région, département, intercommunalité ou commune"
                [libelleVisible]="true"
                (territoireChoisi)="choisirTerritoire($event)"
              />
              <p class="fr-text--sm fr-mt-1w fr-mb-0" aria-live="polite" data-testid="aide-locale-territoire-choisi">
                @if (territoire(); as t) {
                  Territoire retenu&nbsp;: <strong>{{ t.nom }}</strong> ({{ libelleTerritoire(t.type) }} {{ t.code }})
                } @else {
                  Aucun territoire choisi.
                }
              </p>
              @if (territoiresDuCompte().length) {
                <p class="fr-text--xs fr-mb-0">
                  Votre compte publie pour&nbsp;:
                  @for (t of territoiresDuCompte(); track t.type + t.code; let dernier = $last) {
                    {{ libelleTerritoire(t.type) }} {{ t.code }}{{ dernier ? '.' : ', ' }}
                  }
                </p>
              }
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-select-group" [class.fr-select-group--error]="enErreur('financeurType')">
                <label class="fr-label" for="aide-locale-financeurType">Financeur (obligatoire)</label>
                <select id="aide-locale-financeurType" class="fr-select" (change)="maj('financeurType', $any($event.target).value)">
                  <option value="" [selected]="f().financeurType === ''">— Choisir —</option>
                  @for (t of financeurs(); track t) {
                    <option [value]="t" [selected]="f().financeurType === t">{{ libelleFinanceur(t) }}</option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('financeurNom')">
                <label class="fr-label" for="aide-locale-financeurNom"
                  >Nom du financeur (obligatoire) <span class="fr-hint-text">par exemple « Département de l’Orne »</span></label
                >
                <input
                  id="aide-locale-financeurNom"
                  class="fr-input"
                  type="text"
                  [value]="f().financeurNom"
                  (input)="maj('financeurNom', $any($event.target).value)"
                />
              </div>
            </div>
          </fieldset>

          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--lg">L’aide</legend>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('nom')">
                <label class="fr-label" for="aide-locale-nom"
                  >Nom de l’aide (obligatoire) <span class="fr-hint-text">tel que les professionnels le liront</span></label
                >
                <input id="aide-locale-nom" class="fr-input" type="text" [value]="f().nom" (input)="maj('nom', $any($event.target).value)" />
              </div>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('description')">
                <label class="fr-label" for="aide-locale-description">Description (obligatoire)</label>
                <textarea
                  id="aide-locale-description"
                  class="fr-input"
                  rows="3"
                  [value]="f().description"
                  (input)="maj('description', $any($event.target).value)"
                ></textarea>
              </div>
            </div>
            <div class="fr-fieldset__element">
              <fieldset class="fr-fieldset" id="aide-locale-cibles" tabindex="-1">
                <legend class="fr-fieldset__legend--regular fr-fieldset__legend">Public visé (obligatoire)</legend>
                @for (s of situations | keyvalue: ordre; track s.key) {
                  <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <div class="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        [id]="'aide-locale-cible-' + s.key"
                        [checked]="f().cibles.includes($any(s.key))"
                        (change)="basculerCible($any(s.key))"
                      />
                      <label class="fr-label" [for]="'aide-locale-cible-' + s.key">{{ s.value }}</label>
                    </div>
                  </div>
                }
              </fieldset>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-select-group">
                <label class="fr-label" for="aide-locale-nature">Nature</label>
                <select id="aide-locale-nature" class="fr-select" (change)="maj('nature', $any($event.target).value)">
                  @for (n of natures | keyvalue: ordre; track n.key) {
                    <option [value]="n.key" [selected]="f().nature === n.key">{{ n.value }}</option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  id="aide-locale-aideInstallation"
                  [checked]="f().aideInstallation"
                  (change)="maj('aideInstallation', !f().aideInstallation)"
                />
                <label class="fr-label" for="aide-locale-aideInstallation"
                  >Aide à l’installation
                  <span class="fr-hint-text">pas de nouvelle aide d’une collectivité dans les dix ans suivant la précédente (décret n° 2025-231)</span></label
                >
              </div>
            </div>
          </fieldset>

          <fieldset class="fr-fieldset" id="aide-locale-montantType" tabindex="-1">
            <legend class="fr-fieldset__legend fr-text--lg">Montant</legend>
            @for (m of typesMontant; track m.valeur) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group fr-radio-group--sm">
                  <input
                    type="radio"
                    name="aide-locale-montant-type"
                    [id]="'aide-locale-montant-' + m.valeur"
                    [checked]="f().montantType === m.valeur"
                    (change)="maj('montantType', m.valeur)"
                  />
                  <label class="fr-label" [for]="'aide-locale-montant-' + m.valeur">{{ m.libelle }}</label>
                </div>
              </div>
            }
            @if (f().montantType === 'formule') {
              <div class="fr-fieldset__element">
                <div class="fr-input-group" [class.fr-input-group--error]="enErreur('formule')">
                  <label class="fr-label" for="aide-locale-formule"
                    >Montant en clair (obligatoire) <span class="fr-hint-text">par exemple « 30 % des travaux, jusqu’à 100 000 € »</span></label
                  >
                  <input id="aide-locale-formule" class="fr-input" type="text" [value]="f().formule" (input)="maj('formule', $any($event.target).value)" />
                </div>
              </div>
            } @else {
              <div class="fr-fieldset__element">
                <div class="fr-input-group" [class.fr-input-group--error]="enErreur('montant')">
                  <label class="fr-label" for="aide-locale-montant">Montant en euros (obligatoire) <span class="fr-hint-text">par exemple 15000</span></label>
                  <input id="aide-locale-montant" class="fr-input" type="text" [value]="f().montant" (input)="maj('montant', $any($event.target).value)" />
                </div>
              </div>
              <div class="fr-fieldset__element">
                <div class="fr-select-group">
                  <label class="fr-label" for="aide-locale-periodicite">Périodicité</label>
                  <select id="aide-locale-periodicite" class="fr-select" (change)="maj('periodicite', $any($event.target).value)">
                    @for (p of periodicites | keyvalue: ordre; track p.key) {
                      <option [value]="p.key" [selected]="f().periodicite === p.key">{{ p.value }}</option>
                    }
                  </select>
                </div>
              </div>
            }
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('duree')">
                <label class="fr-label" for="aide-locale-duree"
                  >Durée ou échéancier <span class="fr-hint-text">par exemple « versée en deux fois sur 2 ans »</span></label
                >
                <input id="aide-locale-duree" class="fr-input" type="text" [value]="f().duree" (input)="maj('duree', $any($event.target).value)" />
              </div>
            </div>
          </fieldset>

          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--lg">Conditions</legend>
            <div class="fr-fieldset__element">
              <fieldset class="fr-fieldset">
                <legend class="fr-fieldset__legend--regular fr-fieldset__legend">
                  Professions visées <span class="fr-hint-text">aucune cochée&nbsp;: toutes</span>
                </legend>
                @for (p of professions | keyvalue: ordre; track p.key) {
                  <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <div class="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        [id]="'aide-locale-profession-' + p.key"
                        [checked]="f().professions.includes(p.key)"
                        (change)="basculer('professions', p.key)"
                      />
                      <label class="fr-label" [for]="'aide-locale-profession-' + p.key">{{ p.value }}</label>
                    </div>
                  </div>
                }
              </fieldset>
            </div>
            <div class="fr-fieldset__element">
              <fieldset class="fr-fieldset">
                <legend class="fr-fieldset__legend--regular fr-fieldset__legend">
                  Zones du zonage médecins <span class="fr-hint-text">aucune cochée&nbsp;: partout sur le territoire</span>
                </legend>
                @for (z of zones | keyvalue: ordre; track z.key) {
                  <div class="fr-fieldset__element fr-fieldset__element--inline">
                    <div class="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        [id]="'aide-locale-zone-' + z.key"
                        [checked]="f().zonesMedecin.includes(z.key)"
                        (change)="basculer('zonesMedecin', z.key)"
                      />
                      <label class="fr-label" [for]="'aide-locale-zone-' + z.key">{{ z.value }}</label>
                    </div>
                  </div>
                }
              </fieldset>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-input-group">
                <label class="fr-label" for="aide-locale-conditions"
                  >Autres conditions
                  <span class="fr-hint-text"
                    >une question par ligne, à laquelle on répond oui ou non (par exemple « Vous engagez-vous à exercer 5 ans sur le territoire&nbsp;? »)</span
                  ></label
                >
                <textarea
                  id="aide-locale-conditions"
                  class="fr-input"
                  rows="3"
                  [value]="f().conditions"
                  (input)="maj('conditions', $any($event.target).value)"
                ></textarea>
              </div>
            </div>
          </fieldset>

          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--lg">Validité</legend>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('debut')">
                <label class="fr-label" for="aide-locale-debut">Ouverte à partir du</label>
                <input id="aide-locale-debut" class="fr-input" type="date" [value]="f().debut" (change)="maj('debut', $any($event.target).value)" />
              </div>
            </div>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('fin')">
                <label class="fr-label" for="aide-locale-fin">Jusqu’au</label>
                <input id="aide-locale-fin" class="fr-input" type="date" [value]="f().fin" (change)="maj('fin', $any($event.target).value)" />
              </div>
            </div>
          </fieldset>

          <fieldset class="fr-fieldset">
            <legend class="fr-fieldset__legend fr-text--lg">Source</legend>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('sourceLibelle')">
                <label class="fr-label" for="aide-locale-sourceLibelle"
                  >Délibération ou page officielle (obligatoire)
                  <span class="fr-hint-text">par exemple « Délibération du conseil communautaire du 12 mars 2026 »</span></label
                >
                <input
                  id="aide-locale-sourceLibelle"
                  class="fr-input"
                  type="text"
                  [value]="f().sourceLibelle"
                  (input)="maj('sourceLibelle', $any($event.target).value)"
                />
              </div>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('sourceUrl')">
                <label class="fr-label" for="aide-locale-sourceUrl">Adresse de la page <span class="fr-hint-text">https://…</span></label>
                <input id="aide-locale-sourceUrl" class="fr-input" type="text" [value]="f().sourceUrl" (input)="maj('sourceUrl', $any($event.target).value)" />
              </div>
            </div>
            <div class="fr-fieldset__element">
              <div class="fr-input-group" [class.fr-input-group--error]="enErreur('sourceLueLe')">
                <label class="fr-label" for="aide-locale-sourceLueLe">Page lue le (vide&nbsp;: adresse saisie sans relecture)</label>
                <input
                  id="aide-locale-sourceLueLe"
                  class="fr-input"
                  type="date"
                  [value]="f().sourceLueLe"
                  (change)="maj('sourceLueLe', $any($event.target).value)"
                />
              </div>
            </div>
          </fieldset>

          <button type="submit" class="fr-btn" [disabled]="enCours()">Publier l’aide</button>
        </form>
      }
    </main>
  `,
})
export class PublierAideLocalePage {
  private readonly client = inject(AidesClient);
  private readonly session = inject(SessionStore);

  protected readonly situations = SITUATIONS;
  protected readonly professions = PROFESSIONS;
  protected readonly natures = NATURES;
  protected readonly periodicites = PERIODICITES;
  protected readonly zones = ZONES_MEDECIN;
  protected readonly ordre = dansLOrdre;
  protected readonly typesMontant = [
    { valeur: 'fixe' as const, libelle: 'Montant fixe' },
    { valeur: 'plafond' as const, libelle: 'Jusqu’à (plafond)' },
    { valeur: 'formule' as const, libelle: 'En clair (taux, formule)' },
  ];

  protected readonly f = signal<FormulaireAideLocale>(formulaireAideLocaleVide());
  protected readonly territoire = signal<{ type: TypeTerritoire; code: string; nom: string } | null>(null);
  protected readonly erreurs = signal<readonly ErreurAideLocale[]>([]);
  protected readonly erreurApi = signal<string | null>(null);
  protected readonly enCours = signal(false);
  protected readonly publiee = signal<{ nom: string; territoire: string } | null>(null);

  protected readonly autorise = computed(() => ['ars', 'elu', 'admin'].includes(this.session.utilisateur()?.role ?? ''));
  protected readonly territoiresDuCompte = computed(() => this.session.utilisateur()?.territoires ?? []);
  protected readonly financeurs = computed(() => {
    const t = this.f().territoireType;
    return t ? financeursPossibles(this.session.utilisateur()?.role ?? '', t) : [];
  });
  private readonly champsEnErreur = computed(() => new Set(this.erreurs().map((e) => e.champ)));

  protected enErreur(champ: keyof FormulaireAideLocale): boolean {
    return this.champsEnErreur().has(champ);
  }

  protected maj<K extends keyof FormulaireAideLocale>(champ: K, valeur: FormulaireAideLocale[K]): void {
    this.f.update((f) => ({ ...f, [champ]: valeur }));
  }

  protected basculer(champ: 'professions' | 'zonesMedecin', valeur: string): void {
    this.f.update((f) => ({ ...f, [champ]: f[champ].includes(valeur) ? f[champ].filter((v) => v !== valeur) : [...f[champ], valeur] }));
  }

  protected basculerCible(cible: Situation): void {
    this.f.update((f) => ({ ...f, cibles: f.cibles.includes(cible) ? f.cibles.filter((c) => c !== cible) : [...f.cibles, cible] }));
  }

  protected choisirTerritoire(r: ResultatRecherche): void {
    this.territoire.set({ type: r.type, code: r.code, nom: r.nom });
    const financeurs = financeursPossibles(this.session.utilisateur()?.role ?? '', r.type);
    this.f.update((f) => ({ ...f, territoireType: r.type, territoireCode: r.code, financeurType: financeurs.length === 1 ? financeurs[0] : '' }));
  }

  protected libelleTerritoire(type: TypeTerritoire): string {
    return LIBELLES_TERRITOIRE[type];
  }

  protected libelleFinanceur(type: keyof typeof LIBELLES_FINANCEUR): string {
    return LIBELLES_FINANCEUR[type];
  }

  protected async publier(): Promise<void> {
    this.erreurApi.set(null);
    this.publiee.set(null);
    const resultat = definitionAideLocale(this.f(), aujourdhuiParis());
    if ('erreurs' in resultat) {
      this.erreurs.set(resultat.erreurs);
      setTimeout(() => document.getElementById('aide-locale-erreurs')?.focus());
      return;
    }
    this.erreurs.set([]);
    this.enCours.set(true);
    try {
      await this.client.publier(resultat.definition);
      const t = this.territoire();
      this.publiee.set({
        nom: this.f().nom.trim(),
        territoire: t ? `${t.nom} (${LIBELLES_TERRITOIRE[t.type].toLowerCase()} ${t.code})` : this.f().territoireCode,
      });
      this.f.set({
        ...formulaireAideLocaleVide(),
        territoireType: this.f().territoireType,
        territoireCode: this.f().territoireCode,
        financeurType: this.f().financeurType,
        financeurNom: this.f().financeurNom,
      });
    } catch (erreur) {
      this.erreurApi.set(messageErreur(erreur, 'L’aide n’a pas pu être publiée. Réessayez dans un instant.'));
      // The API names the fields: show its messages next to them.
      const details = erreur instanceof HttpErrorResponse ? ((erreur.error as { details?: { champ?: string; message: string }[] })?.details ?? []) : [];
      this.erreurs.set(
        details.flatMap((d) => {
          const champ = d.champ ? champDuFormulaireAideLocale(d.champ) : null;
          return champ ? [{ champ, message: d.message }] : [];
        }),
      );
      setTimeout(() => document.getElementById('aide-locale-erreurs')?.focus());
    } finally {
      this.enCours.set(false);
    }
  }

  protected focaliser(champ: string): void {
    const cible = document.getElementById(`aide-locale-${champ}`);
    cible?.scrollIntoView({ block: 'center' });
    cible?.focus();
  }
}
