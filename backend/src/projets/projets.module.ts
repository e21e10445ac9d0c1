import { Module } from '@nestjs/common';
import { AccesModule } from '../acces/acces.module';
import { AidesModule } from '../aides/aides.module';
import { StructuresModule } from '../structures/structures.module';
import { AidesProjet } from './aides-projet';
import { BesoinParAcces } from './besoin-par-acces';
import { FOURNISSEUR_BESOIN } from './besoin-projet';
import { ImpactProjet } from './impact-projet';
import { ProjetsController } from './projets.controller';
import { ProjetsRepository } from './projets.repository';
import { ProjetsService } from './projets.service';
import { StructuresVoisines } from './structures-voisines';

/**
 * MSP / PSP / CPTS / centre de santé projects, read with the other features through their exported services:
 * access engine (need, simulated impact), aid engine (eligible aids), structures (neighbours).
 */
@Module({
  imports: [AccesModule, AidesModule, StructuresModule],
  controllers: [ProjetsController],
  providers: [
    ProjetsService,
    ProjetsRepository,
    BesoinParAcces,
    { provide: FOURNISSEUR_BESOIN, useExisting: BesoinParAcces },
    ImpactProjet,
    AidesProjet,
    StructuresVoisines,
  ],
  exports: [ProjetsService],
})
export class ProjetsModule {}
