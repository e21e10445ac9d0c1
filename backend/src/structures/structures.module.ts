import { Module } from '@nestjs/common';
import { ImportateurCptsPaca } from './importateur-cpts-paca';
import { ImportateurFiness } from './importateur-finess';
import { StructuresController } from './structures.controller';
import { StructuresRepository } from './structures.repository';
import { StructuresService } from './structures.service';
import { TeleversementFiness } from './televersement-finess';
import { CptsListesRepository } from './cpts-listes.repository';
import { TeleversementCptsCommunes } from './televersement-cpts-communes';

/** Care structures (FINESS MSP / centres de santé / CPTS, CPTS perimeters, manual projects). */
@Module({
  controllers: [StructuresController],
  providers: [
    StructuresService,
    StructuresRepository,
    ImportateurFiness,
    ImportateurCptsPaca,
    TeleversementFiness,
    CptsListesRepository,
    TeleversementCptsCommunes,
  ],
  exports: [StructuresService, StructuresRepository],
})
export class StructuresModule {}
