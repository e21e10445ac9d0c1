import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { lireAplDrees } from '../acces/apl/lecture-apl-drees';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { lireParametresMethode } from './methode/lecture-parametres';
import { lireDeterminantsBv } from './unites/lecture-determinants-bv';
import { LigneAplArrondissement, ZonageCockpitImportRepository } from './zonage-cockpit-import.repository';

export const FICHIER_PARAMETRES = 'zonage-mg-methode-parametres-2025.csv';
export const FICHIER_DETERMINANTS = 'insee-statloc-determinants-par-bassin-de-vie-2022.csv';

/**
 * What the zonage cockpit needs beyond the other datasets: the method parameters found in public texts (each with its
 * text and date), the INSEE « beyond APL » indicators by bassin de vie, and the APL of the Paris/Lyon/Marseille
 * arrondissements (read from the official DREES workbook: an uploaded TVS composition may split these cities).
 */
@Injectable()
export class ImportateurZonageCockpit implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'zonage-cockpit';
  readonly libelle = 'Méthode du zonage médecins (paramètres), indicateurs par bassin de vie, APL des arrondissements';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source:
      'Paramètres de la méthode nationale relevés dans les textes publics (arrêté du 13 novembre 2017 modifié ; valeurs de 2025 non trouvées) ; INSEE, statistiques locales par bassin de vie 2022 ; DREES, APL aux médecins généralistes (arrondissements de Paris, Lyon, Marseille)',
    millesime: '2017-2025 / 2021-2022 / 2022-2023',
    licence: 'Licence Ouverte (INSEE, DREES) ; faits relevés dans des textes publics',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonageCockpitImportRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private fichier(nom: string): string {
    return path.join(this.config.racineProjet, 'geo-data', 'zonage-cockpit', nom);
  }

  private fichiersApl(): string[] {
    const dossier = path.join(this.config.racineProjet, 'geo-data', 'acces');
    return readdirSync(dossier)
      .filter((f) => /^apl-.*\.xlsx$/i.test(f))
      .sort()
      .map((f) => path.join(dossier, f));
  }

  fichiersSource(): string[] {
    return [this.fichier(FICHIER_PARAMETRES), this.fichier(FICHIER_DETERMINANTS), ...this.fichiersApl()];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    ctx.progression(0, 3, 'paramètres de la méthode');
    const parametres = lireParametresMethode(lireFichierLivre(this.fichier(FICHIER_PARAMETRES)), FICHIER_PARAMETRES);
    await this.repository.remplacerParametres(ctx.requete, parametres);
    ctx.progression(1, 3, 'indicateurs par bassin de vie');
    const indicateurs = lireDeterminantsBv(lireFichierLivre(this.fichier(FICHIER_DETERMINANTS)), FICHIER_DETERMINANTS);
    await this.repository.remplacerIndicateursBv(ctx.requete, indicateurs);
    ctx.progression(2, 3, 'APL des arrondissements');
    const cog = CorrespondanceCog.referentiel();
    const arrondissements: LigneAplArrondissement[] = [];
    for (const fichier of this.fichiersApl()) {
      for (const m of lireAplDrees(readFileSync(fichier), path.basename(fichier))) {
        for (const l of m.lignes) {
          const c = cog.trouver(l.code);
          if (c?.nature !== 'arrondissement') continue;
          arrondissements.push({
            code: l.code,
            commune_code: c.commune.code,
            annee: m.annee,
            apl: l.apl,
            apl_moins_65: l.aplMoins65,
            population_standardisee: l.populationStandardisee,
            population_totale: l.populationTotale,
          });
        }
      }
    }
    await this.repository.remplacerAplArrondissements(ctx.requete, arrondissements);
    return { lignes: parametres.length + indicateurs.length + arrondissements.length, ignorees: [] };
  }
}
