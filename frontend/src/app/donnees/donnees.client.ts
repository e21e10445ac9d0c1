import { HttpClient, HttpEvent, HttpEventType } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, filter, firstValueFrom, map } from 'rxjs';
import { EtatTeleversement, JeuCharge, MetadonneesArrete, TypeFichier, VersionJeu, VersionZonage } from './donnees';

/** Upload progress (bytes sent) until the server's answer: the upload's state, analysis started. */
export type EvenementEnvoi = { envoye: number; total: number } | { etat: EtatTeleversement };

/** HTTP access to `/api/donnees` and the zonage versions (the interceptor adds the bearer token). */
@Injectable({ providedIn: 'root' })
export class DonneesClient {
  private readonly http = inject(HttpClient);

  types(): Promise<TypeFichier[]> {
    return firstValueFrom(this.http.get<TypeFichier[]>('/api/donnees/types'));
  }

  /** Fields first, then the file (the server checks the fields before storing a byte of it). */
  televerser(type: string, champs: Record<string, string>, fichier: File): Observable<EvenementEnvoi> {
    const formulaire = new FormData();
    for (const [nom, valeur] of Object.entries(champs)) if (valeur.trim()) formulaire.append(nom, valeur.trim());
    formulaire.append('fichier', fichier, fichier.name);
    return this.http
      .post<EtatTeleversement>(`/api/donnees/televersements/${encodeURIComponent(type)}`, formulaire, { reportProgress: true, observe: 'events' })
      .pipe(
        filter((e: HttpEvent<EtatTeleversement>) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map((e): EvenementEnvoi => (e.type === HttpEventType.Response ? { etat: e.body! } : { envoye: e.loaded, total: e.total ?? fichier.size })),
      );
  }

  etat(id: string): Promise<EtatTeleversement> {
    return firstValueFrom(this.http.get<EtatTeleversement>(`/api/donnees/televersements/${encodeURIComponent(id)}`));
  }

  importer(id: string): Promise<EtatTeleversement> {
    return firstValueFrom(this.http.post<EtatTeleversement>(`/api/donnees/televersements/${encodeURIComponent(id)}/import`, {}));
  }

  annuler(id: string): Promise<EtatTeleversement> {
    return firstValueFrom(this.http.post<EtatTeleversement>(`/api/donnees/televersements/${encodeURIComponent(id)}/annulation`, {}));
  }

  jeux(): Promise<JeuCharge[]> {
    return firstValueFrom(this.http.get<JeuCharge[]>('/api/donnees/jeux'));
  }

  versions(jeu: string): Promise<VersionJeu[]> {
    return firstValueFrom(this.http.get<VersionJeu[]>(`/api/donnees/jeux/${encodeURIComponent(jeu)}/versions`));
  }

  revenir(id: number, motif: string): Promise<VersionJeu[]> {
    return firstValueFrom(this.http.post<VersionJeu[]>(`/api/donnees/versions/${id}/retour`, motif.trim() ? { motif: motif.trim() } : {}));
  }

  versionsZonage(): Promise<VersionZonage[]> {
    return firstValueFrom(this.http.get<VersionZonage[]>('/api/zonages/versions'));
  }

  modifierArrete(id: number, m: Partial<MetadonneesArrete>): Promise<VersionZonage> {
    return firstValueFrom(this.http.patch<VersionZonage>(`/api/zonages/versions/${id}`, m));
  }
}
