import { Global, Module } from '@nestjs/common';
import { ImportService } from './import.service';
import { JeuxDeDonneesRepository } from './jeux-de-donnees.repository';
import { RegistreImports } from './registre-imports';

@Global()
@Module({
  providers: [RegistreImports, ImportService, JeuxDeDonneesRepository],
  exports: [RegistreImports, ImportService, JeuxDeDonneesRepository],
})
export class ImportModule {}
