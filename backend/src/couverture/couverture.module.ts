import { Module } from '@nestjs/common';
import { CouvertureController } from './couverture.controller';
import { CouvertureRepository } from './couverture.repository';
import { CouvertureService } from './couverture.service';

/** Coverage queries over structures, zonage, CPTS membership, demographics and the access engine's travel times. */
@Module({
  controllers: [CouvertureController],
  exports: [CouvertureService],
  providers: [CouvertureService, CouvertureRepository],
})
export class CouvertureModule {}
