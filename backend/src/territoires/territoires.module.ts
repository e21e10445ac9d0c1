import { Module } from '@nestjs/common';
import { ImportateurTerritoires } from './importateur-territoires';
import { TerritoiresController } from './territoires.controller';
import { TerritoiresRepository } from './territoires.repository';
import { TerritoiresService } from './territoires.service';

@Module({
  controllers: [TerritoiresController],
  providers: [TerritoiresService, TerritoiresRepository, ImportateurTerritoires],
  exports: [TerritoiresService, TerritoiresRepository],
})
export class TerritoiresModule {}
