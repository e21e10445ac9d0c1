import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { AidesRepository } from './aides.repository';
import { ArsRegion, Catalogue, DefinitionAide } from './regles/definition-aide';
import { verifierCatalogue } from './regles/verifier-definition';

/** The shipped files: national catalogue, local aids recorded (régions, départements, EPCI), ARS and PAPS of each région. */
interface AidesLocalesLivrees {
  version: string;
  aides: DefinitionAide[];
}
interface ArsPapsLivres {
  regions: Record<string, ArsRegion>;
}

/**
 * The aid catalogue (geo-data/aides/catalogue.json: national aids and rules; aides-locales.json: local aids recorded
 * with their territory; ars-paps.json: each région's ARS and installation portal), checked against the rule schema
 * before loading: an invalid catalogue fails the import loudly (nothing half-loaded), it is never skipped.
 */
@Injectable()
export class ImportateurAides implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'aides';
  readonly libelle = 'Catalogue national des aides à l’installation et à l’exercice';
  readonly dependances = [] as const;
  readonly description: DescriptionJeu = {
    source:
      'Catalogue des aides : conventions médicales et paramédicales, textes officiels, pages des ARS, régions, départements et intercommunalités — sources citées par aide',
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
    return ['catalogue.json', 'aides-locales.json', 'ars-paps.json'].map((f) => path.join(this.config.racineProjet, 'geo-data', 'aides', f));
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichierCatalogue, fichierLocales, fichierArs] = this.fichiersSource();
    const national = JSON.parse(readFileSync(fichierCatalogue, 'utf8')) as Catalogue;
    const locales = JSON.parse(readFileSync(fichierLocales, 'utf8')) as AidesLocalesLivrees;
    const ars = JSON.parse(readFileSync(fichierArs, 'utf8')) as ArsPapsLivres;
    const catalogue: Catalogue = { ...national, aides: [...national.aides, ...locales.aides], arsParRegion: ars.regions };
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
