import { readFileSync } from 'node:fs';

/**
 * Whether a process of this machine still runs. A process that exited but was not reaped yet (a zombie: its parent
 * died first — a cluster worker whose primary was killed -9 — and PID 1, in a container, may reap it late) counts as
 * gone: it holds nothing any more (its database connection is closed, its transaction rolled back).
 */
export function processusVivant(pid: number, lireEtat: (pid: number) => string | null = etatProcFs): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const etat = lireEtat(pid);
  return etat === null || !estZombie(etat);
}

/** `/proc/<pid>/stat` reads `pid (command) state …`; the command may hold spaces and parentheses. */
export function estZombie(stat: string): boolean {
  const fin = stat.lastIndexOf(')');
  return (
    fin >= 0 &&
    stat
      .slice(fin + 1)
      .trimStart()
      .startsWith('Z')
  );
}

function etatProcFs(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // no /proc (another system) or gone meanwhile: kill(0) said it was there
    return null;
  }
}
