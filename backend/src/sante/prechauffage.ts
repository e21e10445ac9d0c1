import { Injectable, Logger } from '@nestjs/common';

export interface EtatPrechauffage {
  /** false while the server fills its in-memory data (tile geometry, access engine) after start-up. */
  termine: boolean;
  erreur: string | null;
}

/**
 * Start-up warm-up of the in-memory data the first visitors would otherwise wait for (tile geometry and national
 * view, access engine). Reported by /api/sante so that a readiness probe — or the test harness — waits for it.
 * Nothing to warm (tests' applications, CLI): reported as done.
 */
@Injectable()
export class Prechauffage {
  private readonly logger = new Logger('Préchauffage');
  private etatCourant: EtatPrechauffage = { termine: true, erreur: null };

  get etat(): EtatPrechauffage {
    return this.etatCourant;
  }

  suivre(travail: Promise<unknown>): void {
    const debut = Date.now();
    this.etatCourant = { termine: false, erreur: null };
    travail.then(
      () => {
        this.etatCourant = { termine: true, erreur: null };
        this.logger.log(`Données en mémoire prêtes (${Date.now() - debut} ms)`);
      },
      (e: unknown) => {
        this.etatCourant = { termine: true, erreur: (e as Error).message };
        this.logger.warn(`Préchauffage interrompu : ${(e as Error).message}`);
      },
    );
  }
}
