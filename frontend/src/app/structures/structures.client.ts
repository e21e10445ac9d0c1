import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CollectionStructures, FicheCpts } from './structure';

/** HTTP access to `/api/structures` (FINESS structures, CPTS with their perimeters). */
@Injectable({ providedIn: 'root' })
export class StructuresClient {
  private readonly http = inject(HttpClient);

  lister(filtre: { type?: string; territoire?: string; bbox?: string }): Promise<CollectionStructures> {
    const params: Record<string, string> = {};
    for (const [cle, valeur] of Object.entries(filtre)) if (valeur) params[cle] = valeur;
    return firstValueFrom(this.http.get<CollectionStructures>('/api/structures', { params }));
  }

  cpts(id: number): Promise<FicheCpts> {
    return firstValueFrom(this.http.get<FicheCpts>(`/api/structures/cpts/${id}`));
  }
}
