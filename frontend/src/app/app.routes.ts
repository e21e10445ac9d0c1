import { Routes } from '@angular/router';
import { TableauDeBordComponent } from './tableau-de-bord/tableau-de-bord.component';
import { TITRES_PAGES_INFORMATION } from './pages-information/titres-pages';

/**
 * The dashboard's pages. The map dashboard is « / » (its view state — territory, indicator, tab, map position —
 * lives in its query parameters); each feature page is its own lazily loaded route, declared here in one line
 * by its feature folder. `data.navigation` gives a route its header link, shown by role (mise-en-page/navigation.ts).
 */
export const ROUTES: Routes = [
  { path: '', component: TableauDeBordComponent, title: 'Maillage — tableau de bord', data: { navigation: { libelle: 'Carte et territoires' } } },
  {
    path: 'administration',
    loadComponent: () => import('./administration/administration.component').then((m) => m.AdministrationComponent),
    title: 'Maillage — comptes',
    data: { navigation: { libelle: 'Comptes', roles: ['admin'] } },
  },
  {
    path: 'donnees',
    loadComponent: () => import('./donnees/page-donnees.component').then((m) => m.PageDonneesComponent),
    title: 'Maillage — données',
    data: { navigation: { libelle: 'Données', roles: ['ars', 'admin'] } },
  },
  {
    path: 'demande-acces',
    loadComponent: () => import('./comptes/demande-acces.component').then((m) => m.DemandeAccesComponent),
    title: 'Maillage — demander un accès',
  },
  {
    path: 'mot-de-passe',
    loadComponent: () => import('./comptes/mot-de-passe.component').then((m) => m.MotDePasseComponent),
    title: 'Maillage — mot de passe',
  },
  {
    path: 'connexion/proconnect',
    loadComponent: () => import('./comptes/retour-proconnect.component').then((m) => m.RetourProConnectComponent),
    title: 'Maillage — connexion',
  },
  {
    path: 'zonage',
    loadComponent: () => import('./zonage-cockpit/zonage-cockpit.page').then((m) => m.ZonageCockpitPage),
    title: 'Maillage — zonage médecins (ARS)',
    data: { navigation: { libelle: 'Zonage', roles: ['ars', 'admin'] } },
  },
  ...(['accessibilite', 'mentions-legales', 'donnees-personnelles', 'contact'] as const).map((page) => ({
    path: page,
    loadComponent: () => import('./pages-information/page-information.component').then((m) => m.PageInformationComponent),
    data: { page },
    title: `Maillage — ${TITRES_PAGES_INFORMATION[page]}`,
  })),
  {
    path: 'aides/publier',
    loadComponent: () => import('./aides/publier-aide-locale.page').then((m) => m.PublierAideLocalePage),
    title: 'Maillage — publier une aide locale',
    data: { navigation: { libelle: 'Publier une aide locale', roles: ['ars', 'elu', 'admin'] } },
  },
  { path: '**', redirectTo: '' },
];
