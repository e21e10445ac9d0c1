import { Injectable, inject, signal } from '@angular/core';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { EmpriseVue } from '../carte/carte.service';
import { TypeStructureCarte } from '../carte/couches/structures.couche';
import { ComptesVue } from '../couverture-donnees/comptes-vue';
import { CouvertureDonneesClient } from '../couverture-donnees/couverture-donnees.client';
import { CarteCouverture } from '../couverture-donnees/etat-couverture';
import { THEME_DES_COUCHES } from '../couverture-donnees/theme-actif';
import { messageErreur } from '../territoires/message-erreur';
import { ProprietesStructure } from './structure';
import { StructuresClient } from './structures.client';

/** `projets` is drawn from the projects store (connected accounts only); the others are loaded here. */
export type CoucheOptionnelle = TypeStructureCarte | 'cpts' | 'alertes' | 'projets' | 'zones-rouges';
/** `zones-rouges` is drawn by its own directive from the zones rouges store. */
type CoucheChargeeIci = Exclude<CoucheOptionnelle, 'alertes' | 'projets' | 'zones-rouges'>;

export interface DonneesCouche<G extends Geometry = Geometry> {
  readonly donnees: FeatureCollection<G>;
  /** Sources as the API gives them (libellé with vintage). */
  readonly sources: readonly string[];
  readonly nombre: number;
  /** Structures of the type the API knows but cannot draw (no coordinates, no perimeter). */
  readonly sansGeometrie: number;
}

/** At most this many perimeter requests at once (one per CPTS). */
const PARALLELISME_CPTS = 6;

/**
 * Optional map layers: which are shown and their data (fetched once, at the first display).
 * Structures come from FINESS (what is loaded: Occitanie at the moment); CPTS perimeters from the ARS listings.
 */
@Injectable()
export class CouchesStore {
  private readonly client = inject(StructuresClient);
  private readonly couvertureClient = inject(CouvertureDonneesClient);
  private readonly chargements = new Map<CoucheOptionnelle, Promise<void>>();
  private readonly chargementsCouverture = new Map<string, Promise<void>>();
  private numeroComptage = 0;

  readonly visibles = signal<ReadonlySet<CoucheOptionnelle>>(new Set(['alertes', 'projets']));
  readonly donnees = signal<ReadonlyMap<CoucheOptionnelle, DonneesCouche>>(new Map());
  readonly enCours = signal<ReadonlySet<CoucheOptionnelle>>(new Set());
  readonly erreurs = signal<ReadonlyMap<CoucheOptionnelle, string>>(new Map());
  /** Where each dataset is loaded, by theme (fetched once, at the first layer that needs it). */
  readonly couvertures = signal<ReadonlyMap<string, CarteCouverture>>(new Map());
  /** Counts of the visible structure layers in the map's view, with the view's coverage. */
  readonly comptesVue = signal<ComptesVue | null>(null);

  /** Coverage of a theme for the legend and the hatching (fetched once; a failure leaves it unknown, retried next time). */
  chargerCouverture(theme: string): Promise<void> {
    let chargement = this.chargementsCouverture.get(theme);
    if (!chargement) {
      chargement = this.couvertureClient
        .carte(theme)
        .then((c) => this.couvertures.update((m) => new Map(m).set(theme, c)))
        .catch(() => void this.chargementsCouverture.delete(theme));
      this.chargementsCouverture.set(theme, chargement);
    }
    return chargement;
  }

  /** Counts the visible structure layers in the view (a newer view discards older answers). */
  async compterDansVue(emprise: EmpriseVue | null): Promise<void> {
    const numero = ++this.numeroComptage;
    const types = [...this.visibles()].filter((c): c is 'msp' | 'psp' | 'cds' | 'cpts' => c === 'msp' || c === 'psp' || c === 'cds' || c === 'cpts');
    if (!emprise || !types.length) {
      this.comptesVue.set(null);
      return;
    }
    try {
      const comptes = await this.couvertureClient.comptesDansVue(types, emprise);
      if (numero === this.numeroComptage) this.comptesVue.set(comptes);
    } catch {
      if (numero === this.numeroComptage) this.comptesVue.set(null);
    }
  }

  async basculer(couche: CoucheOptionnelle, visible: boolean): Promise<void> {
    const visibles = new Set(this.visibles());
    if (visible) visibles.add(couche);
    else visibles.delete(couche);
    this.visibles.set(visibles);
    const theme = THEME_DES_COUCHES[couche];
    if (visible && theme) void this.chargerCouverture(theme);
    if (visible && couche !== 'alertes' && couche !== 'projets' && couche !== 'zones-rouges') await this.charger(couche);
  }

  private charger(couche: CoucheChargeeIci): Promise<void> {
    let chargement = this.chargements.get(couche);
    if (!chargement) {
      chargement = this.telecharger(couche);
      this.chargements.set(couche, chargement);
    }
    return chargement;
  }

  private async telecharger(couche: CoucheChargeeIci): Promise<void> {
    this.enCours.update((s) => new Set(s).add(couche));
    try {
      const donnees = couche === 'cpts' ? await this.perimetresCpts() : await this.points(couche);
      this.donnees.update((m) => new Map(m).set(couche, donnees));
      this.erreurs.update((m) => {
        const n = new Map(m);
        n.delete(couche);
        return n;
      });
    } catch (erreur) {
      this.chargements.delete(couche);
      this.erreurs.update((m) => new Map(m).set(couche, messageErreur(erreur, 'Couche indisponible.')));
    } finally {
      this.enCours.update((s) => {
        const n = new Set(s);
        n.delete(couche);
        return n;
      });
    }
  }

  private async points(type: TypeStructureCarte): Promise<DonneesCouche<Point>> {
    const collection = await this.client.lister({ type });
    const avecPoint = collection.features.filter((f): f is Feature<Point, ProprietesStructure> => f.geometry !== null);
    return {
      donnees: { type: 'FeatureCollection', features: avecPoint },
      sources: collection.sources,
      nombre: avecPoint.length,
      sansGeometrie: collection.features.length - avecPoint.length,
    };
  }

  private async perimetresCpts(): Promise<DonneesCouche> {
    const liste = await this.client.lister({ type: 'cpts' });
    const ids = liste.features.map((f) => f.properties.id);
    const fiches = [];
    for (let i = 0; i < ids.length; i += PARALLELISME_CPTS) {
      fiches.push(...(await Promise.all(ids.slice(i, i + PARALLELISME_CPTS).map((id) => this.client.cpts(id)))));
    }
    const avecPerimetre = fiches.filter((f) => f.perimetre !== null);
    return {
      donnees: {
        type: 'FeatureCollection',
        features: avecPerimetre.map((f) => ({ type: 'Feature', id: f.id, geometry: f.perimetre!, properties: { id: f.id, nom: f.nom } })),
      },
      sources: [...new Set(avecPerimetre.map((f) => f.sourcePerimetre ?? f.source))],
      nombre: avecPerimetre.length,
      sansGeometrie: fiches.length - avecPerimetre.length,
    };
  }
}
