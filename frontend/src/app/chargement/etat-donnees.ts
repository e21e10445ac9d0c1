/** Subset of `GET /api/sante` the dashboard needs to show the first-start data load. */
export interface EtatDonnees {
  statut: 'pret' | 'chargement' | 'indisponible';
  import: {
    enCours: boolean;
    jeuEnCours: string | null;
    etape: string | null;
    fait: number;
    total: number;
    jeuxTermines: number;
    jeuxTotal: number;
    erreur: string | null;
  };
  manquants: string[];
}
