import { DynamicModule, Global, Module } from '@nestjs/common';
import { CONFIGURATION, Configuration } from './configuration';

@Global()
@Module({})
export class ConfigModule {
  static avec(config: Configuration): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: CONFIGURATION, useValue: config }], exports: [CONFIGURATION] };
  }
}
