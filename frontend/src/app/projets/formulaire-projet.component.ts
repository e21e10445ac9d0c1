import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { SessionStore } from '../comptes/session.store';
import { RechercheTerritoireComponent } from '../recherche/recherche-territoire.component';
import { ResultatRecherche } from '../territoires/territoire';
import { ETAPES_PROJET, EtapeProjet, LIBELLES_PORTEUR, LIBELLES_TYPE_PROJET, NouveauProjet, TypePorteur, TypeProjet } from './projet';

/**
 * Short creation form of a project lead: name, type, commune (the page's territory search), GPs committed, stage,
 * carrier. The rest (funding plan, documents, dates…) goes through the API. Validation messages are the API's
 * (French, per field); the form only checks what it must to send a request.
 */
@Component({
  selector: 'mlg-formulaire-projet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RechercheTerritoireComponent],
  template: `
    <form (submit)="$event.preventDefault(); valider()" novalidate aria-labelledby="nouveau-projet-titre">
      <h2 id="nouveau-projet-titre" class="fr-h6">Nouveau projet</h2>
      <div class="fr-input-group">
        <label class="fr-label" for="projet-nom">Nom du projet (obligatoire)</label>
        <input class="fr-input" id="projet-nom" name="nom" maxlength="200" [value]="nom()" (input)="nom.set($any($event.target).value)" />
      </div>
      <div class="fr-select-group">
        <label class="fr-label" for="projet-type">Type de structure</label>
        <select class="fr-select" id="projet-type" (change)="type.set($any($event.target).value)">
          @for (t of types; track t[0]) {
            <option [value]="t[0]" [selected]="t[0] === type()">{{ t[1] }}</option>
          }
        </select>
      </div>
      <div class="fr-mb-3w">
        <mlg-recherche-territoire
          identifiant="projet-commune"
          prefixe="projet-commune"
          libelle="Commune d’implantation (obligatoire)"
          indication="Nom ou code INSEE de la commune"
          [libelleVisible]="true"
          (territoireChoisi)="choisirCommune($event)"
        />
        <p class="fr-text--sm fr-mt-1w fr-mb-0" aria-live="polite" data-testid="projet-commune-choisie">
          @if (commune(); as c) {
            Commune retenue : <strong>{{ c.nom }}</strong> ({{ c.code }})
          } @else {
            Aucune commune choisie.
          }
        </p>
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="projet-medecins">
          Médecins généralistes engagés
          <span class="fr-hint-text">Ceux qui s’installent ou exerceront dans la structure (0 à 500)</span>
        </label>
        <input
          class="fr-input"
          id="projet-medecins"
          name="medecins"
          type="number"
          min="0"
          max="500"
          step="1"
          [value]="medecins()"
          (input)="medecins.set($any($event.target).valueAsNumber)"
        />
      </div>
      <div class="fr-select-group">
        <label class="fr-label" for="projet-etape-initiale">Étape</label>
        <select class="fr-select" id="projet-etape-initiale" (change)="etape.set($any($event.target).value)">
          @for (e of etapes; track e.id) {
            <option [value]="e.id" [selected]="e.id === etape()">{{ e.libelle }}</option>
          }
        </select>
      </div>
      <div class="fr-select-group">
        <label class="fr-label" for="projet-porteur-type">Porteur</label>
        <select class="fr-select" id="projet-porteur-type" (change)="porteurType.set($any($event.target).value)">
          @for (t of porteurs; track t[0]) {
            <option [value]="t[0]" [selected]="t[0] === porteurType()">{{ t[1] }}</option>
          }
        </select>
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="projet-porteur-nom">Nom du porteur (obligatoire)</label>
        <input
          class="fr-input"
          id="projet-porteur-nom"
          name="porteurNom"
          maxlength="200"
          [value]="porteurNom()"
          (input)="porteurNom.set($any($event.target).value)"
        />
      </div>
      @if (erreurSaisie() ?? erreur(); as message) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p>{{ message }}</p>
        </div>
      }
      <ul class="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button type="submit" class="fr-btn" [disabled]="enCours()">{{ enCours() ? 'Création…' : 'Créer le projet' }}</button>
        </li>
        <li><button type="button" class="fr-btn fr-btn--secondary" (click)="annuler.emit()">Annuler</button></li>
      </ul>
    </form>
  `,
})
export class FormulaireProjetComponent {
  readonly enCours = input(false);
  /** The API's refusal (French message). */
  readonly erreur = input<string | null>(null);
  readonly creer = output<NouveauProjet>();
  readonly annuler = output<void>();

  protected readonly types = Object.entries(LIBELLES_TYPE_PROJET) as [TypeProjet, string][];
  protected readonly porteurs = Object.entries(LIBELLES_PORTEUR) as [TypePorteur, string][];
  protected readonly etapes = ETAPES_PROJET;

  protected readonly nom = signal('');
  protected readonly type = signal<TypeProjet>('msp');
  protected readonly commune = signal<{ code: string; nom: string } | null>(null);
  protected readonly medecins = signal(0);
  protected readonly etape = signal<EtapeProjet>('idee');
  protected readonly porteurType = signal<TypePorteur>('professionnels');
  protected readonly porteurNom = signal(inject(SessionStore).utilisateur()?.nom ?? '');
  protected readonly erreurSaisie = signal<string | null>(null);

  protected choisirCommune(resultat: ResultatRecherche): void {
    if (resultat.type !== 'commune') {
      this.erreurSaisie.set(`${resultat.nom} n’est pas une commune : choisissez la commune d’implantation.`);
      return;
    }
    this.erreurSaisie.set(null);
    this.commune.set({ code: resultat.code, nom: resultat.nom });
  }

  protected valider(): void {
    const manques = [
      this.nom().trim().length < 2 ? 'le nom du projet (2 caractères au moins)' : null,
      this.commune() ? null : 'la commune d’implantation',
      this.porteurNom().trim().length < 2 ? 'le nom du porteur' : null,
    ].filter((m) => m !== null);
    const medecins = this.medecins();
    if (manques.length) {
      this.erreurSaisie.set(`Indiquez ${manques.join(', ')}.`);
      return;
    }
    if (!Number.isInteger(medecins) || medecins < 0 || medecins > 500) {
      this.erreurSaisie.set('Le nombre de médecins généralistes engagés est un entier entre 0 et 500.');
      return;
    }
    this.erreurSaisie.set(null);
    this.creer.emit({
      nom: this.nom().trim(),
      type: this.type(),
      etape: this.etape(),
      communeCode: this.commune()!.code,
      porteurType: this.porteurType(),
      porteurNom: this.porteurNom().trim(),
      professionnels: medecins > 0 ? [{ profession: 'medecin_generaliste', nombre: medecins }] : [],
    });
  }
}
