import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Changement, ParametresAcces, ResultatSimulation } from './simulation';

/** HTTP access to the what-if engine of `/api/acces`; the store depends on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class SimulationClient {
  private readonly http = inject(HttpClient);

  simuler(changements: readonly Changement[]): Promise<ResultatSimulation> {
    return firstValueFrom(this.http.post<ResultatSimulation>('/api/acces/simulation', { changements }));
  }

  parametres(): Promise<ParametresAcces> {
    return firstValueFrom(this.http.get<ParametresAcces>('/api/acces/parametres'));
  }
}
