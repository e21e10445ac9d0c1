import { Injectable, OnDestroy, computed, inject, signal } from '@angular/core';
import { EtatDonnees } from './etat-donnees';
import { EtatDonneesClient } from './etat-donnees.client';

export const INTERVALLE_SONDAGE_MS = 1500;

/**
 * Follows the first-start import (`/api/sante`) until every dataset is loaded, so the dashboard can
 * say what it is loading instead of showing an empty map; `pret` turns true once, then polling stops.
 */
@Injectable({ providedIn: 'root' })
export class ChargementDonneesStore implements OnDestroy {
  private readonly client = inject(EtatDonneesClient);
  private minuteur: ReturnType<typeof setTimeout> | null = null;

  readonly etat = signal<EtatDonnees | null>(null);
  readonly injoignable = signal(false);
  readonly pret = computed(() => this.etat()?.statut === 'pret' && !this.etat()?.import.enCours);
  /** An import runs: the first one (datasets missing) or a shipped file changed at start-up. */
  readonly enChargement = computed(() => this.etat()?.statut === 'chargement' || this.etat()?.import.enCours === true);
  /** Datasets are missing: the dashboard has nothing to show until the import ends. */
  readonly premierChargement = computed(() => (this.etat()?.manquants.length ?? 0) > 0);
  readonly erreur = computed(() => this.etat()?.import.erreur ?? null);
  /** Whole-load progress in percent: finished datasets plus the share of the current one. */
  readonly pourcentage = computed(() => {
    const i = this.etat()?.import;
    if (!i || i.jeuxTotal === 0) return 0;
    const partCourante = i.total > 0 ? Math.min(1, i.fait / i.total) : 0;
    return Math.min(100, Math.round((100 * (i.jeuxTermines + (i.jeuEnCours ? partCourante : 0))) / i.jeuxTotal));
  });
  readonly libelle = computed(() => {
    const i = this.etat()?.import;
    if (!i?.jeuEnCours) return 'Préparation des données…';
    return `Jeu ${Math.min(i.jeuxTermines + 1, i.jeuxTotal)} sur ${i.jeuxTotal} : ${i.etape ?? i.jeuEnCours}`;
  });

  async sonder(): Promise<void> {
    try {
      this.etat.set(await this.client.etat());
      this.injoignable.set(false);
    } catch {
      this.injoignable.set(true);
    }
    if (!this.pret() && !this.erreur()) this.minuteur = setTimeout(() => void this.sonder(), INTERVALLE_SONDAGE_MS);
  }

  ngOnDestroy(): void {
    if (this.minuteur) clearTimeout(this.minuteur);
  }
}
