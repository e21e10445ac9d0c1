import { InjectionToken } from '@angular/core';

/**
 * Runtime configuration, read from `/configuration.json` at start-up so an operator can change it
 * without rebuilding. The map works offline: `fondDeCarteUrl` (a MapLibre style URL) is optional.
 */
export interface Configuration {
  readonly fondDeCarteUrl: string | null;
}

export const CONFIGURATION_PAR_DEFAUT: Configuration = { fondDeCarteUrl: null };

export const CONFIGURATION = new InjectionToken<Configuration>('Configuration Maillage', {
  providedIn: 'root',
  factory: () => CONFIGURATION_PAR_DEFAUT,
});
