import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Changement } from './simulation';

/** `GET/POST/PATCH/DELETE /api/scenarios`: a scenario saved by the connected account. */
export interface ScenarioEnregistre {
  readonly id: string;
  readonly nom: string;
  readonly changements: readonly Changement[];
  /** ISO 8601. */
  readonly creeLe: string;
}

/** HTTP access to the account's saved scenarios (the token is added by the interceptor). */
@Injectable({ providedIn: 'root' })
export class ScenariosEnregistresClient {
  private readonly http = inject(HttpClient);

  lister(): Promise<ScenarioEnregistre[]> {
    return firstValueFrom(this.http.get<ScenarioEnregistre[]>('/api/scenarios'));
  }

  enregistrer(nom: string, changements: readonly Changement[]): Promise<ScenarioEnregistre> {
    return firstValueFrom(this.http.post<ScenarioEnregistre>('/api/scenarios', { nom, changements }));
  }

  renommer(id: string, nom: string): Promise<ScenarioEnregistre> {
    return firstValueFrom(this.http.patch<ScenarioEnregistre>(`/api/scenarios/${encodeURIComponent(id)}`, { nom }));
  }

  supprimer(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/scenarios/${encodeURIComponent(id)}`));
  }
}
