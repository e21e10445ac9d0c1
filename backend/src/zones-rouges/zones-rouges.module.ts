import { Module } from '@nestjs/common';
import { ImportateurZonesRouges } from './importateur-zones-rouges';
import { TeleversementZonesRouges } from './televersement-zones-rouges';
import { ZonesRougesController } from './zones-rouges.controller';
import { ZonesRougesRepository } from './zones-rouges.repository';
import { ZonesRougesService } from './zones-rouges.service';

/** Zones rouges 2025 (EPCI of the mission de solidarité territoriale): dated layer, fact per commune/EPCI, upload. */
@Module({
  controllers: [ZonesRougesController],
  providers: [ZonesRougesRepository, ZonesRougesService, ImportateurZonesRouges, TeleversementZonesRouges],
  exports: [ZonesRougesService],
})
export class ZonesRougesModule {}
