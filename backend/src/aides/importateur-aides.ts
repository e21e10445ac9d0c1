import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { AidesRepository } from './aides.repository';
import { Catalogue } from './regles/definition-aide';
import { verifierCatalogue } from './regles/verifier-definition';

/**
 * The national aid catalogue (geo-data/aides/catalogue.json), checked against the rule schema before
 * loading: an invalid catalogue fails the import loudly (nothing half-loaded), it is never skipped.
 */
@Injectable()
export class ImportateurAides implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'aides';
  readonly libelle = 'Catalogue national des aides à l’installation et à l’exercice';
  readonly dependances = [] as const;
  readonly description: DescriptionJeu = {
    source: 'Catalogue Maillage (geo-data/aides/catalogue.json) : convention médicale 2024, PAPS des ARS, CGI, décret 2025-231 — sources citées par aide',
    millesime: '2026',
    licence: 'Licence Ouverte Etalab 2.0 (textes et sources publics cités)',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: AidesRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    return [path.join(this.config.racineProjet, 'geo-data', 'aides', 'catalogue.json')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const catalogue = JSON.parse(readFileSync(this.fichiersSource()[0], 'utf8')) as Catalogue;
    const erreurs = verifierCatalogue(catalogue);
    if (erreurs.length) throw new Error(`Catalogue des aides invalide : ${erreurs.map((e) => e.message).join(' ; ')}`);
    ctx.progression(0, catalogue.aides.length, 'aides');
    const refusees = await this.repository.remplacerCatalogue(ctx.requete, catalogue);
    ctx.progression(catalogue.aides.length, catalogue.aides.length, 'aides');
    return {
      lignes: catalogue.aides.length - refusees.length,
      ignorees: refusees.map((id) => ({ champ: 'id', valeur: id, message: `Aide « ${id} » non chargée : une aide locale porte déjà cet identifiant` })),
    };
  }
}
