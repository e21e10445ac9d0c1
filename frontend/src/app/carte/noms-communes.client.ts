import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

interface ReponseNoms {
  readonly source: string;
  readonly noms: Readonly<Record<string, string>>;
}

/**
 * Commune names by INSEE code (`GET /api/tuiles/communes/noms`): the commune tiles of zooms below 7 carry the
 * code only (names were ~40 % of their weight), the tooltip names the commune from this table. Asked once, at the
 * first hover that needs it (a phone, which never hovers, never downloads it); a failure lets the next hover ask again.
 */
@Injectable({ providedIn: 'root' })
export class NomsCommunesClient {
  private readonly http = inject(HttpClient);
  private readonly table = signal<ReadonlyMap<string, string> | null>(null);
  private enCours = false;
  readonly noms = this.table.asReadonly();

  demander(): void {
    if (this.table() || this.enCours) return;
    this.enCours = true;
    firstValueFrom(this.http.get<ReponseNoms>('/api/tuiles/communes/noms')).then(
      (r) => {
        this.table.set(new Map(Object.entries(r.noms)));
        this.enCours = false;
      },
      () => (this.enCours = false),
    );
  }
}
