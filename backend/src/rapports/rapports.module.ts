import { Module } from '@nestjs/common';
import { AccesModule } from '../acces/acces.module';
import { AidesModule } from '../aides/aides.module';
import { CouvertureModule } from '../couverture/couverture.module';
import { ProjetsModule } from '../projets/projets.module';
import { ProspectiveModule } from '../prospective/prospective.module';
import { StructuresModule } from '../structures/structures.module';
import { TerritoiresModule } from '../territoires/territoires.module';
import { ZonageModule } from '../zonage/zonage.module';
import { CartesRapport } from './cartes-rapport';
import { RenduPdfService } from './pdf/rendu-pdf.service';
import { RapportProspectiveService } from './rapport-prospective.service';
import { RapportSimulationService } from './rapport-simulation.service';
import { RapportTerritoireService } from './rapport-territoire.service';
import { RapportsController } from './rapports.controller';
import { RapportsRepository } from './rapports.repository';

/** Reports that leave the screen: PDFs of a territory, a simulation and the prospective note, from one template. */
@Module({
  imports: [AccesModule, AidesModule, CouvertureModule, ProjetsModule, ProspectiveModule, StructuresModule, TerritoiresModule, ZonageModule],
  controllers: [RapportsController],
  providers: [RenduPdfService, CartesRapport, RapportsRepository, RapportTerritoireService, RapportSimulationService, RapportProspectiveService],
  exports: [RenduPdfService],
})
export class RapportsModule {}
