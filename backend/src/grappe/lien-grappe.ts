import { DonneesAccesService } from '../acces/donnees-acces';
import { ImportService } from '../import/import.service';
import { estMessageGrappe, MessageGrappe } from './messages-grappe';

/**
 * A worker's side of the cluster (ADR 0006):
 * - an import or an upload that ends here is told to the other workers through the primary, and one that ended
 *   in another worker is published here as a local change (`ImportService.notifierChangement`): every response
 *   cache subscribed to the imports drops what it holds at once, the access engine re-reads its data version;
 * - `pret()` tells the primary this worker is listening and warmed up; `grappePrete` resolves when every worker of
 *   the first start is (the health route says « warm-up done » only then, for a readiness probe).
 * Replicas on other machines see the same changes through the data versions their caches read from the database.
 */
export class LienGrappe {
  readonly grappePrete: Promise<void>;
  private relaiEntrant = false;

  constructor(
    imports: ImportService,
    donneesAcces: DonneesAccesService,
    private readonly envoyer: (m: MessageGrappe) => void = (m) => process.send?.(m),
    recevoir: (ecouteur: (m: unknown) => void) => void = (e) => process.on('message', e),
  ) {
    let signalerGrappePrete = () => undefined as void;
    this.grappePrete = new Promise<void>((ok) => (signalerGrappePrete = ok));
    imports.suivre((etat) => {
      // the end of an import (progress is published with enCours), or a change announced outside one (upload
      // committed or rolled back)
      if (etat.enCours) return;
      donneesAcces.invalider();
      if (!this.relaiEntrant) this.envoyer({ maillage: 'donnees-modifiees' });
    });
    recevoir((m) => {
      if (!estMessageGrappe(m)) return;
      if (m.maillage === 'grappe-prete') signalerGrappePrete();
      if (m.maillage === 'donnees-modifiees') {
        this.relaiEntrant = true;
        try {
          imports.notifierChangement();
        } finally {
          this.relaiEntrant = false;
        }
      }
    });
  }

  pret(): void {
    this.envoyer({ maillage: 'pret' });
  }
}
