import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { chargerZonageCommunal } from './chargement-zonage';
import { lireFichierZonage } from './lecture-fichier-zonage';
import { ZonageRepository } from './zonage.repository';

export const SOURCE_ZONAGE_MEDECINS =
  'Zonage médecins généralistes par commune, export CartoSanté (ARS, toutes régions) via Alternantsauvage/ZonageMed@2ba83422, joint aux codes INSEE ; millésime 2024-2025, dates des arrêtés inconnues';

/**
 * National zonage médecins (ZIP / ZAC / HZ / ZAR by commune), shipped as one version. The arrêté dates of the
 * ARS are not in the file: they stay unknown (null) and the validity start is the file's vintage (2024-01-01,
 * flagged `debutConnu: false`).
 */
@Injectable()
export class ImportateurZonageMedecins implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'zonage-medecins';
  readonly libelle = 'Zonage médecins généralistes (national)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = { source: SOURCE_ZONAGE_MEDECINS, millesime: '2024-2025', licence: 'Licence Ouverte (données ARS / CartoSanté)' };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonageRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    return [path.join(this.config.racineProjet, 'geo-data', 'zonage', 'zonage-medecins-par-commune-insee.csv.gz')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichier] = this.fichiersSource();
    const lu = lireFichierZonage(lireFichierLivre(fichier), path.basename(fichier));
    ctx.progression(0, lu.lignes.length, 'classes par commune');
    const bilan = await chargerZonageCommunal(
      this.repository,
      ctx.requete,
      {
        profession: 'medecin',
        niveau: 'commune',
        libelle: 'Zonage médecins généralistes — export national CartoSanté (2024-2025)',
        region: null,
        arrete: null,
        dateArrete: null,
        debut: '2024-01-01',
        debutConnu: false,
        fin: null,
        source: SOURCE_ZONAGE_MEDECINS,
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
