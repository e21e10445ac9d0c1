import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { CommuneMembre, FicheTerritoire, ResultatRecherche, TypeTerritoire } from './territoire';

/** HTTP access to `/api/territoires`; the stores depend on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class TerritoiresClient {
  private readonly http = inject(HttpClient);

  rechercher(texte: string): Promise<ResultatRecherche[]> {
    return firstValueFrom(this.http.get<ResultatRecherche[]>('/api/territoires/recherche', { params: { q: texte } }));
  }

  fiche(type: TypeTerritoire, code: string): Promise<FicheTerritoire> {
    const chemin = `/api/territoires/${encodeURIComponent(type)}/${encodeURIComponent(code)}`;
    return firstValueFrom(this.http.get<FicheTerritoire>(chemin));
  }

  communesMembres(type: Exclude<TypeTerritoire, 'commune'>, code: string): Promise<CommuneMembre[]> {
    const chemin = `/api/territoires/${encodeURIComponent(type)}/${encodeURIComponent(code)}/communes`;
    return firstValueFrom(this.http.get<CommuneMembre[]>(chemin));
  }
}
