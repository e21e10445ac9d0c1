import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class SanteRepository {
  constructor(private readonly dataSource: DataSource) {}

  async versionPostgis(): Promise<string> {
    const rows = await this.dataSource.query(`SELECT postgis_lib_version() AS v, current_setting('server_version') AS pg`);
    return `PostGIS ${rows[0].v} / PostgreSQL ${rows[0].pg}`;
  }
}
