import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { PairesIndexees } from '../moteur/graphe-depuis-trajets';

/** Bumped when the file layout or the meaning of the pairs changes: older files are then ignored. */
const FORMAT = 'maillage-trajets-1';

/**
 * The ≈ 2 M pairs of communes within reach, as read from the `trajet` table and indexed by commune, kept in a file
 * between restarts: reading 32 MB of typed arrays takes a few milliseconds where the query and its parsing take
 * seconds (issue 14, first answers after a restart).
 *
 * Never stale: the file carries the key it was written for — the access data's version (datasets' import times,
 * uploaded APL versions, see `AccesRepository.versionDonnees`) and the ordered commune codes the indices refer to —
 * and is used only when that key equals the current one; an import changes the version, so the next load reads the
 * table again and replaces the file.
 *
 * Layout: 4 bytes (header length, little-endian), the header in JSON, padding to 8 bytes, then `origines` (Int32),
 * `destinations` (Int32), `minutes` (Float64).
 */
export class CacheTrajets {
  constructor(private readonly fichier: string) {}

  static cle(version: string, codes: readonly string[]): string {
    return createHash('sha256').update(FORMAT).update('\n').update(version).update('\n').update(codes.join(',')).digest('hex');
  }

  /** The pairs saved for `cle`, or null (no file, another key, unreadable or truncated file). */
  async lire(cle: string): Promise<PairesIndexees | null> {
    let octets: Buffer;
    try {
      octets = await readFile(this.fichier);
    } catch {
      return null;
    }
    try {
      const longueur = octets.readUInt32LE(0);
      const entete = JSON.parse(octets.subarray(4, 4 + longueur).toString('utf8')) as { format: string; cle: string; paires: number };
      if (entete.format !== FORMAT || entete.cle !== cle) return null;
      const n = entete.paires;
      const debut = aligner(4 + longueur);
      if (octets.length !== debut + n * 16) return null;
      // a copy into fresh, aligned buffers: Buffer pools may start at any offset
      const donnees = octets.buffer.slice(octets.byteOffset + debut, octets.byteOffset + debut + n * 16);
      return {
        origines: new Int32Array(donnees, 0, n),
        destinations: new Int32Array(donnees, n * 4, n),
        minutes: new Float64Array(donnees, n * 8, n),
      };
    } catch {
      return null;
    }
  }

  /** Saves the pairs for `cle` (written aside then renamed: a reader never sees half a file). */
  async ecrire(cle: string, paires: PairesIndexees): Promise<void> {
    const n = paires.origines.length;
    const entete = Buffer.from(JSON.stringify({ format: FORMAT, cle, paires: n }), 'utf8');
    const prefixe = Buffer.alloc(aligner(4 + entete.length));
    prefixe.writeUInt32LE(entete.length, 0);
    entete.copy(prefixe, 4);
    await mkdir(path.dirname(this.fichier), { recursive: true });
    const provisoire = `${this.fichier}.${process.pid}.tmp`;
    const octets = (t: Int32Array | Float64Array) => Buffer.from(t.buffer, t.byteOffset, t.byteLength);
    await writeFile(provisoire, Buffer.concat([prefixe, octets(paires.origines), octets(paires.destinations), octets(paires.minutes)]));
    await rename(provisoire, this.fichier).catch(async (e: unknown) => {
      await rm(provisoire, { force: true });
      throw e;
    });
  }
}

const aligner = (octets: number) => Math.ceil(octets / 8) * 8;
