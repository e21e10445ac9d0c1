import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { FicheTerritoire } from '../territoires/territoire';
import { DetailProjet, EtapeProjet, NouveauProjet, Projet } from './projet';

/**
 * HTTP access to `/api/projets` (the interceptor adds the bearer token). The printable sheet and the CSV are read as
 * blobs: a plain link could not carry the `Authorization` header. The store depends on this class so tests can
 * replace it.
 */
@Injectable({ providedIn: 'root' })
export class ProjetsClient {
  private readonly http = inject(HttpClient);

  lister(): Promise<Projet[]> {
    return firstValueFrom(this.http.get<Projet[]>('/api/projets'));
  }

  detail(id: string): Promise<DetailProjet> {
    return firstValueFrom(this.http.get<DetailProjet>(`/api/projets/${encodeURIComponent(id)}`));
  }

  creer(projet: NouveauProjet): Promise<Projet> {
    return firstValueFrom(this.http.post<Projet>('/api/projets', projet));
  }

  modifierEtape(id: string, etape: EtapeProjet): Promise<Projet> {
    return firstValueFrom(this.http.patch<Projet>(`/api/projets/${encodeURIComponent(id)}`, { etape }));
  }

  fiche(id: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`/api/projets/${encodeURIComponent(id)}/fiche`, { responseType: 'blob' }));
  }

  exportCsv(): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/projets/export.csv', { responseType: 'blob' }));
  }

  /** The commune's card, for its interior point (a project without site points is drawn there). */
  commune(code: string): Promise<FicheTerritoire & { readonly centre?: readonly [number, number] | null }> {
    return firstValueFrom(this.http.get<FicheTerritoire & { centre?: [number, number] | null }>(`/api/territoires/commune/${encodeURIComponent(code)}`));
  }
}
