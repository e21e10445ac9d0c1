import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ApplicationDeTest } from './application';
import { enTeteAuth } from './auth';

/** Final states of an upload's analysis (`pret`, `refuse`…) or import (`importe`, `echec`). */
const ETATS_STABLES = new Set(['pret', 'refuse', 'importe', 'echec', 'annule']);

export const fixture = (dossier: string, nom: string) => path.join(__dirname, '..', 'fixtures', dossier, nom);

/** Polls `GET /api/donnees/televersements/:id` until the analysis or the import is over. */
export async function attendreTeleversement(t: ApplicationDeTest, jeton: string, id: string, delaiMs = 60_000): Promise<Record<string, any>> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    const res = await t.http().get(`/api/donnees/televersements/${id}`).set(enTeteAuth(jeton)).expect(200);
    if (ETATS_STABLES.has(res.body.statut)) return res.body;
    if (Date.now() > fin) throw new Error(`Téléversement ${id} toujours « ${res.body.statut} » après ${delaiMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Uploads a file through the « Données » pipeline (`POST /api/donnees/televersements/:type`, fields before the
 * file) and waits for the end of its analysis: the state holds the validation report (or the refusal).
 *   const etat = await televerser(t, admin, 'finess', fixture('finess', 'x.csv'));
 *   expect(etat.statut).toBe('pret'); expect(etat.rapport.couverture.perimetre).toBe('…');
 */
export async function televerser(
  t: ApplicationDeTest,
  jeton: string,
  type: string,
  fichier: string | { nom: string; contenu: Buffer },
  champs: Record<string, string> = {},
): Promise<Record<string, any>> {
  const { nom, contenu } = typeof fichier === 'string' ? { nom: path.basename(fichier), contenu: readFileSync(fichier) } : fichier;
  const res = await t.http().post(`/api/donnees/televersements/${type}`).set(enTeteAuth(jeton)).field(champs).attach('fichier', contenu, nom);
  if (res.status !== 202) return { statutHttp: res.status, ...res.body };
  return attendreTeleversement(t, jeton, res.body.id);
}

/** « Importer » then wait for the end of the import. */
export async function importer(t: ApplicationDeTest, jeton: string, id: string): Promise<Record<string, any>> {
  await t.http().post(`/api/donnees/televersements/${id}/import`).set(enTeteAuth(jeton)).expect(202);
  return attendreTeleversement(t, jeton, id);
}

/** Rolls back a version (most recent of its dataset). */
export async function revenir(t: ApplicationDeTest, jeton: string, versionId: number) {
  return t.http().post(`/api/donnees/versions/${versionId}/retour`).set(enTeteAuth(jeton)).send({ motif: 'test' });
}
