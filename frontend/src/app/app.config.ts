import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideHttpClient, withFetch } from '@angular/common/http';
import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { CONFIGURATION, Configuration } from './configuration/configuration';

registerLocaleData(localeFr, 'fr');

export function configurationApplication(configuration: Configuration): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideHttpClient(withFetch()),
      { provide: LOCALE_ID, useValue: 'fr' },
      { provide: CONFIGURATION, useValue: configuration },
    ],
  };
}
