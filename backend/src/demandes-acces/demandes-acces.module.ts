import { Module } from '@nestjs/common';
import { DemandesAccesController } from './demandes-acces.controller';
import { DemandesAccesRepository } from './demandes-acces.repository';
import { DemandesAccesService } from './demandes-acces.service';

/** Access requests from newcomers, approved or refused by an administrator (accounts and ProConnect: auth/). */
@Module({
  controllers: [DemandesAccesController],
  providers: [DemandesAccesRepository, DemandesAccesService],
  exports: [DemandesAccesService],
})
export class DemandesAccesModule {}
