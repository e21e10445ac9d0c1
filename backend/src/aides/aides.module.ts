import { Module } from '@nestjs/common';
import { ZonageModule } from '../zonage/zonage.module';
import { ZonageService } from '../zonage/zonage.service';
import { AidesController } from './aides.controller';
import { AidesRepository } from './aides.repository';
import { AidesService } from './aides.service';
import { ImportateurAides } from './importateur-aides';
import { SOURCE_ZONAGE } from './ports/source-zonage';

/** Single window for aids: catalogue as data, local aids, explained eligibility (JSON and printable). */
@Module({
  imports: [ZonageModule],
  controllers: [AidesController],
  // ZonageService fulfils the SourceZonage port as is (same contract); unit tests use in-memory fakes.
  providers: [AidesService, AidesRepository, ImportateurAides, { provide: SOURCE_ZONAGE, useExisting: ZonageService }],
  exports: [AidesService],
})
export class AidesModule {}
