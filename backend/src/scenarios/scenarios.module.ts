import { Module } from '@nestjs/common';
import { ScenariosController } from './scenarios.controller';
import { ScenariosRepository } from './scenarios.repository';
import { ScenariosService } from './scenarios.service';

/** Simulation scenarios saved by connected accounts (name, list, reopen, delete), private to each account. */
@Module({
  controllers: [ScenariosController],
  providers: [ScenariosService, ScenariosRepository],
})
export class ScenariosModule {}
