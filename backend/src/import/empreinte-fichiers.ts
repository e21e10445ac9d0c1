import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** sha256 over the files' contents (in order) and a version tag of the importer's own logic. */
export async function empreinteFichiers(fichiers: string[], versionLogique: string): Promise<string> {
  const hash = createHash('sha256').update(versionLogique);
  for (const fichier of fichiers) {
    await new Promise<void>((resolve, reject) => {
      createReadStream(fichier)
        .on('data', (morceau) => hash.update(morceau))
        .on('end', () => resolve())
        .on('error', reject);
    });
  }
  return hash.digest('hex');
}
