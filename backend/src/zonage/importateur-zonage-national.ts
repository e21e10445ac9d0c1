import * as path from 'node:path';
import { OnModuleInit } from '@nestjs/common';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { chargerZonageCommunal } from './chargement-zonage';
import { lireFichierZonage } from './lecture-fichier-zonage';
import { lireValiditeLivree } from './validite-livree';
import { ZonageRepository } from './zonage.repository';

/** What distinguishes one national zonage file (CartoSanté export by commune) from another. */
export interface ParametresZonageNational {
  code: string;
  libelle: string;
  profession: 'medecin' | 'infirmier';
  /** File name in geo-data/zonage/. */
  fichier: string;
  /** Label of the zonage version created by the import. */
  libelleVersion: string;
  source: string;
  millesime: string;
}

/**
 * A national zonage by commune, shipped as one version. The arrêté dates of the ARS are not in the
 * files: they stay unknown (null) and the validity start is the file's vintage (2024-01-01, flagged
 * `debutConnu: false`). Its presumed end (national, or région by région) comes from
 * geo-data/zonage/validite-zonages.json: past it, the version is shown as outdated (ADR 0004).
 */
export abstract class ImportateurZonageNational implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code: string;
  readonly libelle: string;
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu;

  protected constructor(
    private readonly parametres: ParametresZonageNational,
    private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonageRepository,
  ) {
    this.code = parametres.code;
    this.libelle = parametres.libelle;
    this.description = { source: parametres.source, millesime: parametres.millesime, licence: 'Licence Ouverte (données ARS / CartoSanté)' };
  }

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    // The reference and the reconciliation decide how a file keyed by postcode and name is joined to INSEE codes.
    const dossier = path.join(this.config.racineProjet, 'geo-data', 'zonage');
    return [
      path.join(dossier, this.parametres.fichier),
      path.join(dossier, 'validite-zonages.json'),
      require.resolve('@etalab/decoupage-administratif/data/communes.json'),
      path.join(this.config.racineProjet, 'geo-data', 'territoires', 'reconciliation.json'),
    ];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichier, fichierValidite] = this.fichiersSource();
    const lu = lireFichierZonage(lireFichierLivre(fichier), path.basename(fichier));
    const validite = lireValiditeLivree(fichierValidite, this.code);
    ctx.progression(0, lu.lignes.length, 'classes par commune');
    const bilan = await chargerZonageCommunal(
      this.repository,
      ctx.requete,
      {
        profession: this.parametres.profession,
        niveau: 'commune',
        libelle: this.parametres.libelleVersion,
        region: null,
        arrete: null,
        dateArrete: null,
        debut: '2024-01-01',
        debutConnu: false,
        fin: null,
        source: this.parametres.source,
        finPresumee: validite.finPresumee,
        motifFinPresumee: validite.motif,
        sourceFinPresumee: validite.source,
        jeu: this.code,
      },
      lu.lignes,
      path.basename(fichier),
      { clore: false },
    );
    await this.repository.enregistrerFinsRegionales(ctx.requete, bilan.versionId, validite.regions);
    ctx.progression(lu.lignes.length, lu.lignes.length);
    const couverture = [{ theme: `zonage-${this.parametres.profession}` as const, niveau: 'national' as const, millesime: this.parametres.millesime }];
    return { lignes: bilan.communes, ignorees: [...lu.signalees, ...bilan.ignorees], couverture };
  }
}
