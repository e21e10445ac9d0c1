import { Module } from '@nestjs/common';
import { ProjetsController } from './projets.controller';
import { ProjetsRepository } from './projets.repository';
import { ProjetsService } from './projets.service';

/** MSP / PSP / CPTS / centre de santé projects. The zone's need: see besoin-projet.ts (integration point). */
@Module({
  controllers: [ProjetsController],
  providers: [ProjetsService, ProjetsRepository],
  exports: [ProjetsService],
})
export class ProjetsModule {}
