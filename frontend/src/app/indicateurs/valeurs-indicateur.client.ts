import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { dateFrancaise } from '../texte/date-francaise';
import { Indicateur, RegionPerimee, ValeursIndicateur } from './indicateur';

interface ReponseAcces {
  readonly indicateur: string;
  readonly annee: number;
  readonly source: { libelle: string; millesime: string };
  readonly notes?: string[];
  readonly valeurs: Record<string, number | string | null>;
}

interface ReponseZonage {
  readonly date: string;
  readonly source: string;
  readonly version: { libelle: string; arrete: string | null; dateArrete: string | null } | null;
  /** Null for a profession whose zonage is not loaded. */
  readonly valeurs: Record<string, string> | null;
  readonly validite?: readonly {
    region: string;
    nomRegion?: string;
    statut: 'en_vigueur' | 'perimee';
    finPresumee: string | null;
    motif: string | null;
    source: string | null;
  }[];
}

/**
 * Indicator values by INSEE code, fetched apart from the geometry (tiles carry only code + nom):
 * access indicators from `/api/acces/communes`, the zonage from `/api/zonages/medecin`, the population
 * (légale 2026) from the tiles' join table `/api/tuiles/communes/population` — each with its own source.
 */
@Injectable({ providedIn: 'root' })
export class ValeursIndicateurClient {
  private readonly http = inject(HttpClient);

  valeurs(indicateur: Indicateur, annee: number | null): Promise<ValeursIndicateur> {
    switch (indicateur.origine) {
      case 'acces':
        return this.acces(indicateur.code, annee);
      case 'zonage':
        return this.zonage(indicateur.profession ?? 'medecin');
      case 'population':
        return this.population();
    }
  }

  population(): Promise<ValeursIndicateur> {
    return firstValueFrom(this.http.get<ValeursIndicateur>('/api/tuiles/communes/population'));
  }

  async acces(indicateur: string, annee: number | null): Promise<ValeursIndicateur> {
    const params: Record<string, string> = { indicateur };
    if (annee !== null) params['annee'] = String(annee);
    const r = await firstValueFrom(this.http.get<ReponseAcces>('/api/acces/communes', { params }));
    return { indicateur: r.indicateur, source: r.source.libelle, millesime: r.source.millesime, valeurs: r.valeurs, notes: r.notes };
  }

  /** The zonage of a profession at a date (today by default), with the version applied and its validity per région. */
  async zonage(profession: 'medecin' | 'infirmier', date?: string): Promise<ValeursIndicateur> {
    const params: Record<string, string> = date ? { date } : {};
    const r = await firstValueFrom(this.http.get<ReponseZonage>(`/api/zonages/${profession}`, { params }));
    const nom = profession === 'medecin' ? 'médecins' : 'infirmiers';
    const jour = dateFrancaise(r.date);
    const arrete = r.version
      ? r.version.dateArrete
        ? `${r.version.libelle}, arrêté du ${dateFrancaise(r.version.dateArrete)}`
        : `${r.version.libelle} (date d’arrêté inconnue)`
      : `Aucun zonage ${nom} en vigueur au ${jour}`;
    const validite = r.validite ?? [];
    const perimees: RegionPerimee[] = validite
      .filter((v) => v.statut === 'perimee')
      .map((v) => ({ code: v.region, nom: v.nomRegion ?? `région ${v.region}`, finPresumee: v.finPresumee, motif: v.motif, source: v.source }));
    return {
      indicateur: `zonage_${profession}`,
      source: r.source,
      millesime: `en vigueur au ${jour}`,
      valeurs: r.valeurs ?? {},
      notes: [arrete],
      validite: { version: r.version?.libelle ?? null, regions: validite.length, perimees },
    };
  }
}
