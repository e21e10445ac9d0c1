import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { FeatureCollection, Point } from 'geojson';
import { firstValueFrom } from 'rxjs';

interface ReponseEtiquettes {
  readonly champs: readonly string[];
  readonly lignes: readonly (readonly [string, number, number, number, number])[];
}

export interface ProprietesEtiquette {
  readonly nom: string;
  readonly population: number;
  /** 0: chef-lieu de région, 1: préfecture, 2: another commune. */
  readonly rang: number;
}

/** Place names of the map (`GET /api/territoires/etiquettes`, compact rows), as GeoJSON points for MapLibre. */
@Injectable({ providedIn: 'root' })
export class EtiquettesClient {
  private readonly http = inject(HttpClient);

  async etiquettes(niveau: 'principales' | 'autres'): Promise<FeatureCollection<Point, ProprietesEtiquette>> {
    const r = await firstValueFrom(this.http.get<ReponseEtiquettes>('/api/territoires/etiquettes', { params: { niveau } }));
    return {
      type: 'FeatureCollection',
      features: r.lignes.map(([nom, lng, lat, population, rang]) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lng, lat] },
        properties: { nom, population, rang },
      })),
    };
  }
}
