import { Global, Module } from '@nestjs/common';
import { CouvertureDonneesRepository } from './couverture-donnees.repository';
import { CouvertureDonneesService } from './couverture-donnees.service';

/** Datasets as data: their coverage (where each one is true), recorded at import and asked by every feature. */
@Global()
@Module({
  providers: [CouvertureDonneesRepository, CouvertureDonneesService],
  exports: [CouvertureDonneesRepository, CouvertureDonneesService],
})
export class JeuxDeDonneesModule {}
