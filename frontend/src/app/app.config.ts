import { ApplicationConfig, LOCALE_ID, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { CONFIGURATION, Configuration } from './configuration/configuration';
import { jetonInterceptor } from './comptes/jeton.interceptor';
import { ROUTES } from './app.routes';

registerLocaleData(localeFr, 'fr');

export function configurationApplication(configuration: Configuration): ApplicationConfig {
  return {
    providers: [
      provideBrowserGlobalErrorListeners(),
      provideZonelessChangeDetection(),
      provideHttpClient(withFetch(), withInterceptors([jetonInterceptor])),
      provideRouter(ROUTES, withComponentInputBinding()),
      { provide: LOCALE_ID, useValue: 'fr' },
      { provide: CONFIGURATION, useValue: configuration },
    ],
  };
}
