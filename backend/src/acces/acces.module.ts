import { Module } from '@nestjs/common';
import { AccesController } from './acces.controller';
import { AccesRepository } from './acces.repository';
import { AccesService } from './acces.service';
import { ImportateurApl } from './apl/importateur-apl';
import { DonneesAccesService } from './donnees-acces';
import { ImportateurOffreEstimee } from './offre-estimee/importateur-offre-estimee';
import { OffreEstimeeRepository } from './offre-estimee/offre-estimee.repository';
import { SimulationService } from './simulation/simulation.service';
import { ImportateurTrajets } from './trajets/importateur-trajets';

@Module({
  controllers: [AccesController],
  providers: [
    AccesService,
    AccesRepository,
    DonneesAccesService,
    SimulationService,
    ImportateurApl,
    ImportateurTrajets,
    ImportateurOffreEstimee,
    OffreEstimeeRepository,
  ],
  exports: [AccesService, SimulationService],
})
export class AccesModule {}
