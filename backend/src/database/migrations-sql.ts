import { readdirSync, readFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Migrations are plain SQL: `migrations/<timestamp>-<name>/up.sql` and `down.sql`.
 * Each folder becomes a TypeORM migration class, so TypeORM keeps its usual bookkeeping
 * (the `migrations` table) and `synchronize` is never used.
 */
export function chargerMigrationsSql(dossier: string): Array<new () => MigrationInterface> {
  if (!existsSync(dossier)) throw new Error(`Dossier de migrations introuvable : ${dossier}`);
  return readdirSync(dossier, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d{13}-[a-z0-9-]+$/.test(e.name))
    .map((e) => e.name)
    .sort()
    .map((nomDossier) => creerClasseMigration(path.join(dossier, nomDossier), nomDossier));
}

function creerClasseMigration(chemin: string, nomDossier: string): new () => MigrationInterface {
  const [horodatage, ...reste] = nomDossier.split('-');
  const nomClasse = reste.map((m) => m[0].toUpperCase() + m.slice(1)).join('') + horodatage;
  const up = readFileSync(path.join(chemin, 'up.sql'), 'utf8');
  const downFichier = path.join(chemin, 'down.sql');
  const down = existsSync(downFichier) ? readFileSync(downFichier, 'utf8') : null;
  const classe = class implements MigrationInterface {
    name = nomClasse;
    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(up);
    }
    async down(queryRunner: QueryRunner): Promise<void> {
      if (down === null) throw new Error(`La migration ${nomDossier} n'a pas de down.sql.`);
      await queryRunner.query(down);
    }
  };
  Object.defineProperty(classe, 'name', { value: nomClasse });
  return classe;
}
