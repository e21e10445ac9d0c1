import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom, timeout } from 'rxjs';
import { EtatDonnees } from './etat-donnees';

@Injectable({ providedIn: 'root' })
export class EtatDonneesClient {
  private readonly http = inject(HttpClient);

  /**
   * A probe that does not answer within 5 s counts as unreachable (the poll tries again): a call stuck behind a busy
   * database must never stop the loading banner from showing.
   */
  etat(): Promise<EtatDonnees> {
    return firstValueFrom(this.http.get<EtatDonnees>('/api/sante').pipe(timeout(5_000)));
  }
}
