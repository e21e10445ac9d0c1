import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { EtatDonnees } from './etat-donnees';

@Injectable({ providedIn: 'root' })
export class EtatDonneesClient {
  private readonly http = inject(HttpClient);

  etat(): Promise<EtatDonnees> {
    return firstValueFrom(this.http.get<EtatDonnees>('/api/sante'));
  }
}
