import { Module } from '@nestjs/common';
import { TuilesController } from './tuiles.controller';
import { TuilesRepository } from './tuiles.repository';
import { TuilesService } from './tuiles.service';

/** Vector tiles of the boundaries (communes, EPCI, départements, régions) and their join tables. */
@Module({
  controllers: [TuilesController],
  providers: [TuilesService, TuilesRepository],
})
export class TuilesModule {}
