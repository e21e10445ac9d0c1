import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../../import/importateur';
import { RegistreImports } from '../../import/registre-imports';
import { AccesRepository } from '../acces.repository';
import { lireLiaisonsMaritimes, lireLiensFixes, regrouperMasses } from './masses-terrestres';
import { distanceMaxKm, lireModeleTrajet, minutesDepuisDistance } from './modele-trajet';

/**
 * The `trajet` table: pairs of communes within 20 minutes under the documented distance model (built once from
 * PostGIS, rebuilt when the model file, the link tables or the commune geometry change). No pair joins two
 * landmasses (islands) unless a bridge (`liens-fixes.csv`) or a ferry crossing (`liaisons-maritimes.csv`) does.
 */
@Injectable()
export class ImportateurTrajets implements ImportateurJeuDeDonnees, OnModuleInit {
  private readonly journal = new Logger('Trajets');
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

  private fichierAcces(nom: string): string {
    return path.join(this.config.racineProjet, 'geo-data', 'acces', nom);
  }

  fichiersSource(): string[] {
    return [
      this.fichierModele(),
      this.fichierAcces('liens-fixes.csv'),
      this.fichierAcces('liaisons-maritimes.csv'),
      path.join(this.config.racineProjet, 'geo-data', 'territoires', 'communes.geojson.gz'),
      require.resolve('@etalab/decoupage-administratif/data/communes.json'),
    ];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const modele = lireModeleTrajet(this.fichierModele());
    ctx.progression(0, 2, 'masses terrestres (îles)');
    const ignorees: LigneIgnoree[] = [];
    const composantes = await this.repository.composantesTerrestres(ctx.requete);
    const connues = new Set(composantes.map((c) => c.code));
    const liens = lireLiensFixes(readFileSync(this.fichierAcces('liens-fixes.csv'), 'utf8'), 'liens-fixes.csv', connues, ignorees);
    const liaisons = lireLiaisonsMaritimes(readFileSync(this.fichierAcces('liaisons-maritimes.csv'), 'utf8'), 'liaisons-maritimes.csv', connues, ignorees);
    const masses = regrouperMasses(composantes, liens);
    ctx.progression(1, 2, 'paires de communes à 20 minutes');
    const { paires, pairesMaritimes } = await this.repository.reconstruireTrajets(
      ctx.requete,
      { distanceMaxKm: distanceMaxKm(modele), minutesParKm: minutesDepuisDistance(1, modele), porteeMinutes: modele.porteeMinutes },
      masses,
      liaisons,
    );
    this.journal.log(
      `${new Set(masses.values()).size} masses terrestres (${liens.length} ponts) ; ${liaisons.length} liaisons maritimes, ${pairesMaritimes} paires par bateau`,
    );
    ctx.progression(2, 2);
    return { lignes: paires, ignorees };
  }
}
