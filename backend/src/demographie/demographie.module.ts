import { Module } from '@nestjs/common';
import { DemographieController } from './demographie.controller';
import { DemographieRepository } from './demographie.repository';
import { DemographieService } from './demographie.service';
import { ImportateurDemographie } from './importateur-demographie';

/** GP demographics layers (bassin de vie, département, RPPS presence) and the RPPS extract importer. */
@Module({
  controllers: [DemographieController],
  providers: [DemographieService, DemographieRepository, ImportateurDemographie],
  exports: [DemographieService, DemographieRepository],
})
export class DemographieModule {}
