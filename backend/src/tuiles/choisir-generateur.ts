import { GenerateurTuiles } from './generateur-tuiles';

/**
 * Native PostGIS tiles when the server can encode them, in-memory tiles otherwise (embedded
 * PGlite). Asked once at start: the answer does not change while the database is the same.
 */
export async function choisirGenerateur(
  mvtDisponible: () => Promise<boolean>,
  postgis: () => GenerateurTuiles,
  memoire: () => GenerateurTuiles,
): Promise<GenerateurTuiles> {
  return (await mvtDisponible()) ? postgis() : memoire();
}
