import { Global, Module } from '@nestjs/common';
import { CouvertureDonneesController } from './couverture-donnees.controller';
import { CouvertureDonneesRepository } from './couverture-donnees.repository';
import { CouvertureDonneesService } from './couverture-donnees.service';

/** Datasets as data: their coverage (where each one is true), recorded at import and asked by every feature. */
@Global()
@Module({
  controllers: [CouvertureDonneesController],
  providers: [CouvertureDonneesRepository, CouvertureDonneesService],
  exports: [CouvertureDonneesRepository, CouvertureDonneesService],
})
export class JeuxDeDonneesModule {}
