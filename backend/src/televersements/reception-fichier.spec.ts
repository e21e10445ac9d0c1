import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { recevoirFichier } from './reception-fichier';

const LIMITE = 'limiteXYZ';
function multipart(champs: Record<string, string>, fichier: { nom: string; contenu: Buffer } | null): { flux: Readable; entetes: Record<string, string> } {
  const parties: Buffer[] = [];
  for (const [nom, valeur] of Object.entries(champs)) {
    parties.push(Buffer.from(`--${LIMITE}\r\nContent-Disposition: form-data; name="${nom}"\r\n\r\n${valeur}\r\n`));
  }
  if (fichier) {
    parties.push(Buffer.from(`--${LIMITE}\r\nContent-Disposition: form-data; name="fichier"; filename="${fichier.nom}"\r\nContent-Type: text/csv\r\n\r\n`));
    parties.push(fichier.contenu, Buffer.from('\r\n'));
  }
  parties.push(Buffer.from(`--${LIMITE}--\r\n`));
  // small chunks, as a socket delivers them
  const tout = Buffer.concat(parties);
  const morceaux: Buffer[] = [];
  for (let i = 0; i < tout.length; i += 1000) morceaux.push(tout.subarray(i, i + 1000));
  return { flux: Readable.from(morceaux), entetes: { 'content-type': `multipart/form-data; boundary=${LIMITE}` } };
}

describe('recevoirFichier (téléversement en flux sur disque)', () => {
  let dossier: string;
  beforeEach(() => (dossier = mkdtempSync(path.join(tmpdir(), 'reception-'))));
  afterEach(() => rmSync(dossier, { recursive: true, force: true }));
  const options = (tailleMax: number, verifierChamps = async () => undefined) => ({
    dossier,
    tailleMax,
    extensions: ['.csv'],
    delaiMs: 10_000,
    verifierChamps,
  });

  it('writes the file to disk (0600) with its sha256 and size, and hands over the fields sent before it', async () => {
    const contenu = Buffer.from('a;b\n'.repeat(10_000));
    const { flux, entetes } = multipart({ debut: '2026-01-01' }, { nom: 'x.csv', contenu });
    const r = await recevoirFichier(flux, entetes, options(1024 ** 2));
    expect(r.champs).toEqual({ debut: '2026-01-01' });
    expect(r.fichier).toMatchObject({ nom: 'x.csv', taille: contenu.length, empreinte: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readFileSync(r.fichier.chemin).equals(contenu)).toBe(true);
    expect(statSync(r.fichier.chemin).mode & 0o777).toBe(0o600);
  });

  it('refuses a file over the type’s limit with a French 413 and leaves nothing on disk', async () => {
    const { flux, entetes } = multipart({}, { nom: 'gros.csv', contenu: Buffer.alloc(50_000, 'x') });
    await expect(recevoirFichier(flux, entetes, options(10_000))).rejects.toMatchObject({
      code: 'FICHIER_TROP_VOLUMINEUX',
      message: expect.stringContaining('dépasse 10 Ko'),
    });
    expect(readdirSync(dossier)).toEqual([]);
  });

  it('checks the fields before storing a byte of the file', async () => {
    const { flux, entetes } = multipart({}, { nom: 'x.csv', contenu: Buffer.from('a') });
    const refus = Object.assign(new Error('Début de validité : obligatoire'), { code: 'ENTREE_INVALIDE' });
    await expect(
      recevoirFichier(
        flux,
        entetes,
        options(1000, async () => {
          throw refus;
        }),
      ),
    ).rejects.toBe(refus);
    expect(readdirSync(dossier).filter((f) => existsSync(path.join(dossier, f)))).toEqual([]);
  });

  it('refuses another extension, a request that is not multipart and a missing file', async () => {
    const autre = multipart({}, { nom: 'x.exe', contenu: Buffer.from('a') });
    await expect(recevoirFichier(autre.flux, autre.entetes, options(1000))).rejects.toMatchObject({
      message: expect.stringContaining('extension attendue .csv'),
    });
    await expect(recevoirFichier(Readable.from([]), { 'content-type': 'application/json' }, options(1000))).rejects.toMatchObject({ code: 'ENTREE_INVALIDE' });
    const sans = multipart({ a: 'b' }, null);
    await expect(recevoirFichier(sans.flux, sans.entetes, options(1000))).rejects.toMatchObject({ message: expect.stringContaining('Joignez le fichier') });
  });
});
