import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { Controle, DecisionUnite, DiffBrouillon, Etape, Jauges, MetaBrouillon, ModificationUnite, ParametreEffectif, VueBrouillon } from './zonage-cockpit';

const BASE = '/api/zonage-cockpit';
const id = (x: string) => encodeURIComponent(x);

/** HTTP access to the zonage cockpit (the interceptor adds the bearer token; exports are read as blobs for the same reason). */
@Injectable({ providedIn: 'root' })
export class ZonageCockpitClient {
  private readonly http = inject(HttpClient);

  references(): Promise<{ regions: { code: string; nom: string }[]; anneesApl: { annee: number; anneePopulation: number; source: string }[] }> {
    return firstValueFrom(
      this.http.get<{ regions: { code: string; nom: string }[]; anneesApl: { annee: number; anneePopulation: number; source: string }[] }>(
        `${BASE}/references`,
      ),
    );
  }

  brouillons(region?: string): Promise<(MetaBrouillon & { nbForcees: number })[]> {
    return firstValueFrom(this.http.get<(MetaBrouillon & { nbForcees: number })[]>(`${BASE}/brouillons`, { params: region ? { region } : {} }));
  }

  creer(corps: {
    region: string;
    origine: 'en_vigueur' | 'categories';
    unite?: 'bassin_de_vie' | 'tvs';
    libelle?: string;
    anneeApl?: number;
  }): Promise<VueBrouillon> {
    return firstValueFrom(this.http.post<VueBrouillon>(`${BASE}/brouillons`, corps));
  }

  lire(brouillon: string): Promise<VueBrouillon> {
    return firstValueFrom(this.http.get<VueBrouillon>(`${BASE}/brouillons/${id(brouillon)}`));
  }

  copier(brouillon: string): Promise<VueBrouillon> {
    return firstValueFrom(this.http.post<VueBrouillon>(`${BASE}/brouillons/${id(brouillon)}/copie`, {}));
  }

  supprimer(brouillon: string): Promise<unknown> {
    return firstValueFrom(this.http.delete(`${BASE}/brouillons/${id(brouillon)}`));
  }

  modifierUnite(brouillon: string, code: string, m: ModificationUnite): Promise<{ unite: string; decision: DecisionUnite; jauges: Jauges }> {
    return firstValueFrom(
      this.http.patch<{ unite: string; decision: DecisionUnite; jauges: Jauges }>(`${BASE}/brouillons/${id(brouillon)}/unites/${id(code)}`, m),
    );
  }

  modifierQpv(brouillon: string, code: string, classe: string | null): Promise<{ jauges: Jauges }> {
    return firstValueFrom(this.http.patch<{ jauges: Jauges }>(`${BASE}/brouillons/${id(brouillon)}/qpv/${id(code)}`, { classe }));
  }

  diff(brouillon: string): Promise<DiffBrouillon> {
    return firstValueFrom(this.http.get<DiffBrouillon>(`${BASE}/brouillons/${id(brouillon)}/diff`));
  }

  comparer(brouillon: string, autre: string): Promise<DiffBrouillon> {
    return firstValueFrom(this.http.get<DiffBrouillon>(`${BASE}/brouillons/${id(brouillon)}/comparaison/${id(autre)}`));
  }

  exporter(brouillon: string, fichier: string): Promise<Blob> {
    return firstValueFrom(this.http.get(`${BASE}/brouillons/${id(brouillon)}/exports/${fichier}`, { responseType: 'blob' }));
  }

  controles(brouillon: string): Promise<{ controles: Controle[]; valide: boolean }> {
    return firstValueFrom(this.http.get<{ controles: Controle[]; valide: boolean }>(`${BASE}/brouillons/${id(brouillon)}/controles`));
  }

  valider(brouillon: string): Promise<{ statut: string; controles: Controle[] }> {
    return firstValueFrom(this.http.post<{ statut: string; controles: Controle[] }>(`${BASE}/brouillons/${id(brouillon)}/validation`, {}));
  }

  publier(
    brouillon: string,
    corps: { arrete: string; dateArrete: string; debut: string; fin: string; lienArrete?: string },
  ): Promise<{ version: { id: number; libelle: string; debut: string; fin: string } | null }> {
    return firstValueFrom(
      this.http.post<{ version: { id: number; libelle: string; debut: string; fin: string } | null }>(`${BASE}/brouillons/${id(brouillon)}/publication`, corps),
    );
  }

  etapes(brouillon: string): Promise<Etape[]> {
    return firstValueFrom(this.http.get<Etape[]>(`${BASE}/brouillons/${id(brouillon)}/etapes`));
  }

  modifierEtape(brouillon: string, etape: string, corps: { fait: boolean; date: string | null; note: string | null }): Promise<Etape[]> {
    return firstValueFrom(this.http.patch<Etape[]>(`${BASE}/brouillons/${id(brouillon)}/etapes/${id(etape)}`, corps));
  }

  parametres(region: string): Promise<{ parametres: ParametreEffectif[] }> {
    return firstValueFrom(this.http.get<{ parametres: ParametreEffectif[] }>(`${BASE}/parametres`, { params: { region } }));
  }

  saisirParametre(corps: { region: string; parametre: string; valeur: number; justification: string }): Promise<{ parametres: ParametreEffectif[] }> {
    return firstValueFrom(this.http.post<{ parametres: ParametreEffectif[] }>(`${BASE}/parametres`, corps));
  }

  televerserComposition(region: string, fichier: File): Promise<{ unites: number; communesRegion: number; horsRegion: number }> {
    const corps = new FormData();
    corps.append('region', region);
    corps.append('fichier', fichier);
    return firstValueFrom(this.http.post<{ unites: number; communesRegion: number; horsRegion: number }>(`${BASE}/compositions`, corps));
  }

  bboxRegion(region: string): Promise<{ bbox: [number, number, number, number] | null }> {
    return firstValueFrom(this.http.get<{ bbox: [number, number, number, number] | null }>(`/api/territoires/region/${id(region)}`));
  }
}
