import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { DemandeEligibilite, ReponseEligibilite } from './aides';

/** HTTP access to the aids single window; the store depends on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class AidesClient {
  private readonly http = inject(HttpClient);

  eligibilite(demande: DemandeEligibilite): Promise<ReponseEligibilite> {
    return firstValueFrom(this.http.post<ReponseEligibilite>('/api/aides/eligibilite', demande));
  }

  /** Aids one may already have received (catalogue installation aids and generic entries), for the 10-year rule. */
  async aidesAnterieuresPossibles(): Promise<{ code: string; libelle: string }[]> {
    const catalogue = await firstValueFrom(
      this.http.get<{ aides: { id: string; nom: string; famille: string }[]; aidesAnterieuresGeneriques: { code: string; libelle: string }[] }>('/api/aides'),
    );
    return [
      ...catalogue.aides.filter((a) => a.famille === 'installation' || a.famille === 'cabinet-secondaire').map((a) => ({ code: a.id, libelle: a.nom })),
      ...catalogue.aidesAnterieuresGeneriques.map((a) => ({ code: a.code, libelle: a.libelle })),
    ];
  }

  /** Publishes a local aid (ARS, elected official or administrator, within the account's territory). */
  publier(definition: Record<string, unknown>): Promise<{ id: string; nom: string }> {
    return firstValueFrom(this.http.post<{ id: string; nom: string }>('/api/aides', definition));
  }

  /** The same answer as a printable French HTML page (A4), rendered by the server. */
  imprimable(demande: DemandeEligibilite): Promise<string> {
    return firstValueFrom(this.http.post('/api/aides/eligibilite/imprimable', demande, { responseType: 'text' }));
  }
}
