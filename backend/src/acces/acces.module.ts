import { Module } from '@nestjs/common';
import { AccesController } from './acces.controller';
import { AccesRepository } from './acces.repository';
import { AccesService } from './acces.service';
import { ImportateurApl } from './apl/importateur-apl';
import { TeleversementApl } from './apl/televersement-apl';
import { DonneesAccesService } from './donnees-acces';
import { ImportateurOffreEstimee } from './offre-estimee/importateur-offre-estimee';
import { OffreEstimeeRepository } from './offre-estimee/offre-estimee.repository';
import { SimulationService } from './simulation/simulation.service';
import { RecalculService } from './recalcul/recalcul.service';
import { OffreRppsController } from './offre-rpps/offre-rpps.controller';
import { OffreRppsRepository } from './offre-rpps/offre-rpps.repository';
import { OffreRppsService } from './offre-rpps/offre-rpps.service';
import { ImportateurTrajets } from './trajets/importateur-trajets';

@Module({
  controllers: [AccesController, OffreRppsController],
  providers: [
    AccesService,
    AccesRepository,
    DonneesAccesService,
    SimulationService,
    RecalculService,
    OffreRppsService,
    OffreRppsRepository,
    ImportateurApl,
    TeleversementApl,
    ImportateurTrajets,
    ImportateurOffreEstimee,
    OffreEstimeeRepository,
  ],
  exports: [AccesService, SimulationService],
})
export class AccesModule {}
