import { Global, Module } from '@nestjs/common';
import { ImportService } from './import.service';
import { JeuxDeDonneesRepository } from './jeux-de-donnees.repository';
import { RegistreImports } from './registre-imports';
import { VersionsJeuRepository } from './versions-jeu.repository';

@Global()
@Module({
  providers: [RegistreImports, ImportService, JeuxDeDonneesRepository, VersionsJeuRepository],
  exports: [RegistreImports, ImportService, JeuxDeDonneesRepository, VersionsJeuRepository],
})
export class ImportModule {}
