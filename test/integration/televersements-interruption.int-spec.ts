import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { assurerCompteDeTest, emailDeTest, enTeteAuth, jetonPour } from '../support/auth';
import { revenir } from '../support/televersement';

const racine = path.join(__dirname, '..', '..');

/** A national-format FINESS extract with `n` MSP in Toulouse (one geolocated): long enough to kill its import midway. */
function grosExtrait(n: number): Buffer {
  const champs = (i: number) =>
    [
      'structureet',
      `31${String(8_000_000 + i).padStart(7, '0')}`,
      '310000000',
      `MSP INTERRUPTION ${i}`,
      `MSP INTERRUPTION ${i}`,
      '',
      '',
      '1',
      'R',
      'DE L ESSAI',
      '',
      '',
      '555',
      '31',
      'HAUTE GARONNE',
      '31000 TOULOUSE',
      '',
      '',
      '603',
      'Maison de santé (L.6223-3)',
      '1301',
      'Soins de ville',
      '',
      '',
      '',
      '',
      '',
      '',
      '2024-01-15',
      '2024-01-01',
      '2026-01-05',
      '',
    ].join(';');
  const lignes = ['finess;etalab;95;2026-01-05'];
  for (let i = 0; i < n; i++) lignes.push(champs(i));
  lignes.push('geolocalisation;318000000;574357.4;6279620.7;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2026-01-05');
  return Buffer.from(lignes.join('\n') + '\n', 'latin1');
}

async function attendre<T>(lire: () => Promise<T>, ok: (v: T) => boolean, delaiMs: number, message: string): Promise<T> {
  const fin = Date.now() + delaiMs;
  for (;;) {
    const v = await lire();
    if (ok(v)) return v;
    if (Date.now() > fin) throw new Error(message);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * kill -9 of the server while it writes an uploaded file (issue 10 / issue 11: nothing half-imported): the data
 * in place is unchanged, and the next server start marks the upload as interrupted. Both targets.
 */
describe('Un import interrompu par kill -9 ne laisse rien à moitié', () => {
  let t: ApplicationDeTest;
  let serveur: ChildProcess | null = null;
  let dossier: string;
  let televersementId: string | null = null;

  beforeAll(async () => {
    t = await demarrerApplication();
    await assurerCompteDeTest(t.app, 'admin');
    await jetonPour(t, 'admin');
    dossier = mkdtempSync(path.join(tmpdir(), 'maillage-interruption-'));
  });
  afterAll(async () => {
    if (serveur && serveur.exitCode === null) serveur.kill('SIGKILL');
    // had the kill come too late, the import would be in place: undo it, the shared test database must not change
    if (televersementId) {
      const admin = await jetonPour(t, 'admin');
      const e = (await t.http().get(`/api/donnees/televersements/${televersementId}`).set(enTeteAuth(admin))).body as { statut?: string; versionId?: number };
      if (e.statut === 'importe' && e.versionId) await revenir(t, admin, e.versionId);
    }
    rmSync(dossier, { recursive: true, force: true });
    await t.fermer();
  });

  it('kills the server during the import transaction: structures unchanged, upload marked failed at the next start', async () => {
    const port = 40_000 + Math.floor(Math.random() * 5000);
    serveur = spawn(process.execPath, [path.join(racine, 'backend/dist/main.js')], {
      env: { ...process.env, PORT: String(port), MAILLAGE_IMPORT_AU_DEMARRAGE: 'non', MAILLAGE_DOSSIER_DONNEES: dossier },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let journal = '';
    serveur.stdout!.on('data', (d) => (journal += String(d)));
    serveur.stderr!.on('data', (d) => (journal += String(d)));
    const url = `http://127.0.0.1:${port}`;
    // started, and done warming its caches (they hold the embedded database's single connection meanwhile)
    await attendre(
      () =>
        fetch(`${url}/api/sante`).then(
          async (r) => r.ok && ((await r.json()) as { prechauffage?: { termine?: boolean } }).prechauffage?.termine !== false,
          () => false,
        ),
      (ok) => ok,
      240_000,
      'le serveur ne démarre pas',
    );
    const connexion = await fetch(`${url}/api/auth/connexion`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: emailDeTest('admin'), motDePasse: 'mot-de-passe-de-test-admin' }),
    });
    const { jeton } = (await connexion.json()) as { jeton: string };
    const auth = enTeteAuth(jeton);
    const avant = (await t.http().get('/api/structures?territoire=departement:31').expect(200)).body.total;

    const formulaire = new FormData();
    formulaire.append('fichier', new Blob([grosExtrait(40_000)]), 'finess-interruption.csv');
    const envoi = await fetch(`${url}/api/donnees/televersements/finess`, { method: 'POST', headers: auth, body: formulaire });
    expect(envoi.status).toBe(202);
    const { id } = (await envoi.json()) as { id: string };
    // a poll that times out behind the import's long statements (one embedded connection) is just retried
    const etat = (x: string) =>
      fetch(`${url}/api/donnees/televersements/${x}`, { headers: auth }).then(
        async (r) => (r.ok ? ((await r.json()) as Record<string, any>) : { statut: 'inconnu' }),
        () => ({ statut: 'inconnu' }),
      );
    const analyse = await attendre(
      () => etat(id),
      (e) => !['analyse', 'inconnu'].includes(e.statut),
      240_000,
      'analyse trop longue',
    );
    expect({ statut: analyse.statut, erreur: analyse.erreur }).toEqual({ statut: 'pret', erreur: null });
    await fetch(`${url}/api/donnees/televersements/${id}/import`, { method: 'POST', headers: auth });
    televersementId = id;
    // the server says when the import's transaction starts; 40,000 rows then take seconds to write
    await attendre(
      async () => journal.includes('écriture de « finess-interruption.csv » commencée'),
      (ok) => ok,
      240_000,
      'import non commencé',
    );
    await new Promise((r) => setTimeout(r, 300));
    serveur.kill('SIGKILL');
    await new Promise((r) => serveur!.once('exit', r));

    // the database rolled the transaction back: nothing of the file, nothing removed
    const apres = await t.http().get('/api/structures?territoire=departement:31').expect(200);
    expect(apres.body.total).toBe(avant);
    expect(apres.body.features.some((f: { properties: { nom: string } }) => f.properties.nom.startsWith('MSP INTERRUPTION'))).toBe(false);

    // a server starting on this machine sees its holder dead and marks the upload failed
    const suivante = await demarrerApplication();
    try {
      const admin = await jetonPour(suivante, 'admin');
      const fini = (await suivante.http().get(`/api/donnees/televersements/${id}`).set(enTeteAuth(admin)).expect(200)).body;
      expect(fini).toMatchObject({ statut: 'echec', erreur: { message: expect.stringContaining('rien n’a été modifié') } });
    } finally {
      await suivante.fermer();
    }
  }, 600_000);
});
