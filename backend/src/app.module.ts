import { DynamicModule, Module } from '@nestjs/common';
import { AccesModule } from './acces/acces.module';
import { AidesModule } from './aides/aides.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ProConnectModule } from './proconnect/proconnect.module';
import { ProjetsModule } from './projets/projets.module';
import { ConfigModule } from './config/config.module';
import { Configuration } from './config/configuration';
import { DatabaseModule } from './database/database.module';
import { DemandesAccesModule } from './demandes-acces/demandes-acces.module';
import { ImportModule } from './import/import.module';
import { JeuxDeDonneesModule } from './jeux-de-donnees/jeux-de-donnees.module';
import { SanteModule } from './sante/sante.module';
import { TerritoiresModule } from './territoires/territoires.module';
import { TuilesModule } from './tuiles/tuiles.module';
import { CouvertureModule } from './couverture/couverture.module';
import { DemographieModule } from './demographie/demographie.module';
import { StructuresModule } from './structures/structures.module';
import { TeleversementsModule } from './televersements/televersements.module';
import { ZonageModule } from './zonage/zonage.module';
import { ProspectiveModule } from './prospective/prospective.module';
import { ZonageCockpitModule } from './zonage-cockpit/zonage-cockpit.module';
import { ZonesRougesModule } from './zones-rouges/zones-rouges.module';
import { ScenariosModule } from './scenarios/scenarios.module';
import { RapportsModule } from './rapports/rapports.module';

/** Feature modules. Each feature owns its folder: module, controller, service, repository, dto, specs. */
const FONCTIONNALITES = [
  TerritoiresModule,
  SanteModule,
  TuilesModule,
  AuthModule,
  AuditModule,
  DemandesAccesModule,
  ProConnectModule,
  ProjetsModule,
  ZonageModule,
  AccesModule,
  StructuresModule,
  AidesModule,
  DemographieModule,
  CouvertureModule,
  ProspectiveModule,
  ZonageCockpitModule,
  ZonesRougesModule,
  ScenariosModule,
  RapportsModule,
];

@Module({})
export class AppModule {
  static avec(config: Configuration): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.avec(config), DatabaseModule, ImportModule, JeuxDeDonneesModule, TeleversementsModule, ...FONCTIONNALITES],
    };
  }
}
