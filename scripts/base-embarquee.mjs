// Starts the embedded database (PGlite + PostGIS over the wire protocol) in a child process.
import { spawn } from 'node:child_process';
import path from 'node:path';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export function demarrerBaseEmbarqueeProcessus(dossier, port = 0) {
  const enfant = spawn(process.execPath, [path.join(racine, 'backend/dist/cli/base-embarquee.js'), dossier, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let tampon = '';
    enfant.on('exit', (code) => reject(new Error(`La base embarquée s'est arrêtée (code ${code}).`)));
    let pret = false;
    let arret = false;
    enfant.stdout.on('data', (d) => {
      // after PRET, what the database prints (PGlite's own messages, a crash) goes to the caller's error output
      if (pret) return process.stderr.write(d);
      tampon += d;
      const m = tampon.match(/PRET (\S+)/);
      if (m) {
        pret = true;
        enfant.removeAllListeners('exit');
        enfant.on('exit', (code, signal) => {
          if (!arret) console.error(`La base embarquée s'est arrêtée d'elle-même (code ${code}, signal ${signal}).`);
        });
        resolve({
          url: m[1],
          pid: enfant.pid,
          arreter: () =>
            new Promise((ok) => {
              arret = true;
              enfant.once('exit', ok);
              enfant.kill('SIGTERM');
            }),
        });
      }
    });
  });
}
