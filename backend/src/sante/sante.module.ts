import { Module } from '@nestjs/common';
import { SanteController } from './sante.controller';
import { SanteRepository } from './sante.repository';
import { SanteService } from './sante.service';

@Module({ controllers: [SanteController], providers: [SanteService, SanteRepository] })
export class SanteModule {}
