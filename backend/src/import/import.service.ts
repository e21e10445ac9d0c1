import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryRunner } from 'typeorm';
import { empreinteFichiers } from './empreinte-fichiers';
import { ETAT_INITIAL, EtatImport } from './etat-import';
import { ContexteImport, ImportateurJeuDeDonnees, Requeteur, ResultatImport } from './importateur';
import { JeuxDeDonneesRepository } from './jeux-de-donnees.repository';
import { RegistreImports } from './registre-imports';
import { CouvertureDonneesRepository } from '../jeux-de-donnees/couverture-donnees.repository';

export interface BilanJeu {
  code: string;
  statut: 'importe' | 'inchange';
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
    private readonly dataSource: DataSource,
    private readonly registre: RegistreImports,
    private readonly jeux: JeuxDeDonneesRepository,
    private readonly couverture: CouvertureDonneesRepository,
  ) {}

  get etat(): EtatImport {
    return this.etatCourant;
  }

  suivre(abonne: (etat: EtatImport) => void): () => void {
    this.abonnes.add(abonne);
    return () => this.abonnes.delete(abonne);
  }

  async importer(codes: string[] = [], options: { forcer?: boolean } = {}): Promise<BilanJeu[]> {
    const ordre = this.registre.ordonner(codes);
    this.publier({ ...ETAT_INITIAL, enCours: true, jeuxTotal: ordre.length });
    const bilans: BilanJeu[] = [];
    try {
      for (const importateur of ordre) {
        bilans.push(await this.importerUn(importateur, options.forcer ?? false));
        this.publier({ ...this.etatCourant, jeuEnCours: null, jeuxTermines: bilans.length });
      }
      this.publier({ ...this.etatCourant, enCours: false, jeuEnCours: null, etape: null });
      return bilans;
    } catch (e) {
      this.publier({ ...this.etatCourant, enCours: false, erreur: (e as Error).message });
      throw e;
    }
  }

  private async importerUn(importateur: ImportateurJeuDeDonnees, forcer: boolean): Promise<BilanJeu> {
    const debut = Date.now();
    const empreinte = await empreinteFichiers(importateur.fichiersSource(), `${VERSION_LOGIQUE}:${importateur.code}`);
    if (!forcer && (await this.jeux.empreinte(importateur.code)) === empreinte) {
      return { code: importateur.code, statut: 'inchange', lignes: 0, ignorees: 0, dureeMs: Date.now() - debut };
    }
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
  async enTransaction<T>(travail: (requete: Requeteur) => Promise<T>): Promise<T> {
    const runner: QueryRunner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const requete: Requeteur = (sql, parametres) => runner.query(sql, parametres as unknown[]);
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

  private publier(etat: EtatImport): void {
    this.etatCourant = etat;
    this.abonnes.forEach((a) => a(etat));
  }
}
