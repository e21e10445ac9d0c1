import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ReponseConnexion } from './compte';

/** HTTP access to `/api/auth`; the session store depends on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class ComptesClient {
  private readonly http = inject(HttpClient);

  connexion(email: string, motDePasse: string): Promise<ReponseConnexion> {
    return firstValueFrom(this.http.post<ReponseConnexion>('/api/auth/connexion', { email, motDePasse }));
  }
}
