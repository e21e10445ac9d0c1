import { describe, expect, it } from 'vitest';
import { entreesNavigation } from './navigation';

const routes = [
  { path: '', data: { navigation: { libelle: 'Carte' } } },
  { path: 'comparer', data: { navigation: { libelle: 'Comparer' } } },
  { path: 'donnees', data: { navigation: { libelle: 'Données', roles: ['ars', 'admin'] as const } } },
  { path: 'accessibilite' },
  { path: '**', redirectTo: '' },
];

describe('header links from the routes', () => {
  it('lists the routes carrying a link, in order, public ones for everyone', () => {
    expect(entreesNavigation(routes, null)).toEqual([
      { chemin: '/', libelle: 'Carte' },
      { chemin: '/comparer', libelle: 'Comparer' },
    ]);
  });

  it('adds a role’s pages for that role only', () => {
    expect(entreesNavigation(routes, 'ars').map((e) => e.libelle)).toEqual(['Carte', 'Comparer', 'Données']);
    expect(entreesNavigation(routes, 'elu').map((e) => e.libelle)).toEqual(['Carte', 'Comparer']);
  });
});
