import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Compte, DemandeAcces, DescriptionProConnect, ReponseConnexion } from './compte';

/** HTTP access to `/api/auth`; the session store depends on this class so tests can replace it. */
@Injectable({ providedIn: 'root' })
export class ComptesClient {
  private readonly http = inject(HttpClient);

  connexion(email: string, motDePasse: string): Promise<ReponseConnexion> {
    return firstValueFrom(this.http.post<ReponseConnexion>('/api/auth/connexion', { email, motDePasse }));
  }

  /** Whether ProConnect login is offered on this server. */
  descriptionProConnect(): Promise<DescriptionProConnect> {
    return firstValueFrom(this.http.get<DescriptionProConnect>('/api/auth/oidc'));
  }

  /** The account behind a token the page does not hold yet (ProConnect return). */
  moi(jeton: string): Promise<Compte> {
    return firstValueFrom(this.http.get<Compte>('/api/auth/moi', { headers: { Authorization: `Bearer ${jeton}` } }));
  }

  /** Sets the password from a one-time link; opens a session. */
  definirMotDePasse(jeton: string, motDePasse: string): Promise<ReponseConnexion> {
    return firstValueFrom(this.http.post<ReponseConnexion>('/api/auth/mot-de-passe', { jeton, motDePasse }));
  }

  demanderAcces(demande: DemandeAcces): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/demandes-acces', demande));
  }

  /** Ends every session of the connected account (all its tokens, this one included). */
  deconnexionPartout(): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/auth/deconnexion-partout', {}));
  }
}
