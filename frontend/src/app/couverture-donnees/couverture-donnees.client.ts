import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { EmpriseVue } from '../carte/carte.service';
import { CarteCouverture } from './etat-couverture';
import { ComptesVue } from './comptes-vue';

/** Where each dataset is loaded (`/api/couverture-donnees`) and what the map view holds (`/api/structures/comptes`). */
@Injectable({ providedIn: 'root' })
export class CouvertureDonneesClient {
  private readonly http = inject(HttpClient);

  carte(theme: string): Promise<CarteCouverture> {
    return firstValueFrom(this.http.get<CarteCouverture>(`/api/couverture-donnees/${encodeURIComponent(theme)}`));
  }

  comptesDansVue(types: readonly string[], emprise: EmpriseVue): Promise<ComptesVue> {
    return firstValueFrom(this.http.get<ComptesVue>('/api/structures/comptes', { params: { type: types.join(','), bbox: emprise.join(',') } }));
  }
}
