import { Requeteur } from '../import/importateur';
import { LigneStagee } from './type-fichier';

/** Rows and bytes of JSON per INSERT: each statement stays small for PGlite's wire layer and for other users. */
const LIGNES_PAR_LOT = 2000;
const OCTETS_PAR_LOT = 512 * 1024;

/**
 * Writes staged rows to `televersement_ligne` in bounded batches (never the dataset as one bind parameter,
 * issue 10 finding 2): one INSERT per 2,000 rows or 512 KB of JSON, whichever comes first.
 */
export class TamponLignes {
  private lot: string[] = [];
  private octets = 0;
  private ecrites = 0;

  constructor(
    private readonly requete: Requeteur,
    private readonly televersementId: string,
  ) {}

  async ajouter(ligne: LigneStagee): Promise<void> {
    const json = JSON.stringify({ numero: ligne.numero, cle: ligne.cle, donnees: ligne.donnees });
    this.lot.push(json);
    this.octets += json.length;
    if (this.lot.length >= LIGNES_PAR_LOT || this.octets >= OCTETS_PAR_LOT) await this.vider();
  }

  async vider(): Promise<void> {
    if (!this.lot.length) return;
    const json = `[${this.lot.join(',')}]`;
    this.lot = [];
    this.octets = 0;
    await this.requete(
      `INSERT INTO televersement_ligne (televersement_id, numero, cle, donnees)
       SELECT $1, r.numero, r.cle, r.donnees FROM json_to_recordset($2::json) AS r(numero integer, cle text, donnees jsonb)`,
      [this.televersementId, json],
    );
    this.ecrites++;
  }

  get lots(): number {
    return this.ecrites;
  }
}
