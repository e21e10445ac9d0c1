/**
 * What the aid engine needs from the zones rouges feature (contract of ZonesRougesService): whether the commune's
 * intercommunalité is one of the 151 zones rouges of June 2025, the territories of the mission de solidarité
 * territoriale « Un médecin près de chez vous ». A port, so that the engine runs in unit tests without it.
 */
export interface ZoneRougeDeCommune {
  /** true: in the list in force; false: not in it and the list is complete there; null: the list is partial there. */
  zoneRouge: boolean | null;
  /** Plain French sentence, e.g. « Zone rouge depuis juin 2025 (CC des Pays de L'Aigle). » */
  texte: string;
  raison: string | null;
  commentCharger: string | null;
  source: string;
}

export interface SourceZonesRouges {
  faitCommune(code: string, date?: string): Promise<ZoneRougeDeCommune>;
  /** Changes whenever the list in force changes (upload): keys the aid answer caches. */
  versionDonnees(): Promise<string>;
}

export const SOURCE_ZONES_ROUGES = Symbol('SOURCE_ZONES_ROUGES');
