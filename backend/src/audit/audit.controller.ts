import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { AuditService } from './audit.service';
import { AuditQueryDto } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly service: AuditService) {}

  @Get()
  @RolesRequis('ars', 'admin')
  @ApiOperation({ summary: 'Journal d’audit : qui a modifié quoi et quand (avant/après), le plus récent d’abord' })
  lister(@Query() query: AuditQueryDto) {
    return this.service.lister(query);
  }
}
