import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ValeursIndicateur } from './indicateur';

/**
 * Indicator values by INSEE code, fetched apart from the geometry (tiles carry only code + nom).
 * Phase 1 has one indicator, the population municipale, served with the tiles' join table;
 * the access indicators will come from `/api/acces/communes?indicateur=&annee=`.
 */
@Injectable({ providedIn: 'root' })
export class ValeursIndicateurClient {
  private readonly http = inject(HttpClient);

  population(): Promise<ValeursIndicateur> {
    return firstValueFrom(this.http.get<ValeursIndicateur>('/api/tuiles/communes/population'));
  }
}
