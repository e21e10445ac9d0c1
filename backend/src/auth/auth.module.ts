import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { AmorceAdministrateur } from './amorce-administrateur';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ComptesController } from './comptes.controller';
import { ComptesRepository } from './comptes.repository';
import { ComptesService } from './comptes.service';
import { CONFIGURATION_AUTH, lireConfigurationAuth } from './configuration-auth';
import { GardeRoles } from './garde-roles';
import { LiensMotDePasseRepository } from './liens-mot-de-passe.repository';
import { LimitationConnexionRepository } from './limitation-connexion.repository';
import { optionsLimitationDebit } from './limitation-debit';
import { PorteeRepository } from './portee.repository';
import { PorteeService } from './portee.service';

/**
 * Accounts, login, rate limiting, the global role guard and the territorial scope. Global: any feature can inject
 * PorteeService (verifierPortee) without importing this module.
 */
@Global()
@Module({
  imports: [ThrottlerModule.forRootAsync({ useFactory: () => optionsLimitationDebit() })],
  controllers: [AuthController, ComptesController],
  providers: [
    { provide: CONFIGURATION_AUTH, useFactory: () => lireConfigurationAuth() },
    // Order matters: floods are refused before any token check touches the database.
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: GardeRoles },
    AuthService,
    ComptesRepository,
    LimitationConnexionRepository,
    LiensMotDePasseRepository,
    ComptesService,
    PorteeRepository,
    PorteeService,
    AmorceAdministrateur,
  ],
  exports: [PorteeService, ComptesService, ComptesRepository, AuthService, CONFIGURATION_AUTH],
})
export class AuthModule {}
