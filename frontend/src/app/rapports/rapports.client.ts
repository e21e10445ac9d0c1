import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { Changement } from '../simulation/simulation';
import { TypeTerritoire } from '../territoires/territoire';

/**
 * The PDF reports, rendered by the server (backend/src/rapports: pdfmake in a worker thread, one template for all).
 * Fetched as blobs through HttpClient, so that a connected account's token goes along (its projects appear).
 */
@Injectable({ providedIn: 'root' })
export class RapportsClient {
  private readonly http = inject(HttpClient);

  territoire(type: TypeTerritoire, code: string, annee: number | null): Promise<Blob> {
    const params: Record<string, string> = annee === null ? {} : { annee: String(annee) };
    return this.pdf(this.http.get(`/api/rapports/territoires/${type}/${encodeURIComponent(code)}`, { params, responseType: 'blob' }));
  }

  simulation(changements: readonly Changement[], commune: string | null): Promise<Blob> {
    return this.pdf(this.http.post('/api/rapports/simulation', { changements, ...(commune ? { commune } : {}) }, { responseType: 'blob' }));
  }

  prospective(corps: object): Promise<Blob> {
    return this.pdf(this.http.post('/api/rapports/prospective', corps, { responseType: 'blob' }));
  }

  /** A refusal comes as a blob too: its JSON is read back so that the French message can be shown. */
  private async pdf(requete: Observable<Blob>): Promise<Blob> {
    try {
      return await firstValueFrom(requete);
    } catch (e) {
      if (e instanceof HttpErrorResponse && e.error instanceof Blob) {
        let corps: unknown = null;
        try {
          corps = JSON.parse(await e.error.text());
        } catch {
          // not JSON: the generic message is shown
        }
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what messageErreur reads (Angular's HTTP error type)
        throw new HttpErrorResponse({ error: corps, status: e.status, statusText: e.statusText, url: e.url ?? undefined });
      }
      throw e instanceof Error ? e : new Error(String(e));
    }
  }
}
