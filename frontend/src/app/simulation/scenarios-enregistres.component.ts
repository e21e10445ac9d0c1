import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { ScenarioEnregistre } from './scenarios-enregistres.client';
import { ScenariosEnregistresStore } from './scenarios-enregistres.store';
import { SimulationStore } from './simulation.store';

const PLURIEL = new Intl.PluralRules('fr-FR');
const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** « 1 changement », « 2 changements ». */
export function nombreDeChangements(n: number): string {
  return `${n} changement${PLURIEL.select(n) === 'one' ? '' : 's'}`;
}

/**
 * « Mes scénarios » in the simulation panel: save the scenario being edited under a name, then reopen (it runs)
 * rename or delete the saved ones. Connected accounts only; the public is told why.
 */
@Component({
  selector: 'mlg-scenarios-enregistres',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mt-3w" aria-labelledby="scenarios-enregistres-titre">
      <h3 id="scenarios-enregistres-titre" class="fr-text--md fr-text--bold fr-mb-1w">Mes scénarios</h3>
      @if (!session.connecte()) {
        <p class="fr-text--sm">Connectez-vous pour enregistrer vos scénarios et les rouvrir plus tard.</p>
      } @else {
        <form class="fr-mb-2w" (submit)="$event.preventDefault(); enregistrer()">
          <div class="fr-input-group fr-mb-1w" [class.fr-input-group--error]="store.erreur() !== null">
            <label class="fr-label" for="scenario-nom">Nom du scénario <span class="fr-hint-text">pour le retrouver dans la liste</span></label>
            <input
              id="scenario-nom"
              class="fr-input"
              type="text"
              maxlength="120"
              [value]="nom()"
              (input)="nom.set($any($event.target).value)"
              [attr.aria-describedby]="store.erreur() ? 'scenario-nom-erreur' : null"
            />
            @if (store.erreur(); as message) {
              <p id="scenario-nom-erreur" class="fr-error-text" role="alert">{{ message }}</p>
            }
          </div>
          <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm" [disabled]="!peutEnregistrer()">Enregistrer le scénario</button>
          @if (simulation.changements().length === 0) {
            <p class="fr-hint-text fr-mt-1v">Ajoutez un changement au scénario pour pouvoir l’enregistrer.</p>
          } @else if (nom().trim() === '') {
            <p class="fr-hint-text fr-mt-1v">Donnez un nom au scénario pour l’enregistrer.</p>
          }
        </form>
        <p class="fr-text--sm" role="status">{{ store.message() }}</p>
        @if (store.enCours()) {
          <p class="fr-text--sm">Chargement de vos scénarios…</p>
        } @else if (store.liste().length === 0) {
          <p class="fr-text--sm">Aucun scénario enregistré.</p>
        } @else {
          <ul class="scenarios" data-testid="scenarios-enregistres">
            @for (s of store.liste(); track s.id) {
              <li class="scenarios__ligne">
                @if (enRenommage() === s.id) {
                  <form class="scenarios__renommage" (submit)="$event.preventDefault(); renommer(s)">
                    <div class="fr-input-group fr-mb-1v" [class.fr-input-group--error]="erreurDe(s) !== null">
                      <label class="fr-label" [for]="'scenario-nouveau-nom-' + s.id">Nouveau nom du scénario « {{ s.nom }} »</label>
                      <input
                        [id]="'scenario-nouveau-nom-' + s.id"
                        class="fr-input"
                        type="text"
                        maxlength="120"
                        [value]="nouveauNom()"
                        (input)="nouveauNom.set($any($event.target).value)"
                        [attr.aria-describedby]="erreurDe(s) ? 'scenario-renommage-erreur-' + s.id : null"
                      />
                      @if (erreurDe(s); as message) {
                        <p [id]="'scenario-renommage-erreur-' + s.id" class="fr-error-text" role="alert">{{ message }}</p>
                      }
                    </div>
                    <button type="submit" class="fr-btn fr-btn--sm">Enregistrer le nom</button>
                    <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm fr-ml-1w" (click)="annulerRenommage()">Annuler</button>
                  </form>
                } @else {
                  <span class="fr-text--sm fr-mb-0 scenarios__nom">
                    <strong>{{ s.nom }}</strong> — {{ resume(s) }}
                  </span>
                  <button type="button" class="fr-btn fr-btn--tertiary fr-btn--sm" [attr.aria-label]="'Ouvrir le scénario ' + s.nom" (click)="ouvrir(s)">
                    Ouvrir
                  </button>
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm"
                    [attr.aria-label]="'Renommer le scénario ' + s.nom"
                    (click)="commencerRenommage(s)"
                  >
                    Renommer
                  </button>
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left fr-icon-delete-line"
                    [attr.aria-label]="'Supprimer le scénario ' + s.nom"
                    (click)="store.supprimer(s)"
                  >
                    Supprimer
                  </button>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .scenarios {
      list-style: none;
      padding: 0;
    }
    .scenarios__ligne {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      padding: 0.25rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .scenarios__nom,
    .scenarios__renommage {
      flex: 1 1 100%;
    }
  `,
})
export class ScenariosEnregistresComponent {
  protected readonly session = inject(SessionStore);
  protected readonly store = inject(ScenariosEnregistresStore);
  protected readonly simulation = inject(SimulationStore);
  protected readonly nom = signal('');
  protected readonly peutEnregistrer = computed(() => this.simulation.changements().length > 0 && this.nom().trim() !== '');

  /** The scenario whose name is being edited (one at a time), and the name typed. */
  protected readonly enRenommage = signal<string | null>(null);
  protected readonly nouveauNom = signal('');

  protected erreurDe(s: ScenarioEnregistre): string | null {
    const erreur = this.store.erreurRenommage();
    return erreur?.id === s.id ? erreur.message : null;
  }

  protected commencerRenommage(s: ScenarioEnregistre): void {
    this.store.erreurRenommage.set(null);
    this.nouveauNom.set(s.nom);
    this.enRenommage.set(s.id);
  }

  protected annulerRenommage(): void {
    this.store.erreurRenommage.set(null);
    this.enRenommage.set(null);
  }

  protected async renommer(s: ScenarioEnregistre): Promise<void> {
    if (await this.store.renommer(s, this.nouveauNom())) this.enRenommage.set(null);
  }

  protected async enregistrer(): Promise<void> {
    if (!this.peutEnregistrer()) return;
    if (await this.store.enregistrer(this.nom().trim(), this.simulation.scenario())) this.nom.set('');
  }

  /** Opens the saved scenario in place of the one being edited, and runs it. */
  protected ouvrir(s: ScenarioEnregistre): void {
    void this.simulation.ouvrir(s.changements, true);
  }

  protected resume(s: ScenarioEnregistre): string {
    return `${nombreDeChangements(s.changements.length)}, enregistré le ${DATE.format(new Date(s.creeLe))}`;
  }
}
