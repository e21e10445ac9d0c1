import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { chargerZonageCommunal } from './chargement-zonage';
import { lireFichierZonage } from './lecture-fichier-zonage';
import { ZonageRepository } from './zonage.repository';

export const SOURCE_ZONAGE_INFIRMIERS =
  'Zonage infirmiers par commune, export CartoSanté 2024 (ARS) via juliedecroixpro-droid/cartosante@c878bcb1 ; dates des arrêtés inconnues';

/**
 * National zonage infirmiers (très sous-dotée … sur-dotée by commune), raw CartoSanté export, shipped as one
 * version; arrêté dates unknown (null), validity start = the file's vintage (2024-01-01, `debutConnu: false`).
 */
@Injectable()
export class ImportateurZonageInfirmiers implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'zonage-infirmiers';
  readonly libelle = 'Zonage infirmiers (national)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = { source: SOURCE_ZONAGE_INFIRMIERS, millesime: '2024', licence: 'Licence Ouverte (données ARS / CartoSanté)' };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonageRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    return [path.join(this.config.racineProjet, 'geo-data', 'zonage', 'zonage-infirmiers-cartosante-2024.csv.gz')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichier] = this.fichiersSource();
    const lu = lireFichierZonage(lireFichierLivre(fichier), path.basename(fichier));
    ctx.progression(0, lu.lignes.length, 'classes par commune');
    const bilan = await chargerZonageCommunal(
      this.repository,
      ctx.requete,
      {
        profession: 'infirmier',
        niveau: 'commune',
        libelle: 'Zonage infirmiers — export national CartoSanté (2024)',
        region: null,
        arrete: null,
        dateArrete: null,
        debut: '2024-01-01',
        debutConnu: false,
        fin: null,
        source: SOURCE_ZONAGE_INFIRMIERS,
        jeu: this.code,
      },
      lu.lignes,
      path.basename(fichier),
      { clore: false },
    );
    ctx.progression(lu.lignes.length, lu.lignes.length);
    return { lignes: bilan.communes, ignorees: bilan.ignorees };
  }
}
