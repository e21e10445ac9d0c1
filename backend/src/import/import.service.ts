import * as path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { empreinteFichiers } from './empreinte-fichiers';
import { ETAT_INITIAL, EtatImport } from './etat-import';
import { ContexteImport, ImportateurJeuDeDonnees, Requeteur, ResultatImport } from './importateur';
import { JeuxDeDonneesRepository } from './jeux-de-donnees.repository';
import { RegistreImports } from './registre-imports';
import { requeteurDuRunner } from './requeteur';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { CouvertureDonneesRepository } from '../jeux-de-donnees/couverture-donnees.repository';
import { VersionsJeuRepository } from './versions-jeu.repository';

export interface BilanJeu {
  code: string;
  /** `remplace`: an uploaded version of the dataset is in place, the shipped file is not loaded over it. */
  statut: 'importe' | 'inchange' | 'remplace';
  lignes: number;
  ignorees: number;
  dureeMs: number;
}

/** Version of the import logic: bump it to force a re-import when an importer changes. */
const VERSION_LOGIQUE = 'v2';

/**
 * Loads the shipped datasets: dependencies first, one transaction per dataset, skipped when the
 * source files are unchanged since the last load (idempotent).
 */
@Injectable()
export class ImportService {
  private readonly logger = new Logger('Import');
  private etatCourant: EtatImport = { ...ETAT_INITIAL };
  private readonly abonnes = new Set<(etat: EtatImport) => void>();

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly dataSource: DataSource,
    private readonly registre: RegistreImports,
    private readonly jeux: JeuxDeDonneesRepository,
    private readonly couverture: CouvertureDonneesRepository,
    private readonly versions: VersionsJeuRepository,
  ) {}

  get etat(): EtatImport {
    return this.etatCourant;
  }

  suivre(abonne: (etat: EtatImport) => void): () => void {
    this.abonnes.add(abonne);
    return () => this.abonnes.delete(abonne);
  }

  /**
   * Imports the shipped datasets whose files changed (all of them with `forcer`). The fingerprints are compared first,
   * without announcing an import: at a restart on an imported database nothing changed, and the API serves at once
   * instead of answering 503 during the check. The import is announced (503 with the progress) from the first dataset
   * to load — at once when a dataset was never loaded (first start: the database is empty).
   */
  async importer(codes: string[] = [], options: { forcer?: boolean } = {}): Promise<BilanJeu[]> {
    const ordre = this.registre.ordonner(codes);
    const forcer = options.forcer ?? false;
    const annoncer = () => this.publier({ ...ETAT_INITIAL, enCours: true, jeuxTotal: ordre.length });
    let annonce = false;
    try {
      const charges = new Set((await this.jeux.lister()).map((j) => j.code));
      if (forcer || ordre.some((i) => !charges.has(i.code))) {
        annoncer();
        annonce = true;
      }
      const decisions: { importateur: ImportateurJeuDeDonnees; debut: number; empreinte: string; bilan: BilanJeu | null }[] = [];
      for (const importateur of ordre) decisions.push({ importateur, ...(await this.decider(importateur, forcer)) });
      if (decisions.every((d) => d.bilan)) {
        if (annonce) this.publier({ ...this.etatCourant, enCours: false, jeuxTermines: ordre.length });
        return decisions.map((d) => d.bilan!);
      }
      if (!annonce) annoncer();
      annonce = true;
      const bilans: BilanJeu[] = [];
      for (const { importateur, debut, empreinte, bilan } of decisions) {
        bilans.push(bilan ?? (await this.importerUn(importateur, empreinte, debut)));
        this.publier({ ...this.etatCourant, jeuEnCours: null, jeuxTermines: bilans.length });
      }
      this.publier({ ...this.etatCourant, enCours: false, jeuEnCours: null, etape: null });
      return bilans;
    } catch (e) {
      if (annonce) this.publier({ ...this.etatCourant, enCours: false, erreur: (e as Error).message });
      throw e;
    }
  }

  /** The fingerprint of the dataset's files, and its result when there is nothing to load (unchanged, or an upload in place). */
  private async decider(importateur: ImportateurJeuDeDonnees, forcer: boolean): Promise<{ debut: number; empreinte: string; bilan: BilanJeu | null }> {
    const debut = Date.now();
    const version = importateur.versionImport && importateur.versionImport > 1 ? `:${importateur.versionImport}` : '';
    const empreinte = await empreinteFichiers(importateur.fichiersSource(), `${VERSION_LOGIQUE}:${importateur.code}${version}`);
    if (!forcer && (await this.jeux.empreinte(importateur.code)) === empreinte) {
      return { debut, empreinte, bilan: { code: importateur.code, statut: 'inchange', lignes: 0, ignorees: 0, dureeMs: Date.now() - debut } };
    }
    // An official file uploaded from the « Données » screen is newer than the shipped one: keep it (--forcer reloads).
    if (!forcer && (await this.versions.derniereEnPlace(importateur.code))?.origine === 'televerse') {
      this.logger.log(`${importateur.libelle} : une version téléversée est en place, le fichier livré n’est pas rechargé (--forcer pour le faire).`);
      return { debut, empreinte, bilan: { code: importateur.code, statut: 'remplace', lignes: 0, ignorees: 0, dureeMs: Date.now() - debut } };
    }
    return { debut, empreinte, bilan: null };
  }

  private async importerUn(importateur: ImportateurJeuDeDonnees, empreinte: string, debut: number): Promise<BilanJeu> {
    this.publier({ ...this.etatCourant, jeuEnCours: importateur.code, etape: importateur.libelle, fait: 0, total: 0 });
    const resultat = await this.enTransaction(async (requete) => {
      const contexte: ContexteImport = {
        requete,
        progression: (fait, total, etape) => this.publier({ ...this.etatCourant, fait, total, etape: etape ?? this.etatCourant.etape }),
      };
      const r: ResultatImport = await importateur.importer(contexte);
      if (r.couverture) await this.couverture.remplacer(requete, importateur.code, r.couverture);
      await this.jeux.enregistrer(requete, {
        code: importateur.code,
        empreinte,
        ...importateur.description,
        lignes: r.lignes,
        ignorees: r.ignorees,
      });
      await this.versions.creer(requete, {
        jeu: importateur.code,
        origine: 'livre',
        typeFichier: null,
        televersementId: null,
        libelle: importateur.libelle,
        source: importateur.description.source,
        millesime: importateur.description.millesime,
        couverture: (r.couverture ?? []).map((d) => ({ theme: d.theme, niveau: d.niveau, code: d.code })),
        fichier: importateur
          .fichiersSource()
          .map((f) => path.basename(f))
          .join(', '),
        empreinte,
        lignes: r.lignes,
        ecartees: r.ignorees.length,
        auteurId: null,
        auteurEmail: null,
      });
      return r;
    });
    const bilan: BilanJeu = {
      code: importateur.code,
      statut: 'importe',
      lignes: resultat.lignes,
      ignorees: resultat.ignorees.length,
      dureeMs: Date.now() - debut,
    };
    this.logger.debug(`${importateur.libelle} : ${bilan.lignes} lignes, ${bilan.ignorees} ignorées (${bilan.dureeMs} ms)`);
    return bilan;
  }

  /** Runs `travail` in one transaction: all of it is committed, or none of it. */
  async enTransaction<T>(travail: (requete: Requeteur) => Promise<T>, options: { delaiInstructionMs?: number } = {}): Promise<T> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const requete = requeteurDuRunner(runner);
      if (options.delaiInstructionMs && !this.config.baseEmbarquee) {
        // PGlite ignores statement_timeout (no timer signals in WebAssembly): there, bounded batches and the job's deadline bound the work.
        await requete(`SELECT set_config('statement_timeout', $1, true)`, [String(options.delaiInstructionMs)]);
      }
      const resultat = await travail(requete);
      await runner.commitTransaction();
      return resultat;
    } catch (e) {
      await runner.rollbackTransaction();
      throw e;
    } finally {
      await runner.release();
    }
  }

  /**
   * Tells the subscribers (response caches, coverage memo) that data changed outside a shipped import: an
   * upload committed or rolled back from the « Données » screen.
   */
  notifierChangement(): void {
    this.publier({ ...this.etatCourant });
  }

  private publier(etat: EtatImport): void {
    this.etatCourant = etat;
    this.abonnes.forEach((a) => a(etat));
  }
}
