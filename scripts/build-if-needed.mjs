// Builds the backend (tsc, incremental) and the frontend (only when its sources changed since the
// last build), so that `npm start` works on a fresh clone and stays fast afterwards.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const racine = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const run = (cmd) => execSync(cmd, { cwd: racine, stdio: 'inherit' });

function plusRecent(dossier) {
  let max = 0;
  if (!existsSync(dossier)) return 0;
  for (const e of readdirSync(dossier, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) continue;
    const p = path.join(dossier, e.name);
    max = Math.max(max, e.isDirectory() ? plusRecent(p) : statSync(p).mtimeMs);
  }
  return max;
}

run('npm run build -w backend --silent');
const index = path.join(racine, 'frontend', 'dist', 'browser', 'index.html');
const frontendPresent = existsSync(path.join(racine, 'frontend', 'package.json'));
if (frontendPresent && (!existsSync(index) || plusRecent(path.join(racine, 'frontend')) > statSync(index).mtimeMs)) {
  console.log('Construction du tableau de bord (Angular)…');
  run('npm run build -w frontend --silent');
}
