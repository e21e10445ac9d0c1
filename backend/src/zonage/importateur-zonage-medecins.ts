import { Inject, Injectable } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { RegistreImports } from '../import/registre-imports';
import { ImportateurZonageNational } from './importateur-zonage-national';
import { ZonageRepository } from './zonage.repository';

/** National zonage médecins généralistes (ZIP / ZAC / HZ / ZAR by commune). */
@Injectable()
export class ImportateurZonageMedecins extends ImportateurZonageNational {
  constructor(@Inject(CONFIGURATION) config: Configuration, registre: RegistreImports, repository: ZonageRepository) {
    super(
      {
        code: 'zonage-medecins',
        libelle: 'Zonage médecins généralistes (national)',
        profession: 'medecin',
        fichier: 'zonage-medecins-cartosante-code-postal-nom-2024-2025.csv.gz',
        libelleVersion: 'Zonage médecins généralistes — export national CartoSanté (2024-2025)',
        source:
          'Zonage médecins généralistes par commune, export CartoSanté (ARS, toutes régions) par code postal et nom de commune, rattaché aux codes INSEE du COG 2026 ; millésime 2024-2025, dates des arrêtés inconnues',
        millesime: '2024-2025',
      },
      config,
      registre,
      repository,
    );
  }
}
