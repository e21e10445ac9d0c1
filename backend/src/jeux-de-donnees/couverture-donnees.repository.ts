import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Requeteur } from '../import/importateur';
import { GroupeCommunes, LigneCouverture, NomsTerritoires } from './couverture-donnees';
import { CommuneRattachee } from './groupes-territoires';
import { ThemeCouverture } from './themes-donnees';

/** What an import declares it covers (one row per territory), written in the import's transaction. */
export interface DeclarationCouverture {
  theme: ThemeCouverture;
  niveau: 'national' | 'region' | 'departement';
  /** INSEE code of the région / département; omitted for national. */
  code?: string;
  millesime: string;
  complet?: boolean;
  note?: string | null;
  /** Validity (YYYY-MM-DD, bounds included) when the data holds only for a period (a zonage version); else always. */
  debut?: string | null;
  fin?: string | null;
}

/** The row's validity as text (YYYY-MM-DD), the same on PGlite and PostgreSQL. */
const VALIDITE = `to_char(debut, 'YYYY-MM-DD') AS debut, to_char(fin, 'YYYY-MM-DD') AS fin`;

@Injectable()
export class CouvertureDonneesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces what dataset `jeu` covers (all themes) inside the import's transaction. */
  async remplacer(requete: Requeteur, jeu: string, declarations: DeclarationCouverture[]): Promise<void> {
    await requete(`DELETE FROM couverture_jeu WHERE jeu = $1`, [jeu]);
    await this.inserer(requete, jeu, declarations);
  }

  private async inserer(requete: Requeteur, jeu: string, declarations: DeclarationCouverture[]): Promise<void> {
    if (!declarations.length) return;
    await requete(
      `INSERT INTO couverture_jeu (theme, niveau, code, jeu, millesime, complet, note, debut, fin)
       SELECT r.theme, r.niveau, r.code, $1, r.millesime, r.complet, r.note, r.debut, r.fin
         FROM json_to_recordset($2::json) AS r(theme text, niveau text, code text, millesime text, complet boolean, note text, debut date, fin date)
       ON CONFLICT (theme, niveau, code, jeu) DO NOTHING`,
      [
        jeu,
        JSON.stringify(
          declarations.map((d) => ({
            theme: d.theme,
            niveau: d.niveau,
            code: d.niveau === 'national' ? '' : (d.code ?? ''),
            millesime: d.millesime,
            complet: d.complet ?? true,
            note: d.note ?? null,
            debut: d.debut ?? null,
            fin: d.fin ?? null,
          })),
        ),
      ],
    );
  }

  /**
   * An uploaded version's coverage (ADR 0005), merged with what the dataset covered: the rows of the dataset's
   * family (`famille` for its shipped load, `famille:v<id>` for its uploads) inside the new territories give way
   * to the new version's rows (`jeu`); elsewhere they stay. A national declaration replaces every row of the theme.
   */
  async fusionner(requete: Requeteur, famille: string, jeu: string, declarations: DeclarationCouverture[]): Promise<void> {
    // A dated declaration (a zonage version from `debut`) replaces the rows starting the same day (or undated) and
    // ends those that started before on the eve of `debut` (ADR 0004); rows that start later stay.
    const dedans = `cj.theme = $1 AND (cj.jeu = $2 OR cj.jeu LIKE $2 || ':v%')
            AND ($3 = 'national'
                 OR ($3 = 'region' AND ((cj.niveau = 'region' AND cj.code = $4)
                                        OR (cj.niveau = 'departement' AND cj.code IN (SELECT code FROM departement WHERE region_code = $4))))
                 OR ($3 = 'departement' AND cj.niveau = 'departement' AND cj.code = $4))`;
    for (const d of declarations) {
      const parametres = [d.theme, famille, d.niveau, d.code ?? '', d.debut ?? null];
      await requete(`DELETE FROM couverture_jeu cj WHERE ${dedans} AND ($5::date IS NULL OR cj.debut IS NULL OR cj.debut = $5::date)`, parametres);
      await requete(
        `UPDATE couverture_jeu cj SET fin = $5::date - 1
          WHERE ${dedans} AND $5::date IS NOT NULL AND cj.debut < $5::date AND (cj.fin IS NULL OR cj.fin >= $5::date)`,
        parametres,
      );
    }
    await this.inserer(requete, jeu, declarations);
  }

  /** Every row of a dataset family for these themes (kept with a version, to restore them on rollback). */
  async instantane(requete: Requeteur, famille: string, themes: string[]): Promise<(LigneCouverture & { theme: string })[]> {
    return requete(
      `SELECT theme, niveau, code, jeu, millesime, complet, note, ${VALIDITE} FROM couverture_jeu
        WHERE theme = ANY($2::text[]) AND (jeu = $1 OR jeu LIKE $1 || ':v%') ORDER BY theme, niveau, code, jeu`,
      [famille, themes],
    );
  }

  /** Puts back a snapshot taken by `instantane` (the family's rows for those themes are replaced by it). */
  async restaurer(requete: Requeteur, famille: string, themes: string[], lignes: (LigneCouverture & { theme: string })[]): Promise<void> {
    await requete(`DELETE FROM couverture_jeu WHERE theme = ANY($2::text[]) AND (jeu = $1 OR jeu LIKE $1 || ':v%')`, [famille, themes]);
    if (!lignes.length) return;
    await requete(
      `INSERT INTO couverture_jeu (theme, niveau, code, jeu, millesime, complet, note, debut, fin)
       SELECT r.theme, r.niveau, r.code, r.jeu, r.millesime, r.complet, r.note, r.debut, r.fin
         FROM json_to_recordset($1::json) AS r(theme text, niveau text, code text, jeu text, millesime text, complet boolean, note text, debut date, fin date)
       ON CONFLICT (theme, niveau, code, jeu) DO NOTHING`,
      [JSON.stringify(lignes)],
    );
  }

  async lignes(): Promise<(LigneCouverture & { theme: string })[]> {
    return this.dataSource.query(
      `SELECT theme, niveau, code, jeu, millesime, complet, note, ${VALIDITE} FROM couverture_jeu ORDER BY theme, niveau, code, jeu`,
    );
  }

  /** Communes of a territory (commune, EPCI, département, région, CPTS) counted by région and département. */
  async groupes(type: string, code: string): Promise<GroupeCommunes[]> {
    const rows: { region: string; departement: string; communes: string }[] = await this.dataSource.query(
      `SELECT c.region_code AS region, c.departement_code AS departement, count(*) AS communes
         FROM communes_du_territoire($1, $2) t JOIN commune c ON c.code = t.code
        GROUP BY 1, 2`,
      [type, code],
    );
    return rows.map((r) => ({ region: r.region, departement: r.departement, communes: Number(r.communes) }));
  }

  /** Communes of an explicit list, grouped the same way (a selection, a project's neighbourhood). */
  async groupesDeCommunes(codes: string[]): Promise<GroupeCommunes[]> {
    const rows: { region: string; departement: string; communes: string }[] = await this.dataSource.query(
      `SELECT region_code AS region, departement_code AS departement, count(*) AS communes FROM commune WHERE code = ANY($1::text[]) GROUP BY 1, 2`,
      [codes],
    );
    return rows.map((r) => ({ region: r.region, departement: r.departement, communes: Number(r.communes) }));
  }

  /**
   * Communes whose polygon meets a bounding box (the map's view), grouped the same way. Communes without a polygon
   * (re-created in 2025) are placed by their centre.
   */
  async groupesDEmprise(emprise: [number, number, number, number]): Promise<GroupeCommunes[]> {
    const rows: { region: string; departement: string; communes: string }[] = await this.dataSource.query(
      `SELECT region_code AS region, departement_code AS departement, count(*) AS communes FROM commune
        WHERE coalesce(geom, centre) && ST_MakeEnvelope($1, $2, $3, $4, 4326) GROUP BY 1, 2`,
      emprise,
    );
    return rows.map((r) => ({ region: r.region, departement: r.departement, communes: Number(r.communes) }));
  }

  /** Every commune with its région, département and EPCI (indexed once per version of the territories: the service). */
  async communesRattachees(): Promise<CommuneRattachee[]> {
    return this.dataSource.query(`SELECT code, region_code AS region, departement_code AS departement, epci_code AS epci FROM commune`);
  }

  /** Fingerprint and date of the last territories load: the communes' régions, départements and EPCI change with it. */
  async versionTerritoires(): Promise<string> {
    const rows: { v: string | null }[] = await this.dataSource.query(
      `SELECT empreinte || '@' || importe_le::text AS v FROM jeu_de_donnees WHERE code = 'territoires'`,
    );
    return rows[0]?.v ?? '';
  }

  /** Every commune of France (métropole and DROM), grouped the same way: the territory of national answers. */
  async groupesFrance(): Promise<GroupeCommunes[]> {
    const rows: { region: string; departement: string; communes: string }[] = await this.dataSource.query(
      `SELECT region_code AS region, departement_code AS departement, count(*) AS communes FROM commune GROUP BY 1, 2`,
    );
    return rows.map((r) => ({ region: r.region, departement: r.departement, communes: Number(r.communes) }));
  }

  /** Codes of the communes a theme covers (completely or known partial): where « absent » means 0, not unknown. */
  async communesCouvertes(theme: string): Promise<string[]> {
    const rows: { code: string }[] = await this.dataSource.query(
      `SELECT c.code FROM commune c
        WHERE EXISTS (SELECT 1 FROM couverture_jeu cj
                       WHERE cj.theme = $1
                         AND (cj.niveau = 'national' OR (cj.niveau = 'region' AND cj.code = c.region_code)
                              OR (cj.niveau = 'departement' AND cj.code = c.departement_code)))`,
      [theme],
    );
    return rows.map((r) => r.code);
  }

  async noms(): Promise<NomsTerritoires> {
    const regions: { code: string; nom: string }[] = await this.dataSource.query(`SELECT code, nom FROM region`);
    const departements: { code: string; nom: string }[] = await this.dataSource.query(`SELECT code, nom FROM departement`);
    return { regions: new Map(regions.map((r) => [r.code, r.nom])), departements: new Map(departements.map((d) => [d.code, d.nom])) };
  }
}
