/** Contract of `/api/zones-rouges`. */
export interface ListeZonesRouges {
  readonly liste: {
    readonly id: number;
    readonly libelle: string;
    readonly dateListe: string;
    readonly libelleDate: string;
    readonly nbAttendu: number;
    readonly nbEpci: number;
    readonly partielle: boolean;
    readonly source: string;
    readonly origine: 'livre' | 'televerse';
  } | null;
  readonly epci: readonly { siren: string; nom: string; region: string | null; population: number }[];
  readonly completude: { readonly texte: string; readonly regionsCompletes: readonly string[] } | null;
}

export interface FaitZoneRouge {
  readonly zoneRouge: boolean | null;
  readonly epci: { siren: string; nom: string } | null;
  readonly depuis: string | null;
  readonly texte: string;
  readonly raison: string | null;
  readonly commentCharger: string | null;
  readonly source: string;
}
