import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { DetailProjet, LIBELLES_ETAPE, Projet, SIGLES_TYPE_PROJET } from './projet';
import { VerdictBadgeComponent } from './verdict-badge.component';
import { nombreEtNom } from '../texte/pluriel';

/** GPs a project has committed (the profession the access indicators count). */
export function medecinsEngages(projet: Pick<Projet, 'professionnels'>): number {
  return projet.professionnels.find((p) => p.profession === 'medecin_generaliste')?.nombre ?? 0;
}

/** The projects the account sees: stage, type, commune, GPs committed, verdict and overlap once analysed. */
@Component({
  selector: 'mlg-liste-projets',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [VerdictBadgeComponent],
  template: `
    <ul class="projets__liste" aria-label="Projets visibles">
      @for (p of projets(); track p.id) {
        <li class="projets__element fr-py-2w" [attr.data-projet]="p.id">
          <h3 class="fr-text--md fr-text--bold fr-mb-1v">
            <button type="button" class="fr-link projets__ouvrir" (click)="ouvrir.emit(p.id)">{{ p.nom }}</button>
          </h3>
          <p class="fr-text--sm fr-mb-1v">
            {{ sigles[p.type] }} · {{ p.communeNom }} ({{ p.communeCode }}) · étape : <span data-testid="projet-etape">{{ etapes[p.etape] }}</span> ·
            {{ engages(medecinsEngages(p)) }}
          </p>
          <ul class="fr-badges-group fr-mb-0">
            @if (analyses().get(p.id); as a) {
              @if (a.besoin.verdict; as v) {
                <li><mlg-verdict-badge [cible]="v.cible" /></li>
              }
              @if (a.voisins.chevauchement) {
                <li>
                  <p class="fr-badge fr-badge--sm fr-badge--warning" data-testid="projet-chevauchement">
                    chevauchement à moins de {{ a.voisins.minutesMax }} min
                  </p>
                </li>
              }
              @if (a.voisins.chevauchement === null) {
                <li>
                  <p class="fr-badge fr-badge--sm fr-badge--info" data-testid="projet-voisinage-inconnu" [title]="a.voisins.avertissement ?? ''">
                    structures voisines non chargées
                  </p>
                </li>
              }
            } @else if (enCours().has(p.id)) {
              <li><p class="fr-badge fr-badge--sm fr-badge--no-icon">analyse en cours…</p></li>
            } @else if (erreurs().get(p.id); as e) {
              <li><p class="fr-badge fr-badge--sm fr-badge--no-icon" [title]="e">analyse indisponible</p></li>
            } @else {
              <li><p class="fr-badge fr-badge--sm fr-badge--no-icon">verdict : ouvrir le projet</p></li>
            }
          </ul>
        </li>
      } @empty {
        <li class="fr-text--sm">Aucun projet visible par votre compte.</li>
      }
    </ul>
  `,
  styles: `
    .projets__liste {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .projets__element {
      border-bottom: 1px solid var(--border-default-grey);
      padding-left: 0;
    }
    .projets__ouvrir {
      text-align: left;
    }
  `,
})
export class ListeProjetsComponent {
  readonly projets = input.required<readonly Projet[]>();
  readonly analyses = input<ReadonlyMap<string, DetailProjet>>(new Map());
  readonly enCours = input<ReadonlySet<string>>(new Set());
  readonly erreurs = input<ReadonlyMap<string, string>>(new Map());
  readonly ouvrir = output<string>();
  protected readonly sigles = SIGLES_TYPE_PROJET;
  protected readonly etapes = LIBELLES_ETAPE;
  protected readonly medecinsEngages = medecinsEngages;
  protected engages(n: number): string {
    return nombreEtNom(n, 'médecin généraliste engagé', 'médecins généralistes engagés');
  }
}
