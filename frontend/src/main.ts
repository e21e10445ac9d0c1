import { bootstrapApplication } from '@angular/platform-browser';
import { configurationApplication } from './app/app.config';
import { chargerConfiguration } from './app/configuration/configuration.loader';
import { RacineComponent } from './app/racine.component';

chargerConfiguration()
  .then((configuration) => bootstrapApplication(RacineComponent, configurationApplication(configuration)))
  .catch((erreur: unknown) => console.error(erreur));
