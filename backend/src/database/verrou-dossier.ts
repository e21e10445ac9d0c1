import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import * as lockfile from 'proper-lockfile';

/** Who holds a data folder (written inside the lock, read by the process that is refused). */
export interface ProprietaireVerrou {
  pid: number;
  hote: string;
  commande: string;
  depuis: string;
}

/** Thrown when another live process holds the data folder: the message names it, in French. */
export class DossierVerrouille extends Error {
  constructor(
    readonly dossier: string,
    readonly proprietaire: ProprietaireVerrou | null,
  ) {
    const qui = proprietaire
      ? `le processus ${proprietaire.pid} (« ${proprietaire.commande} », machine ${proprietaire.hote}, depuis le ${new Date(proprietaire.depuis).toLocaleString('fr-FR')})`
      : 'un autre processus (identité illisible)';
    super(
      `Le dossier de données « ${dossier} » est déjà utilisé par ${qui}. ` +
        'Deux processus sur la même base embarquée la corrompraient : arrêtez-le d’abord ' +
        '(ou, pour charger un fichier pendant que le serveur tourne, passez par l’écran « Données »), ' +
        'ou donnez à celui-ci un autre dossier (MAILLAGE_DOSSIER_DONNEES).',
    );
    this.name = 'DossierVerrouille';
  }
}

/** How long a lock whose holder cannot be checked (another machine) stays valid without being refreshed. */
const PEREMPTION_MS = 10 * 60_000;

/**
 * Takes the exclusive lock of an embedded data folder (issue 10 finding 1) for this process, until `liberer()`:
 * a lock directory (`<dossier>/maillage.verrou`, created atomically by proper-lockfile and refreshed every
 * minute) and, beside it, the holder's pid, machine and command (`maillage.verrou.json`). A second server or `npm run import` on the same
 * folder is refused with `DossierVerrouille`, naming the holder. A lock left by a process that died (kill -9,
 * crash) is stale: on this machine its pid is gone, and it is taken over at once; from another machine
 * (shared disk), once it has not been refreshed for ten minutes.
 */
export async function verrouillerDossier(dossier: string, surPerte: (e: Error) => void): Promise<() => Promise<void>> {
  mkdirSync(dossier, { recursive: true });
  const chemin = path.join(dossier, 'maillage.verrou');
  // beside the lock, not inside: a file written in the lock directory would change its mtime, which
  // proper-lockfile reads as the lock being taken by someone else
  const fiche = `${chemin}.json`;
  const rafraichissementMs = Math.max(1000, Number(process.env.MAILLAGE_VERROU_RAFRAICHISSEMENT_MS) || 60_000);
  const options: lockfile.LockOptions = {
    lockfilePath: chemin,
    realpath: false,
    stale: PEREMPTION_MS,
    // refreshed every minute (MAILLAGE_VERROU_RAFRAICHISSEMENT_MS: shorter in the tests, to see refreshes happen)
    update: rafraichissementMs,
    onCompromised: surPerte,
  };
  let liberer: () => Promise<void>;
  try {
    liberer = await lockfile.lock(dossier, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw e;
    const proprietaire = lireProprietaire(fiche);
    // without its holder's card (killed between the two writes), a lock nobody refreshes any more is stale
    const abandonne = !proprietaire && Date.now() - statSync(chemin).mtimeMs > 3 * rafraichissementMs;
    const mort = !!proprietaire && proprietaire.hote === hostname() && !processusVivant(proprietaire.pid);
    if (!abandonne && !mort) throw new DossierVerrouille(dossier, proprietaire);
    // the holder died on this machine: its lock is stale
    rmSync(chemin, { recursive: true, force: true });
    liberer = await lockfile.lock(dossier, options);
  }
  const proprietaire: ProprietaireVerrou = {
    pid: process.pid,
    hote: hostname(),
    commande: commandeCourante(),
    depuis: new Date().toISOString(),
  };
  writeFileSync(fiche, JSON.stringify(proprietaire), { mode: 0o600 });
  return async () => {
    rmSync(fiche, { force: true });
    await liberer();
  };
}

function lireProprietaire(fichier: string): ProprietaireVerrou | null {
  if (!existsSync(fichier)) return null;
  try {
    return JSON.parse(readFileSync(fichier, 'utf8')) as ProprietaireVerrou;
  } catch {
    return null;
  }
}

/** Alive, and still a Node process (a reused pid of another program does not hold the folder). */
function processusVivant(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return /node/i.test(readFileSync(cmdline, 'utf8'));
  } catch {
    return true;
  }
}

function commandeCourante(): string {
  const [, script, ...args] = process.argv;
  return ['node', script ? path.relative(process.cwd(), script) || script : '', ...args].filter(Boolean).join(' ').slice(0, 200);
}
