import { Module } from '@nestjs/common';
import { AccesModule } from '../acces/acces.module';
import { ProspectiveController } from './prospective.controller';
import { ProspectiveService } from './prospective.service';

@Module({
  imports: [AccesModule],
  controllers: [ProspectiveController],
  exports: [ProspectiveService],
  providers: [ProspectiveService],
})
export class ProspectiveModule {}
