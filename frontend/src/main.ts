import { bootstrapApplication } from '@angular/platform-browser';
import { configurationApplication } from './app/app.config';
import { chargerConfiguration } from './app/configuration/configuration.loader';
import { RacineComponent } from './app/racine.component';

// MapLibre (~1 MB, its own chunk) downloads and compiles, and its web workers start (`prewarm`: they parse the tiles),
// while the configuration is read and the page boots, instead of after the map component is drawn: the first map
// paint no longer waits for them in turn (FABRIQUE_CARTE imports the same module, the map uses the same workers).
// A failure here is met again, and reported, by the map itself.
import('maplibre-gl').then((module) => (module.default ?? module).prewarm()).catch(() => undefined);

chargerConfiguration()
  .then((configuration) => bootstrapApplication(RacineComponent, configurationApplication(configuration)))
  .catch((erreur: unknown) => console.error(erreur));
