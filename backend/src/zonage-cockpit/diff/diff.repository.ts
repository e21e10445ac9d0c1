import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class DiffRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * GPs of the active RPPS import(s) practising in each commune (multi-site practice counted in each commune), for
   * the communes the RPPS layer covers only (`couvertes`): elsewhere the count is unknown, not 0 (ADR 0005).
   */
  async medecinsRpps(communes: string[]): Promise<{ disponible: boolean; parCommune: Map<string, number>; couvertes: Set<string>; source: string | null }> {
    const imports: { fichier: string; importe_le: string }[] = await this.dataSource.query(
      `SELECT fichier, to_char(importe_le, 'YYYY-MM-DD') AS importe_le FROM rpps_import WHERE actif ORDER BY importe_le DESC`,
    );
    if (!imports.length) return { disponible: false, parCommune: new Map(), couvertes: new Set(), source: null };
    const couvertes: { code: string }[] = await this.dataSource.query(
      `SELECT code FROM unnest($1::text[]) AS code WHERE coalesce(couverture_commune('rpps', code), false)`,
      [communes],
    );
    const rows: { commune_code: string; n: number }[] = await this.dataSource.query(
      `SELECT m.commune_code, count(DISTINCT m.identifiant_pp)::int AS n
         FROM medecin_generaliste_site m JOIN rpps_import i ON i.id = m.import_id
        WHERE i.actif AND m.commune_code = ANY($1::text[]) GROUP BY m.commune_code`,
      [communes],
    );
    return {
      disponible: couvertes.length > 0,
      couvertes: new Set(couvertes.map((c) => c.code)),
      parCommune: new Map(rows.map((r) => [r.commune_code, r.n])),
      source: `Extrait RPPS importé (${imports.map((i) => `« ${i.fichier} » le ${i.importe_le.split('-').reverse().join('/')}`).join(', ')})`,
    };
  }
}
