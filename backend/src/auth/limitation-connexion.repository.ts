import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A counter of failed logins under one key, for the current window. */
export interface Compteur {
  echecs: number;
  debut: Date;
  dernier: Date;
}

/**
 * Counters of failed logins (table tentative_connexion), one row per key: `ip:<ip>`, `compte-ip:<email> <ip>`,
 * `compte:<email>`. Each attempt is counted *before* its password is checked, by one statement that takes the
 * row's lock: parallel attempts are counted one after the other, never all against the same old count.
 */
@Injectable()
export class LimitationConnexionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one more attempt under `cle` (a new window when the last one is over) and returns the new count.
   * With `delaiSecondes` (a SQL expression of `t.echecs`, the count before this attempt), the attempt is
   * counted only when that delay has passed since the last one, and null is returned otherwise.
   */
  async compter(cle: string, fenetreSecondes: number, seuilDelai: number | null = null): Promise<number | null> {
    const condition =
      seuilDelai === null
        ? ''
        : // No delay up to the threshold, then 1 s, 2 s, 4 s… (capped at the window) after the last attempt.
          `WHERE t.debut < now() - make_interval(secs => $2) OR t.echecs <= $3
              OR t.dernier <= now() - make_interval(secs => least($2, power(2, t.echecs - $3 - 1)))`;
    const rows = await this.dataSource.query(
      `INSERT INTO tentative_connexion AS t (cle, echecs, debut, dernier) VALUES ($1, 1, now(), now())
       ON CONFLICT (cle) DO UPDATE SET
         echecs  = CASE WHEN t.debut < now() - make_interval(secs => $2) THEN 1 ELSE t.echecs + 1 END,
         debut   = CASE WHEN t.debut < now() - make_interval(secs => $2) THEN now() ELSE t.debut END,
         dernier = now()
       ${condition}
       RETURNING echecs`,
      seuilDelai === null ? [cle, fenetreSecondes] : [cle, fenetreSecondes, seuilDelai],
    );
    return rows[0]?.echecs ?? null;
  }

  /** The counter under `cle` (to tell how long to wait), or null. */
  async lire(cle: string): Promise<Compteur | null> {
    const rows = await this.dataSource.query(`SELECT echecs, debut, dernier FROM tentative_connexion WHERE cle = $1`, [cle]);
    return rows[0] ?? null;
  }

  /** Takes back one counted attempt (a successful login is no failure). */
  async decompter(cle: string): Promise<void> {
    await this.dataSource.query(`UPDATE tentative_connexion SET echecs = greatest(echecs - 1, 0) WHERE cle = $1`, [cle]);
  }

  async effacer(cles: string[]): Promise<void> {
    await this.dataSource.query(`DELETE FROM tentative_connexion WHERE cle = ANY($1::text[])`, [cles]);
  }

  /** Forgets counters whose window is over. */
  async purger(fenetreSecondes: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM tentative_connexion WHERE dernier < now() - make_interval(secs => $1)`, [fenetreSecondes]);
  }
}
