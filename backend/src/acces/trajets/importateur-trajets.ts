import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../../import/importateur';
import { RegistreImports } from '../../import/registre-imports';
import { AccesRepository } from '../acces.repository';
import { distanceMaxKm, lireModeleTrajet, minutesDepuisDistance } from './modele-trajet';

/**
 * The `trajet` table: pairs of communes within 20 minutes under the documented distance model (built once from
 * PostGIS, rebuilt when the model file or the commune geometry changes).
 */
@Injectable()
export class ImportateurTrajets implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'trajets';
  readonly libelle = 'Temps de trajet entre communes (modèle distance, portée 20 min)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source:
      'Calculé par Maillage : distance à vol d’oiseau entre points intérieurs des communes (IGN ADMIN EXPRESS, COG 2026) × facteur de détour ÷ vitesse — approximation du distancier INSEE Metric',
    millesime: '2026',
    licence: 'Licence Ouverte Etalab 2.0',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: AccesRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichierModele(): string {
    return path.join(this.config.racineProjet, 'geo-data', 'acces', 'modele-trajet.json');
  }

  fichiersSource(): string[] {
    return [
      this.fichierModele(),
      path.join(this.config.racineProjet, 'geo-data', 'territoires', 'communes.geojson.gz'),
      require.resolve('@etalab/decoupage-administratif/data/communes.json'),
    ];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const modele = lireModeleTrajet(this.fichierModele());
    ctx.progression(0, 1, 'paires de communes à 20 minutes');
    const lignes = await this.repository.reconstruireTrajets(ctx.requete, {
      distanceMaxKm: distanceMaxKm(modele),
      minutesParKm: minutesDepuisDistance(1, modele),
      porteeMinutes: modele.porteeMinutes,
    });
    ctx.progression(1, 1);
    return { lignes, ignorees: [] };
  }
}
