import { Module } from '@nestjs/common';
import { ZonageModule } from '../zonage/zonage.module';
import { ZonageService } from '../zonage/zonage.service';
import { ZonesRougesModule } from '../zones-rouges/zones-rouges.module';
import { ZonesRougesService } from '../zones-rouges/zones-rouges.service';
import { AidesController } from './aides.controller';
import { AidesRepository } from './aides.repository';
import { AidesService } from './aides.service';
import { ImportateurAides } from './importateur-aides';
import { SOURCE_ZONAGE } from './ports/source-zonage';
import { SOURCE_ZONES_ROUGES } from './ports/source-zones-rouges';

/** Single window for aids: catalogue as data, local aids, explained eligibility (JSON and printable). */
@Module({
  imports: [ZonageModule, ZonesRougesModule],
  controllers: [AidesController],
  // ZonageService fulfils the SourceZonage port as is (same contract); unit tests use in-memory fakes.
  // ZonesRougesService fulfils SourceZonesRouges (the mission de solidarité territoriale's territories).
  providers: [
    AidesService,
    AidesRepository,
    ImportateurAides,
    { provide: SOURCE_ZONAGE, useExisting: ZonageService },
    { provide: SOURCE_ZONES_ROUGES, useExisting: ZonesRougesService },
  ],
  exports: [AidesService],
})
export class AidesModule {}
