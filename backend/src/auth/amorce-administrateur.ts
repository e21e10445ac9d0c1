import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Inject } from '@nestjs/common';
import { ComptesService } from './comptes.service';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';

/** Creates the first administrator from the environment at start-up; never a default password. */
@Injectable()
export class AmorceAdministrateur implements OnApplicationBootstrap {
  private readonly logger = new Logger('Comptes');

  constructor(
    private readonly comptes: ComptesService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.secretJetonEphemere) {
      this.logger.warn(
        'MAILLAGE_JWT_SECRET absent : secret de jeton aléatoire, les sessions ne survivent pas au redémarrage (définissez-le en production, identique sur chaque réplique).',
      );
    }
    const resultat = await this.comptes.amorcerAdministrateur();
    if (resultat === 'cree') this.logger.log(`Administrateur créé : ${this.config.admin!.email}`);
  }
}
