import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Role, TerritoireCompte } from '../comptes/compte';
import { CompteAdmin, DemandeAccesAdmin, LienMotDePasse, ModificationCompte, NouveauCompte } from './compte-admin';

/** HTTP access to the administrator's routes: `/api/comptes`, `/api/demandes-acces`. */
@Injectable({ providedIn: 'root' })
export class AdministrationClient {
  private readonly http = inject(HttpClient);

  comptes(): Promise<CompteAdmin[]> {
    return firstValueFrom(this.http.get<CompteAdmin[]>('/api/comptes'));
  }

  creer(compte: NouveauCompte): Promise<CompteAdmin & { lienMotDePasse: LienMotDePasse | null }> {
    return firstValueFrom(this.http.post<CompteAdmin & { lienMotDePasse: LienMotDePasse | null }>('/api/comptes', compte));
  }

  modifier(id: string, modification: ModificationCompte): Promise<CompteAdmin> {
    return firstValueFrom(this.http.patch<CompteAdmin>(`/api/comptes/${id}`, modification));
  }

  lienMotDePasse(id: string): Promise<LienMotDePasse> {
    return firstValueFrom(this.http.post<LienMotDePasse>(`/api/comptes/${id}/lien-mot-de-passe`, {}));
  }

  deconnecter(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/comptes/${id}/deconnexion`, {}));
  }

  demandes(): Promise<DemandeAccesAdmin[]> {
    return firstValueFrom(this.http.get<DemandeAccesAdmin[]>('/api/demandes-acces'));
  }

  approuver(id: string, role: Role, territoires: readonly TerritoireCompte[]): Promise<{ compte: CompteAdmin; lienMotDePasse: LienMotDePasse | null }> {
    return firstValueFrom(
      this.http.post<{ compte: CompteAdmin; lienMotDePasse: LienMotDePasse | null }>(`/api/demandes-acces/${id}/approbation`, { role, territoires }),
    );
  }

  refuser(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/demandes-acces/${id}/refus`, {}));
  }
}
