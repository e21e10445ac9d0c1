import { Module } from '@nestjs/common';
import { DemandesAccesModule } from '../demandes-acces/demandes-acces.module';
import { ClientOidc } from './client-oidc';
import { ConnexionProConnectService } from './connexion-proconnect.service';
import { ProConnectController } from './proconnect.controller';

/** Login with ProConnect, the state's identity provider for public agents (OpenID Connect relying party). */
@Module({
  imports: [DemandesAccesModule],
  controllers: [ProConnectController],
  providers: [ClientOidc, ConnexionProConnectService],
})
export class ProConnectModule {}
