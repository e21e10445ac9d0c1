import { Module } from '@nestjs/common';
import { ImportateurQpv } from './importateur-qpv';
import { ImportateurRuralite } from './importateur-ruralite';
import { ImportateurZonageInfirmiers } from './importateur-zonage-infirmiers';
import { ImportateurZonageMedecins } from './importateur-zonage-medecins';
import { ZonageController } from './zonage.controller';
import { ZonageRepository } from './zonage.repository';
import { ZonageService } from './zonage.service';
import { TeleversementZonage } from './televersement-zonage';

/** Zonage médecins / infirmiers (versions by arrêté, history), QPV and FRR/ZRR. Exports ZonageService (aid eligibility). */
@Module({
  controllers: [ZonageController],
  providers: [
    ZonageService,
    ZonageRepository,
    ImportateurZonageMedecins,
    ImportateurZonageInfirmiers,
    ImportateurQpv,
    ImportateurRuralite,
    TeleversementZonage,
  ],
  // ZonageRepository: the zonage cockpit publishes its drafts as versions through the same loader as an upload.
  exports: [ZonageService, ZonageRepository],
})
export class ZonageModule {}
