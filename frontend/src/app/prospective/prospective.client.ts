import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { HypothesesProspective, Lettre, ResultatProspective } from './prospective';

export interface DemandeScenarios {
  readonly territoire?: string;
  readonly observe: { hypotheses: Readonly<Record<number, Lettre>> };
  readonly cible: { hypotheses: Readonly<Record<number, Lettre>> };
  readonly carte: boolean;
}

/** HTTP access to `/api/prospective`; the store depends on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class ProspectiveClient {
  private readonly http = inject(HttpClient);

  hypotheses(): Promise<HypothesesProspective> {
    return firstValueFrom(this.http.get<HypothesesProspective>('/api/prospective/hypotheses'));
  }

  codesCommunes(): Promise<{ codes: string[] }> {
    return firstValueFrom(this.http.get<{ codes: string[] }>('/api/prospective/communes'));
  }

  scenarios(demande: DemandeScenarios): Promise<ResultatProspective> {
    return firstValueFrom(this.http.post<ResultatProspective>('/api/prospective/scenarios', demande));
  }
}
