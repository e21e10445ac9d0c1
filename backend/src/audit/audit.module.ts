import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';
import { CompteurCalculs } from './compteur-calculs';
import { IntercepteurAudit } from './intercepteur-audit';

/** Audit log of every write. Global: any feature can inject AuditService. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditRepository, AuditService, CompteurCalculs, { provide: APP_INTERCEPTOR, useClass: IntercepteurAudit }],
  exports: [AuditService],
})
export class AuditModule {}
