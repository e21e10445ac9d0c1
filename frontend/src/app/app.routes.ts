import { Routes } from '@angular/router';
import { TableauDeBordComponent } from './tableau-de-bord/tableau-de-bord.component';

/**
 * The dashboard's pages. The map dashboard is « / » (its view state — territory, indicator, tab, map position —
 * lives in its query parameters); each feature page is its own lazily loaded route, declared here in one line
 * by its feature folder. `data.navigation` gives a route its header link, shown by role (mise-en-page/navigation.ts).
 */
export const ROUTES: Routes = [
  { path: '', component: TableauDeBordComponent, title: 'Maillage — tableau de bord', data: { navigation: { libelle: 'Carte et territoires' } } },
  { path: '**', redirectTo: '' },
];
