import { Inject, Injectable } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { RegistreImports } from '../import/registre-imports';
import { ImportateurZonageNational } from './importateur-zonage-national';
import { ZonageRepository } from './zonage.repository';

/** National zonage infirmiers (très sous-dotée … sur-dotée by commune), raw CartoSanté export. */
@Injectable()
export class ImportateurZonageInfirmiers extends ImportateurZonageNational {
  constructor(@Inject(CONFIGURATION) config: Configuration, registre: RegistreImports, repository: ZonageRepository) {
    super(
      {
        code: 'zonage-infirmiers',
        libelle: 'Zonage infirmiers (national)',
        profession: 'infirmier',
        fichier: 'zonage-infirmiers-cartosante-2024.csv.gz',
        libelleVersion: 'Zonage infirmiers — export national CartoSanté (2024)',
        source: 'Zonage infirmiers par commune, export CartoSanté 2024 (ARS) ; dates des arrêtés inconnues',
        millesime: '2024',
      },
      config,
      registre,
      repository,
    );
  }
}
