/** Live state of the start-up import, shown by /api/sante and the dashboard's loading screen. */
export interface EtatImport {
  enCours: boolean;
  jeuEnCours: string | null;
  etape: string | null;
  fait: number;
  total: number;
  /** Datasets of this run: done so far / to do. */
  jeuxTermines: number;
  jeuxTotal: number;
  erreur: string | null;
}

export const ETAT_INITIAL: EtatImport = {
  enCours: false,
  jeuEnCours: null,
  etape: null,
  fait: 0,
  total: 0,
  jeuxTermines: 0,
  jeuxTotal: 0,
  erreur: null,
};
