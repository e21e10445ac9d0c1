import { Component, inject, signal } from '@angular/core';
import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { describe, expect, it } from 'vitest';
import { EtatUrl } from './etat-url';

/** A page with two parameters: a tab (new history entry) and a position (replaces the entry). */
@Component({ selector: 'mlg-page-essai', template: '', providers: [EtatUrl] })
class PageEssai {
  readonly onglet = signal<string | null>(null);
  readonly position = signal<string | null>(null);
  readonly appliques: (string | null)[] = [];

  constructor() {
    const etat = inject(EtatUrl);
    etat.lier({
      nom: 'onglet',
      historique: 'ajouter',
      valeur: () => this.onglet(),
      appliquer: (v) => {
        this.appliques.push(v);
        // An unknown tab falls back to the default, as the dashboard does.
        this.onglet.set(v === 'inconnu' ? null : v);
      },
    });
    etat.lier({ nom: 'position', historique: 'remplacer', valeur: () => this.position(), appliquer: (v) => this.position.set(v) });
  }
}

async function ouvrir(url: string) {
  TestBed.configureTestingModule({ providers: [provideRouter([{ path: '', component: PageEssai }]), provideLocationMocks()] });
  // Back and Forward reach the router through its location listener, which only an application bootstrap sets up.
  TestBed.inject(Router).setUpLocationChangeListener();
  const harnais = await RouterTestingHarness.create();
  const page = await harnais.navigateByUrl(url, PageEssai);
  return { harnais, page, location: TestBed.inject(Location), router: TestBed.inject(Router) };
}

const stabiliser = async (harnais: RouterTestingHarness) => {
  await new Promise((r) => setTimeout(r, 5));
  harnais.detectChanges();
  await harnais.fixture.whenStable();
  await new Promise((r) => setTimeout(r, 5));
};

describe('EtatUrl: a page’s view state in its URL query', () => {
  it('applies the parameters of the opened link to the state', async () => {
    const { page } = await ouvrir('/?onglet=zones&position=1,2,3');
    expect(page.onglet()).toBe('zones');
    expect(page.position()).toBe('1,2,3');
  });

  it('writes a change of state into the URL, leaving defaults out', async () => {
    const { harnais, page, router } = await ouvrir('/');
    page.onglet.set('simuler');
    page.position.set('4,5,6');
    await stabiliser(harnais);
    expect(router.url).toBe('/?onglet=simuler&position=4,5,6');
    page.onglet.set(null);
    await stabiliser(harnais);
    expect(router.url).toBe('/?position=4,5,6');
  });

  it('adds a history entry for a tab, replaces it for a position: Back returns to the previous tab', async () => {
    const { harnais, page, location } = await ouvrir('/');
    page.onglet.set('zones');
    await stabiliser(harnais);
    page.position.set('4,5,6');
    await stabiliser(harnais);
    page.position.set('7,8,9');
    await stabiliser(harnais);
    expect(location.path()).toBe('/?onglet=zones&position=7,8,9');
    location.back();
    await stabiliser(harnais);
    expect(location.path()).toBe('/');
    expect(page.onglet()).toBeNull();
    location.forward();
    await stabiliser(harnais);
    expect(page.onglet()).toBe('zones');
    expect(page.position()).toBe('7,8,9');
  });

  it('applies a URL the page did not write (a link followed inside the app)', async () => {
    const { harnais, page, router } = await ouvrir('/?onglet=zones');
    await router.navigateByUrl('/?onglet=aides');
    await stabiliser(harnais);
    expect(page.onglet()).toBe('aides');
  });

  it('writes the state’s answer to an unknown value over the current entry, without a new one', async () => {
    const { harnais, page, location } = await ouvrir('/?onglet=zones');
    await TestBed.inject(Router).navigateByUrl('/?onglet=inconnu');
    await stabiliser(harnais);
    expect(page.appliques).toContain('inconnu');
    expect(location.path()).toBe('/');
    location.back();
    await stabiliser(harnais);
    expect(page.onglet()).toBe('zones');
  });

  it('refuses two parameters of the same name', async () => {
    await ouvrir('/');
    const etat = TestBed.runInInjectionContext(() => new EtatUrl());
    etat.lier({ nom: 'x', historique: 'ajouter', valeur: () => null, appliquer: () => undefined });
    expect(() => etat.lier({ nom: 'x', historique: 'ajouter', valeur: () => null, appliquer: () => undefined })).toThrow(/deux fois/);
  });
});
