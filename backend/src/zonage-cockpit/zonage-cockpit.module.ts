import { Module } from '@nestjs/common';
import { AidesRepository } from '../aides/aides.repository';
import { AidesService } from '../aides/aides.service';
import { PorteeService } from '../auth/portee.service';
import { ImportService } from '../import/import.service';
import { ZonageModule } from '../zonage/zonage.module';
import { ZonesRougesModule } from '../zones-rouges/zones-rouges.module';
import { ZonesRougesService } from '../zones-rouges/zones-rouges.service';
import { BrouillonsController } from './brouillons/brouillons.controller';
import { BrouillonsRepository } from './brouillons/brouillons.repository';
import { BrouillonsService } from './brouillons/brouillons.service';
import { DiffRepository } from './diff/diff.repository';
import { DiffService } from './diff/diff.service';
import { AIDES_HYPOTHESE, SourceZonageHypothetique } from './diff/source-zonage-hypothetique';
import { ExportsService } from './exports/exports.service';
import { ImportateurZonageCockpit } from './importateur-zonage-cockpit';
import { ParametresController } from './methode/parametres.controller';
import { ParametresRepository } from './methode/parametres.repository';
import { ParametresService } from './methode/parametres.service';
import { PublicationRepository } from './publication/publication.repository';
import { PublicationService } from './publication/publication.service';
import { CompositionsRepository } from './unites/compositions.repository';
import { CompositionsService } from './unites/compositions.service';
import { TeleversementTvs } from './unites/televersement-tvs';
import { UnitesRepository } from './unites/unites.repository';
import { UnitesService } from './unites/unites.service';
import { ZonageCockpitImportRepository } from './zonage-cockpit-import.repository';

/**
 * Zonage cockpit (issue 13): ARS planners draft the next zonage médecins of their région with the national method —
 * units (bassin de vie / TVS), parameters as data, gauges, locks, QPV, diffs, exports — and publish it as a zonage
 * version. The diff asks the real aid engine under an assumed zonage (SourceZonageHypothetique).
 */
@Module({
  imports: [ZonageModule, ZonesRougesModule],
  controllers: [BrouillonsController, ParametresController],
  providers: [
    ImportateurZonageCockpit,
    ZonageCockpitImportRepository,
    ParametresRepository,
    ParametresService,
    UnitesRepository,
    UnitesService,
    CompositionsRepository,
    CompositionsService,
    TeleversementTvs,
    BrouillonsRepository,
    BrouillonsService,
    DiffRepository,
    DiffService,
    ExportsService,
    PublicationRepository,
    PublicationService,
    SourceZonageHypothetique,
    AidesRepository,
    {
      provide: AIDES_HYPOTHESE,
      // The zones rouges list is a fact of the commune, not of its class: the hypothesis keeps the real one.
      useFactory: (
        repository: AidesRepository,
        source: SourceZonageHypothetique,
        portee: PorteeService,
        imports: ImportService,
        zonesRouges: ZonesRougesService,
      ) => new AidesService(repository, source, portee, imports, zonesRouges),
      inject: [AidesRepository, SourceZonageHypothetique, PorteeService, ImportService, ZonesRougesService],
    },
  ],
  exports: [UnitesService],
})
export class ZonageCockpitModule {}
