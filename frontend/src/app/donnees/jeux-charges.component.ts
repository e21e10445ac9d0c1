import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { DonneesStore } from './donnees.store';
import { dateLisible, nombre } from './format-donnees';

const ORIGINES = { livre: 'livré avec l’application', televerse: 'téléversé', cockpit: 'publié depuis le cockpit' } as const;

/**
 * « Jeux de données chargés »: source, vintage, coverage, import date and author of each dataset; its versions, and
 * « Revenir à la version précédente » for the most recent upload (with a reason kept in the audit log).
 */
@Component({
  selector: 'mlg-jeux-charges',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="fr-h4" id="jeux-titre">Jeux de données chargés</h2>
    <div class="fr-table fr-table--sm" data-testid="jeux-charges">
      <table aria-labelledby="jeux-titre">
        <thead>
          <tr>
            <th scope="col">Jeu de données</th>
            <th scope="col">Source et millésime</th>
            <th scope="col">Couverture</th>
            <th scope="col">Importé</th>
            <th scope="col">Versions</th>
          </tr>
        </thead>
        <tbody>
          @for (j of store.jeux(); track j.jeu) {
            <tr [attr.data-jeu]="j.jeu">
              <td>{{ j.libelle }}</td>
              <td>{{ j.source }} — {{ j.millesime }}</td>
              <td>
                @for (c of j.couverture; track c.theme) {
                  <span class="fr-text--sm">{{ majuscule(c.libelle) }} : {{ c.perimetre }}</span
                  ><br />
                } @empty {
                  <span class="fr-text--sm">référentiel (sans couverture par territoire)</span>
                }
              </td>
              <td>
                {{ dateLisible(j.importeLe) }}<br /><span class="fr-text--sm">{{ origines[j.origine] }}{{ j.importePar ? ' par ' + j.importePar : '' }}</span>
              </td>
              <td>
                <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" [attr.aria-expanded]="ouvert() === j.jeu" (click)="basculer(j.jeu)">
                  {{ j.versions }} {{ j.versions > 1 ? 'versions' : 'version' }}
                </button>
              </td>
            </tr>
            @if (ouvert() === j.jeu) {
              <tr>
                <td colspan="5">
                  <ul class="fr-raw-list" [attr.data-testid]="'versions-' + j.jeu">
                    @for (v of store.versions()[j.jeu] ?? []; track v.id) {
                      <li class="fr-mb-1w">
                        <strong>{{ v.libelle }}</strong> — {{ v.millesime }}, {{ v.couverture }}, {{ nombre(v.lignes) }} lignes, {{ origines[v.origine] }} le
                        {{ dateLisible(v.importeLe) }}{{ v.importePar ? ' par ' + v.importePar : '' }}
                        @if (v.statut === 'retiree') {
                          <span class="fr-badge fr-badge--sm fr-ml-1w">retirée le {{ dateLisible(v.retireeLe) }}</span>
                        } @else {
                          <span class="fr-badge fr-badge--sm fr-badge--success fr-ml-1w">en place</span>
                        }
                        @if (v.retourPossible) {
                          <div class="fr-input-group fr-mt-1w">
                            <label class="fr-label" [for]="'motif-' + v.id">Motif du retour (gardé dans le journal)</label>
                            <input class="fr-input" [id]="'motif-' + v.id" [value]="motif()" (input)="motif.set($any($event.target).value)" />
                          </div>
                          <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="revenir(j.jeu, v.id)">
                            Revenir à la version précédente
                          </button>
                        }
                      </li>
                    } @empty {
                      <li>Aucune version enregistrée.</li>
                    }
                  </ul>
                </td>
              </tr>
            }
          }
        </tbody>
      </table>
    </div>
  `,
})
export class JeuxChargesComponent {
  protected readonly store = inject(DonneesStore);
  protected readonly ouvert = signal<string | null>(null);
  protected readonly motif = signal('');
  protected readonly origines = ORIGINES;
  protected readonly dateLisible = dateLisible;
  protected readonly nombre = nombre;

  protected majuscule(t: string): string {
    return t.charAt(0).toUpperCase() + t.slice(1);
  }

  protected basculer(jeu: string): void {
    if (this.ouvert() === jeu) {
      this.ouvert.set(null);
      return;
    }
    this.ouvert.set(jeu);
    void this.store.chargerVersions(jeu);
  }

  protected async revenir(jeu: string, id: number): Promise<void> {
    if (await this.store.revenir(jeu, id, this.motif())) this.motif.set('');
  }
}
