import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { TypeTerritoire } from '../territoires/territoire';
import { ZonesSousDotees } from './zones';

@Injectable({ providedIn: 'root' })
export class ZonesClient {
  private readonly http = inject(HttpClient);

  zonesSousDotees(type: TypeTerritoire, code: string, annee: number | null): Promise<ZonesSousDotees> {
    const params: Record<string, string> = { territoire: `${type}:${code}` };
    if (annee !== null) params['annee'] = String(annee);
    return firstValueFrom(this.http.get<ZonesSousDotees>('/api/acces/zones-sous-dotees', { params }));
  }
}
