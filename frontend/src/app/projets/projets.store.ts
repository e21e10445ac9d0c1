import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { SessionStore } from '../comptes/session.store';
import { telecharger } from '../export/telechargement';
import { messageErreur } from '../territoires/message-erreur';
import { CibleCirculaire, DetailProjet, EtapeProjet, NouveauProjet, Projet } from './projet';
import { ProjetsClient } from './projets.client';

/** Properties of a project point on the map. */
export interface ProprietesPointProjet {
  readonly id: string;
  readonly nom: string;
  /** The 2010-circular verdict once the project's analysis is loaded, `inconnu` before. */
  readonly cible: CibleCirculaire | 'inconnu';
}

/**
 * The list endpoint does not carry the verdict nor the overlap warning: they come with each project's analysis
 * (`GET /api/projets/:id`, a simulation on first call, cached by the server afterwards). The list loads them for
 * the first projects only, two at a time, so a planner seeing a whole région does not start hundreds of simulations.
 */
export const ANALYSES_AUTOMATIQUES = 20;
const PARALLELISME_ANALYSES = 2;

/**
 * Projects visible to the connected account (scoped by the API: own projects for a porteur, its territories for an
 * élu, its région for an ARS planner, all for an admin), their analyses, the one shown in detail and the map points.
 * Follows the session: emptied at log-out, reloaded at log-in. Provided in root: the tab and the map directive share it.
 */
@Injectable({ providedIn: 'root' })
export class ProjetsStore {
  private readonly client = inject(ProjetsClient);
  private readonly session = inject(SessionStore);
  /** Bumped at each session change: answers for a previous account are dropped. */
  private generation = 0;

  readonly projets = signal<readonly Projet[]>([]);
  readonly enCours = signal(false);
  readonly erreur = signal<string | null>(null);
  readonly analyses = signal<ReadonlyMap<string, DetailProjet>>(new Map());
  readonly analysesEnCours = signal<ReadonlySet<string>>(new Set());
  readonly erreursAnalyse = signal<ReadonlyMap<string, string>>(new Map());
  /** Interior points of the communes of projects without site points, by INSEE code. */
  private readonly centres = signal<ReadonlyMap<string, readonly [number, number]>>(new Map());

  readonly choisi = signal<string | null>(null);
  readonly detail = computed(() => {
    const id = this.choisi();
    return id ? (this.analyses().get(id) ?? null) : null;
  });
  readonly projetChoisi = computed(() => this.projets().find((p) => p.id === this.choisi()) ?? null);

  /** Only a project lead creates projects from the dashboard (ARS planners and admins use the API). */
  readonly peutCreer = computed(() => this.session.utilisateur()?.role === 'porteur');
  /** Project leads change the stage of their projects, ARS planners and admins of those they see; élus only read. */
  readonly peutModifier = computed(() => {
    const role = this.session.utilisateur()?.role;
    return role === 'porteur' || role === 'ars' || role === 'admin';
  });

  readonly points = computed<FeatureCollection<Point, ProprietesPointProjet>>(() => {
    const centres = this.centres();
    const analyses = this.analyses();
    const features: Feature<Point, ProprietesPointProjet>[] = [];
    for (const p of this.projets()) {
      const cible = analyses.get(p.id)?.besoin.verdict?.cible ?? 'inconnu';
      const positions = p.sites.length ? p.sites.map((s) => [s.longitude, s.latitude] as const) : [centres.get(p.communeCode)].filter((c) => c !== undefined);
      for (const [longitude, latitude] of positions) {
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties: { id: p.id, nom: p.nom, cible } });
      }
    }
    // Analysed projects last, so drawn on top: several projects of a commune without sites share its point.
    features.sort((a, b) => Number(a.properties.cible !== 'inconnu') - Number(b.properties.cible !== 'inconnu'));
    return { type: 'FeatureCollection', features };
  });

  constructor() {
    effect(() => {
      const id = this.session.utilisateur()?.id ?? null;
      untracked(() => {
        this.vider();
        if (id) void this.charger();
      });
    });
  }

  async charger(): Promise<void> {
    const generation = this.generation;
    this.enCours.set(true);
    this.erreur.set(null);
    try {
      const projets = await this.client.lister();
      if (generation !== this.generation) return;
      this.projets.set(projets);
      await Promise.all([
        this.chargerCentres(projets, generation),
        this.chargerAnalyses(
          projets.slice(0, ANALYSES_AUTOMATIQUES).map((p) => p.id),
          generation,
        ),
      ]);
    } catch (erreur) {
      if (generation === this.generation) this.erreur.set(messageErreur(erreur, 'Les projets n’ont pas pu être chargés. Réessayez dans un instant.'));
    } finally {
      if (generation === this.generation) this.enCours.set(false);
    }
  }

  /** Shows one project in detail (its analysis loaded if not yet). */
  async ouvrir(id: string): Promise<void> {
    this.choisi.set(id);
    if (!this.analyses().has(id)) await this.chargerAnalyses([id], this.generation);
  }

  fermer(): void {
    this.choisi.set(null);
  }

  /** Creates a project (project lead), then shows it: the list is reloaded so the API's scope stays the truth. */
  async creer(nouveau: NouveauProjet): Promise<Projet> {
    const projet = await this.client.creer(nouveau);
    this.projets.update((liste) => [projet, ...liste.filter((p) => p.id !== projet.id)]);
    void this.chargerCentres([projet], this.generation);
    await this.ouvrir(projet.id);
    return projet;
  }

  async modifierEtape(id: string, etape: EtapeProjet): Promise<void> {
    const projet = await this.client.modifierEtape(id, etape);
    this.projets.update((liste) => liste.map((p) => (p.id === id ? projet : p)));
    const analyse = this.analyses().get(id);
    if (analyse) this.analyses.update((m) => new Map(m).set(id, { ...analyse, ...projet }));
  }

  /**
   * Opens the printable sheet in a new tab. The tab is opened at once (inside the click, so no popup blocker stops
   * it) and gets the page once fetched with the token; when the browser refuses the tab, the sheet is downloaded.
   */
  async ouvrirFiche(id: string): Promise<void> {
    const onglet = window.open('', '_blank');
    try {
      const fiche = await this.client.fiche(id);
      const url = URL.createObjectURL(new Blob([fiche], { type: 'text/html;charset=utf-8' }));
      if (onglet) onglet.location.href = url;
      else telecharger(`fiche-projet-${id}.html`, fiche, 'text/html;charset=utf-8');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (erreur) {
      onglet?.close();
      throw new Error(messageErreur(erreur, 'La fiche imprimable n’a pas pu être préparée.'));
    }
  }

  async exporterCsv(): Promise<void> {
    try {
      telecharger(`projets-${new Date().toISOString().slice(0, 10)}.csv`, await this.client.exportCsv());
    } catch (erreur) {
      throw new Error(messageErreur(erreur, 'L’export CSV a échoué. Réessayez dans un instant.'));
    }
  }

  private vider(): void {
    this.generation++;
    this.projets.set([]);
    this.analyses.set(new Map());
    this.analysesEnCours.set(new Set());
    this.erreursAnalyse.set(new Map());
    this.centres.set(new Map());
    this.choisi.set(null);
    this.enCours.set(false);
    this.erreur.set(null);
  }

  private async chargerAnalyses(ids: readonly string[], generation: number): Promise<void> {
    const aFaire = ids.filter((id) => !this.analyses().has(id) && !this.analysesEnCours().has(id));
    const suivant = async (): Promise<void> => {
      const id = aFaire.shift();
      if (id === undefined || generation !== this.generation) return;
      this.analysesEnCours.update((s) => new Set(s).add(id));
      try {
        const detail = await this.client.detail(id);
        if (generation !== this.generation) return;
        this.analyses.update((m) => new Map(m).set(id, detail));
        this.erreursAnalyse.update((m) => sans(m, id));
      } catch (erreur) {
        if (generation !== this.generation) return;
        this.erreursAnalyse.update((m) => new Map(m).set(id, messageErreur(erreur, 'Analyse du projet indisponible.')));
      } finally {
        if (generation === this.generation) this.analysesEnCours.update((s) => sansElement(s, id));
      }
      await suivant();
    };
    await Promise.all(Array.from({ length: Math.min(PARALLELISME_ANALYSES, aFaire.length) }, () => suivant()));
  }

  private async chargerCentres(projets: readonly Projet[], generation: number): Promise<void> {
    const codes = [...new Set(projets.filter((p) => p.sites.length === 0).map((p) => p.communeCode))].filter((c) => !this.centres().has(c));
    for (const code of codes) {
      try {
        const fiche = await this.client.commune(code);
        if (generation !== this.generation) return;
        const centre = fiche.centre;
        if (centre) this.centres.update((m) => new Map(m).set(code, [centre[0], centre[1]]));
      } catch {
        // A commune without card is not drawn; the list still shows its project.
      }
    }
  }
}

function sans<K, V>(collection: ReadonlyMap<K, V>, cle: K): Map<K, V> {
  const copie = new Map(collection);
  copie.delete(cle);
  return copie;
}

function sansElement<K>(collection: ReadonlySet<K>, cle: K): Set<K> {
  const copie = new Set(collection);
  copie.delete(cle);
  return copie;
}
