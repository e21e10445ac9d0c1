import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { FaitZoneRouge, ListeZonesRouges } from './zones-rouges';

@Injectable({ providedIn: 'root' })
export class ZonesRougesClient {
  private readonly http = inject(HttpClient);

  liste(): Promise<ListeZonesRouges> {
    return firstValueFrom(this.http.get<ListeZonesRouges>('/api/zones-rouges'));
  }

  fait(type: 'commune' | 'epci', code: string): Promise<FaitZoneRouge> {
    return firstValueFrom(this.http.get<FaitZoneRouge>(`/api/zones-rouges/${type === 'commune' ? 'communes' : 'epci'}/${encodeURIComponent(code)}`));
  }

  televerser(fichier: File): Promise<ListeZonesRouges & { nbEpci: number; partielle: boolean }> {
    const corps = new FormData();
    corps.append('fichier', fichier);
    return firstValueFrom(this.http.post<ListeZonesRouges & { nbEpci: number; partielle: boolean }>('/api/zones-rouges', corps));
  }
}
