import 'reflect-metadata';
import { creerApplication } from '../app.factory';
import { lireConfiguration } from '../config/configuration';
import { demarrerBaseEmbarquee } from '../database/base-embarquee';
import { afficherProgression } from '../import/barre-progression';
import { ImportService } from '../import/import.service';
import { RegistreImports } from '../import/registre-imports';

/**
 * `npm run import -- [jeu…] [--forcer]`: loads shipped datasets (all by default) into the database
 * (DATABASE_URL, or the embedded one in .data/). Stop `npm start` first when using the embedded database.
 */
async function principal(args: string[]): Promise<void> {
  const forcer = args.includes('--forcer');
  const jeux = args.filter((a) => !a.startsWith('--'));
  let config = { ...lireConfiguration(), importAuDemarrage: false };
  let arreter: (() => Promise<void>) | null = null;
  if (!config.databaseUrl) {
    const base = await demarrerBaseEmbarquee(config.dossierDonnees);
    config = { ...config, databaseUrl: base.url, baseEmbarquee: true };
    arreter = base.arreter;
  }
  const app = await creerApplication(config, { journal: false });
  await app.init();
  try {
    if (args.includes('--liste')) {
      console.log(app.get(RegistreImports).codes().join('\n'));
      return;
    }
    const imports = app.get(ImportService);
    imports.suivre(afficherProgression());
    const bilans = await imports.importer(jeux, { forcer });
    for (const b of bilans) {
      const etat = {
        importe: `importé : ${b.lignes} lignes, ${b.ignorees} ignorées`,
        inchange: 'inchangé',
        remplace: 'inchangé (version téléversée en place)',
      }[b.statut];
      console.log(`${b.code.padEnd(20)} ${etat} (${b.dureeMs} ms)`);
    }
  } finally {
    await app.close();
    if (arreter) await arreter();
  }
}

principal(process.argv.slice(2)).catch((e) => {
  console.error(`Échec de l'import : ${(e as Error).message}`);
  process.exit(1);
});
