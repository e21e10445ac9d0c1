import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { structuresDepuisFiness } from './chargement-finess';
import { lireFiness } from './lecture-finess';
import { StructuresRepository } from './structures.repository';
import { departementsDesPerimetres } from '../televersements/couverture-deduite';

export const SOURCE_FINESS_OCCITANIE = 'FINESS, établissements d’Occitanie (catégories 603, 124, 604), extraction début 2026';

/** FINESS MSP / centres de santé / CPTS of Occitanie (flattened regional extract, WGS84 columns). */
@Injectable()
export class ImportateurFiness implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'finess';
  readonly libelle = 'Structures FINESS (MSP, centres de santé, CPTS) — Occitanie';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = { source: SOURCE_FINESS_OCCITANIE, millesime: '2026', licence: 'Licence Ouverte (FINESS, DREES)' };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: StructuresRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    return [path.join(this.config.racineProjet, 'geo-data', 'structures', 'finess-occitanie-2026-603-124-604.csv.gz')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichier] = this.fichiersSource();
    const lu = lireFiness(lireFichierLivre(fichier), path.basename(fichier));
    const { lignes, ignorees } = structuresDepuisFiness(lu, SOURCE_FINESS_OCCITANIE, path.basename(fichier));
    // The shipped file is the Occitanie extract: it replaces FINESS structures there only (an uploaded national
    // extract elsewhere stays), and MSP, centres de santé and CPTS are known there only.
    await this.repository.remplacerDansDepartements(ctx.requete, this.code, lignes, departementsDesPerimetres([{ niveau: 'region', code: '76' }]));
    const couverture = (['structures', 'cpts-sieges'] as const).map((theme) => ({ theme, niveau: 'region' as const, code: '76', millesime: '2026' }));
    return { lignes: lignes.length, ignorees, couverture };
  }
}
