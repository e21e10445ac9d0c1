import { Module } from '@nestjs/common';
import { SanteController } from './sante.controller';
import { SanteRepository } from './sante.repository';
import { SanteService } from './sante.service';
import { Prechauffage } from './prechauffage';

@Module({ controllers: [SanteController], providers: [SanteService, SanteRepository, Prechauffage], exports: [Prechauffage] })
export class SanteModule {}
