import { Global, Module } from '@nestjs/common';
import { ChaineTeleversementService } from './chaine-televersement.service';
import { DonneesController } from './donnees.controller';
import { JeuxChargesService } from './jeux-charges.service';
import { RegistreTeleversements } from './registre-televersements';
import { TeleversementsRepository } from './televersements.repository';

/**
 * Official files loaded from the dashboard (ADR 0005). Global so that any feature module can inject
 * `RegistreTeleversements` and register its file types in `onModuleInit`.
 */
@Global()
@Module({
  controllers: [DonneesController],
  providers: [RegistreTeleversements, TeleversementsRepository, ChaineTeleversementService, JeuxChargesService],
  exports: [RegistreTeleversements, ChaineTeleversementService],
})
export class TeleversementsModule {}
