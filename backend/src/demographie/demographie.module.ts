import { Module } from '@nestjs/common';
import { DemographieController } from './demographie.controller';
import { DemographieRepository } from './demographie.repository';
import { DemographieService } from './demographie.service';
import { ImportateurDemographie } from './importateur-demographie';
import { TeleversementRpps } from './televersement-rpps';

/** GP demographics layers (bassin de vie, département, RPPS presence) and the RPPS extract importer. */
@Module({
  controllers: [DemographieController],
  providers: [DemographieService, DemographieRepository, ImportateurDemographie, TeleversementRpps],
  exports: [DemographieService, DemographieRepository],
})
export class DemographieModule {}
