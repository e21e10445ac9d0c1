import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { messageErreur } from '../territoires/message-erreur';
import { DetailProjetComponent } from './detail-projet.component';
import { FormulaireProjetComponent } from './formulaire-projet.component';
import { ListeProjetsComponent } from './liste-projets.component';
import { EtapeProjet, NouveauProjet } from './projet';
import { ProjetsStore } from './projets.store';

/** « Projets » tab (connected accounts): the list, one project in detail, or the creation form of a project lead. */
@Component({
  selector: 'mlg-panneau-projets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ListeProjetsComponent, DetailProjetComponent, FormulaireProjetComponent],
  template: `
    @if (creation()) {
      <mlg-formulaire-projet [enCours]="creationEnCours()" [erreur]="erreurCreation()" (creer)="creer($event)" (annuler)="creation.set(false)" />
    } @else if (store.projetChoisi(); as projet) {
      <mlg-detail-projet
        [projet]="projet"
        [detail]="store.detail()"
        [erreur]="store.erreursAnalyse().get(projet.id) ?? null"
        [modifiable]="store.peutModifier()"
        [enregistrement]="enregistrement()"
        [messageEtape]="messageEtape()"
        (retour)="store.fermer()"
        (fiche)="ouvrirFiche(projet.id)"
        (changerEtape)="changerEtape(projet.id, $event)"
      />
    } @else {
      <h2 class="fr-h6 fr-mb-1w">Projets suivis</h2>
      <p class="fr-text--sm fr-mb-2w">{{ portee() }}</p>
      <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
        @if (store.peutCreer()) {
          <li><button type="button" class="fr-btn fr-icon-add-line" (click)="creation.set(true)">Nouveau projet</button></li>
        }
        <li>
          <button type="button" class="fr-btn fr-btn--secondary fr-icon-download-line" [disabled]="store.projets().length === 0" (click)="exporter()">
            Exporter en CSV
          </button>
        </li>
      </ul>
      @if (store.enCours() && store.projets().length === 0) {
        <p class="fr-text--sm" role="status">Chargement des projets…</p>
      }
      @if (store.erreur(); as e) {
        <div class="fr-alert fr-alert--error fr-alert--sm" role="alert">
          <p>{{ e }}</p>
        </div>
      }
      <mlg-liste-projets
        [projets]="store.projets()"
        [analyses]="store.analyses()"
        [enCours]="store.analysesEnCours()"
        [erreurs]="store.erreursAnalyse()"
        (ouvrir)="store.ouvrir($event)"
      />
    }
    @if (erreurAction(); as e) {
      <div class="fr-alert fr-alert--error fr-alert--sm fr-mt-2w" role="alert">
        <p>{{ e }}</p>
      </div>
    }
  `,
})
export class PanneauProjetsComponent {
  protected readonly store = inject(ProjetsStore);
  protected readonly creation = signal(false);
  protected readonly creationEnCours = signal(false);
  protected readonly erreurCreation = signal<string | null>(null);
  protected readonly enregistrement = signal(false);
  protected readonly messageEtape = signal<string | null>(null);
  protected readonly erreurAction = signal<string | null>(null);

  protected portee(): string {
    if (this.store.peutCreer()) return 'Vos projets.';
    return 'Les projets de vos territoires (élu), de votre région (ARS) ou tous (administration), selon votre compte.';
  }

  protected async creer(nouveau: NouveauProjet): Promise<void> {
    this.creationEnCours.set(true);
    this.erreurCreation.set(null);
    try {
      await this.store.creer(nouveau);
      this.creation.set(false);
    } catch (erreur) {
      this.erreurCreation.set(messageErreur(erreur, 'Le projet n’a pas pu être créé. Réessayez dans un instant.'));
    } finally {
      this.creationEnCours.set(false);
    }
  }

  protected async changerEtape(id: string, etape: EtapeProjet): Promise<void> {
    this.enregistrement.set(true);
    this.messageEtape.set(null);
    try {
      await this.store.modifierEtape(id, etape);
      this.messageEtape.set('Étape enregistrée.');
    } catch (erreur) {
      this.messageEtape.set(messageErreur(erreur, 'L’étape n’a pas pu être enregistrée.'));
    } finally {
      this.enregistrement.set(false);
    }
  }

  protected async ouvrirFiche(id: string): Promise<void> {
    await this.agir(() => this.store.ouvrirFiche(id));
  }

  protected async exporter(): Promise<void> {
    await this.agir(() => this.store.exporterCsv());
  }

  private async agir(action: () => Promise<void>): Promise<void> {
    this.erreurAction.set(null);
    try {
      await action();
    } catch (erreur) {
      this.erreurAction.set(erreur instanceof Error ? erreur.message : 'L’opération a échoué.');
    }
  }
}
