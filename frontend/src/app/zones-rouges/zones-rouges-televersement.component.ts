import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { messageErreur } from '../territoires/message-erreur';
import { ZonesRougesClient } from './zones-rouges.client';
import { ZonesRougesStore } from './zones-rouges.store';

/** The list in force (partial or not) and the upload of the complete list of EPCI SIREN codes (ARS, admin). */
@Component({
  selector: 'mlg-zones-rouges-televersement',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="titre-zones-rouges">
      <h2 id="titre-zones-rouges" class="fr-h6">Zones rouges (mission de solidarité territoriale)</h2>
      @if (store.liste(); as l) {
        <p class="fr-text--sm" data-testid="zones-rouges-etat">{{ l.liste?.libelle }} — liste de {{ l.liste?.libelleDate }} : {{ l.completude?.texte }}</p>
      }
      <form (submit)="televerser($event)">
        <div class="fr-upload-group">
          <label class="fr-label" for="fichier-zones-rouges">Liste complète (CSV, colonne « siren » des EPCI)</label>
          <input class="fr-upload" type="file" id="fichier-zones-rouges" name="fichier" accept=".csv,text/csv,text/plain" />
        </div>
        <button type="submit" class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w">Remplacer la liste</button>
      </form>
      @if (message(); as m) {
        <p class="fr-text--sm fr-mt-1w" role="status">{{ m }}</p>
      }
    </section>
  `,
})
export class ZonesRougesTeleversementComponent {
  protected readonly store = inject(ZonesRougesStore);
  private readonly client = inject(ZonesRougesClient);
  protected readonly message = signal<string | null>(null);

  constructor() {
    void this.store.charger();
  }

  protected async televerser(e: Event): Promise<void> {
    e.preventDefault();
    const fichier = new FormData(e.target as HTMLFormElement).get('fichier') as File | null;
    if (!fichier || !fichier.size) {
      this.message.set('Choisissez un fichier.');
      return;
    }
    try {
      const r = await this.client.televerser(fichier);
      await this.store.charger(true);
      this.message.set(`Liste enregistrée : ${r.nbEpci} EPCI${r.partielle ? ' (liste encore partielle)' : ''}.`);
    } catch (err) {
      const details = err instanceof HttpErrorResponse ? ((err.error as { details?: { message: string }[] })?.details ?? []) : [];
      this.message.set([messageErreur(err, 'Liste refusée.'), ...details.slice(0, 5).map((d) => d.message)].join(' — '));
    }
  }
}
