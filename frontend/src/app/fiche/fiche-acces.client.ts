import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { TypeTerritoire } from '../territoires/territoire';
import { CouvertureTerritoire, FicheAcces, ZonageCommune } from './fiche-acces';

/** The access, zonage and coverage facts shown on a territory card. */
@Injectable({ providedIn: 'root' })
export class FicheAccesClient {
  private readonly http = inject(HttpClient);

  acces(type: TypeTerritoire, code: string, annee: number | null): Promise<FicheAcces> {
    const params: Record<string, string> = annee === null ? {} : { annee: String(annee) };
    return firstValueFrom(this.http.get<FicheAcces>(`/api/acces/${type}/${encodeURIComponent(code)}`, { params }));
  }

  zonageCommune(code: string): Promise<ZonageCommune> {
    return firstValueFrom(this.http.get<ZonageCommune>(`/api/zonages/communes/${encodeURIComponent(code)}`));
  }

  couverture(type: TypeTerritoire, code: string): Promise<CouvertureTerritoire> {
    return firstValueFrom(this.http.get<CouvertureTerritoire>(`/api/couverture/${type}/${encodeURIComponent(code)}`));
  }
}
