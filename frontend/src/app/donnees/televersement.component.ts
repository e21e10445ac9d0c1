import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ChampTeleversement, TypeFichier } from './donnees';
import { DonneesStore } from './donnees.store';
import { compte, nombre, taille } from './format-donnees';
import { RapportValidationComponent } from './rapport-validation.component';

/**
 * « Charger un fichier officiel »: the file type, its fields (arrêté number, dates…), the DSFR upload field with
 * drag and drop; then the progress (bytes sent, rows read), the validation report, « Importer » or « Annuler ».
 */
@Component({
  selector: 'mlg-televersement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RapportValidationComponent],
  template: `
    @let t = store.televersement();
    @if (!t && !store.envoi()) {
      <form (submit)="$event.preventDefault(); envoyer()" novalidate aria-labelledby="televersement-titre" data-testid="formulaire-televersement">
        <h2 id="televersement-titre" class="fr-h4">Charger un fichier officiel</h2>
        <div class="fr-select-group">
          <label class="fr-label" for="televersement-type">Type de fichier</label>
          <select class="fr-select" id="televersement-type" (change)="choisirType($any($event.target).value)">
            <option value="" [selected]="!type()" disabled>Choisir un type de fichier</option>
            @for (x of store.types(); track x.code) {
              <option [value]="x.code" [selected]="x.code === type()?.code">{{ x.libelle }}</option>
            }
          </select>
        </div>
        @if (type(); as ty) {
          <p class="fr-text--sm">{{ ty.description }}</p>
          @for (c of ty.champs; track c.nom) {
            @if (c.format === 'choix') {
              <div class="fr-select-group">
                <label class="fr-label" [for]="'champ-' + c.nom">{{ libelleChamp(c) }}</label>
                <select class="fr-select" [id]="'champ-' + c.nom" (change)="valeur(c.nom, $any($event.target).value)">
                  <option value="" [selected]="!valeurs()[c.nom]">—</option>
                  @for (o of c.choix ?? []; track o.valeur) {
                    <option [value]="o.valeur" [selected]="valeurs()[c.nom] === o.valeur">{{ o.libelle }}</option>
                  }
                </select>
              </div>
            } @else {
              <div class="fr-input-group">
                <label class="fr-label" [for]="'champ-' + c.nom">
                  {{ libelleChamp(c) }}
                  @if (c.aide) {
                    <span class="fr-hint-text">{{ c.aide }}</span>
                  }
                </label>
                <input
                  class="fr-input"
                  [id]="'champ-' + c.nom"
                  [type]="c.format === 'date' ? 'date' : c.format === 'url' ? 'url' : 'text'"
                  [value]="valeurs()[c.nom] ?? ''"
                  (input)="valeur(c.nom, $any($event.target).value)"
                />
              </div>
            }
          }
          <div
            class="fr-upload-group depot"
            [class.depot--survol]="survol()"
            (dragover)="$event.preventDefault(); survol.set(true)"
            (dragleave)="survol.set(false)"
            (drop)="deposer($event)"
            data-testid="zone-depot"
          >
            <label class="fr-label" for="televersement-fichier">
              Fichier à importer
              <span class="fr-hint-text">
                Glissez-déposez le fichier ici ou parcourez votre poste. Taille maximale : {{ taille(ty.tailleMax) }}. Formats acceptés :
                {{ ty.extensions.join(', ') }}.
              </span>
            </label>
            <input
              class="fr-upload"
              type="file"
              id="televersement-fichier"
              [accept]="ty.extensions.join(',')"
              (change)="choisirFichier($any($event.target).files)"
            />
            @if (fichier(); as f) {
              <p class="fr-text--sm fr-mt-1w fr-mb-0" data-testid="fichier-choisi">Fichier choisi : {{ f.name }} ({{ taille(f.size) }})</p>
            }
          </div>
          @if (avertissement(); as a) {
            <p class="fr-error-text" role="alert">{{ a }}</p>
          }
          <button type="submit" class="fr-btn fr-mt-2w" [disabled]="!fichier()">Analyser le fichier</button>
        }
      </form>
    }

    @if (store.refus(); as r) {
      <div class="fr-alert fr-alert--error fr-mt-2w" role="alert" data-testid="refus-envoi">
        <h3 class="fr-alert__title">Fichier non accepté</h3>
        <p>{{ r.message }}</p>
      </div>
    }

    @if (store.envoi(); as e) {
      <div class="fr-mt-2w" data-testid="progression">
        <label for="progression-envoi" class="fr-label">Envoi du fichier : {{ pourcentage(e.envoye, e.total) }} %</label>
        <progress id="progression-envoi" class="progression" [value]="e.envoye" [max]="e.total"></progress>
      </div>
    }

    @if (t) {
      <section class="fr-mt-2w" aria-live="polite" [attr.aria-busy]="enCours()" data-testid="etat-televersement" [attr.data-statut]="t.statut">
        <h2 class="fr-h4">{{ t.libelleType }} — {{ t.fichier }}</h2>
        @if (enCours()) {
          @let p = t.progression;
          <div data-testid="progression">
            <label for="progression-travail" class="fr-label">
              {{ p?.etape ?? (t.statut === 'import' ? 'Import en cours' : 'Analyse en cours') }}
              @if (p && p.lignesLues) {
                — {{ compte(p.lignesLues, 'ligne lue', 'lignes lues') }}
              }
            </label>
            <progress id="progression-travail" class="progression" [value]="p?.pourcentage ?? 0" max="100"></progress>
          </div>
        }
        @if (t.erreur; as er) {
          <div class="fr-alert fr-alert--error fr-mb-2w" role="alert" data-testid="erreur-televersement">
            <h3 class="fr-alert__title">{{ t.statut === 'echec' ? 'Échec' : 'Fichier refusé' }}</h3>
            <p>{{ er.message }}</p>
            @if (!t.rapport && er.details.length) {
              <ul>
                @for (d of er.details; track $index) {
                  <li>{{ d.message }}</li>
                }
              </ul>
            }
          </div>
        }
        @if (t.rapport; as r) {
          <mlg-rapport-validation [rapport]="r" />
        }
        @if (t.statut === 'pret') {
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><button type="button" class="fr-btn" (click)="store.importer()">Importer</button></li>
            <li><button type="button" class="fr-btn fr-btn--secondary" (click)="store.annuler()">Annuler</button></li>
          </ul>
        } @else if (t.statut === 'analyse') {
          <button type="button" class="fr-btn fr-btn--secondary" (click)="store.annuler()">Annuler</button>
        }
        @if (t.statut === 'importe') {
          <div class="fr-alert fr-alert--success fr-mb-2w" role="status" data-testid="import-termine">
            <h3 class="fr-alert__title">Import terminé</h3>
            <p>Les données sont en place (version {{ t.versionId }}). La version précédente reste disponible pour un retour arrière.</p>
          </div>
        }
        @if (t.statut === 'annule') {
          <p data-testid="televersement-annule">Téléversement annulé : rien n’a été importé.</p>
        }
        @if (!enCours() && t.statut !== 'pret') {
          <button type="button" class="fr-btn fr-btn--tertiary" (click)="recommencer()">Charger un autre fichier</button>
        }
      </section>
    }
  `,
  styles: `
    .depot {
      border: 1px dashed var(--border-default-grey);
      padding: 1rem;
    }
    .depot--survol {
      border-color: var(--border-active-blue-france);
      background: var(--background-alt-blue-france);
    }
    .progression {
      width: 100%;
      height: 1rem;
    }
  `,
})
export class TeleversementComponent {
  protected readonly store = inject(DonneesStore);
  protected readonly type = signal<TypeFichier | null>(null);
  protected readonly valeurs = signal<Partial<Record<string, string>>>({});
  protected readonly fichier = signal<File | null>(null);
  protected readonly survol = signal(false);
  protected readonly avertissement = signal<string | null>(null);
  protected readonly taille = taille;
  protected readonly compte = compte;
  protected readonly nombre = nombre;

  protected readonly enCours = computed(() => {
    const statut = this.store.televersement()?.statut;
    return statut === 'analyse' || statut === 'import';
  });

  protected choisirType(code: string): void {
    this.type.set(this.store.types().find((t) => t.code === code) ?? null);
    this.valeurs.set({});
    this.avertissement.set(null);
  }

  protected valeur(nom: string, v: string): void {
    this.valeurs.update((x) => ({ ...x, [nom]: v }));
  }

  protected libelleChamp(c: ChampTeleversement): string {
    return c.obligatoire ? `${c.libelle} (obligatoire)` : c.libelle;
  }

  protected choisirFichier(liste: FileList | null): void {
    this.prendre(liste?.item(0) ?? null);
  }

  protected deposer(e: DragEvent): void {
    e.preventDefault();
    this.survol.set(false);
    this.prendre(e.dataTransfer?.files.item(0) ?? null);
  }

  protected envoyer(): void {
    const type = this.type();
    const fichier = this.fichier();
    if (!type || !fichier) return;
    const manquants = type.champs.filter((c) => c.obligatoire && !this.valeurs()[c.nom]?.trim()).map((c) => c.libelle);
    if (manquants.length) {
      this.avertissement.set(`À remplir : ${manquants.join(', ')}.`);
      return;
    }
    const champs = Object.fromEntries(Object.entries(this.valeurs()).filter((e): e is [string, string] => typeof e[1] === 'string'));
    this.store.televerser(type.code, champs, fichier);
  }

  protected recommencer(): void {
    this.fichier.set(null);
    this.store.recommencer();
  }

  protected pourcentage(envoye: number, total: number): number {
    return total ? Math.floor((100 * envoye) / total) : 0;
  }

  /** Checks what the browser can (extension, size) so that a wrong file is not sent for nothing. */
  private prendre(fichier: File | null): void {
    this.avertissement.set(null);
    const type = this.type();
    if (!fichier || !type) return;
    if (!type.extensions.some((e) => fichier.name.toLowerCase().endsWith(e))) {
      this.avertissement.set(`Ce type de fichier attend un fichier ${type.extensions.join(' ou ')}.`);
      return;
    }
    if (fichier.size > type.tailleMax) {
      this.avertissement.set(`Le fichier fait ${taille(fichier.size)} : la taille maximale pour ce type est ${taille(type.tailleMax)}.`);
      return;
    }
    this.fichier.set(fichier);
  }
}
