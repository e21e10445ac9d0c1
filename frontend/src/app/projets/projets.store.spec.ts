import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { Compte } from '../comptes/compte';
import { SessionStore } from '../comptes/session.store';
import { DetailProjet, Projet } from './projet';
import { ProjetsClient } from './projets.client';
import { ANALYSES_AUTOMATIQUES, ProjetsStore } from './projets.store';

const projet = (id: string, communeCode = '31555', sites: Projet['sites'] = []): Projet => ({
  id,
  nom: `Projet ${id}`,
  type: 'msp',
  etape: 'idee',
  communeCode,
  communeNom: 'Toulouse',
  departementCode: '31',
  regionCode: '76',
  communesCouvertes: [],
  sites,
  porteurType: 'professionnels',
  porteurNom: 'SISA',
  professionnels: [{ profession: 'medecin_generaliste', nombre: 3 }],
  projetSanteValide: false,
  proprietaireId: 'u1',
  modifieLe: '2026-11-26T10:00:00Z',
});
const detail = (p: Projet, cible: 'zone_fragile' | 'zone_sans_medecin' = 'zone_fragile'): DetailProjet => ({
  ...p,
  besoin: { disponible: true, verdict: { cible, libelle: '', explication: '', critere: '', source: null } },
  impact: { disponible: false },
  aides: { disponible: false },
  voisins: {
    methode: '',
    minutesMax: 20,
    projets: [],
    couverture: { theme: 'structures', couvert: true, raison: null, commentCharger: null, perimetre: 'l’Occitanie', millesimes: ['2026'] },
    structures: [],
    nombreStructures: 0,
    chevauchement: false,
    alerte: null,
    avertissement: null,
    source: '',
  },
});
const compte = (role: Compte['role'], id = 'u1'): Compte => ({ id, email: `${role}@x.fr`, nom: null, role, territoires: [] });

function creer(client: Partial<ProjetsClient>, utilisateur: Compte | null = compte('porteur')) {
  const session = { utilisateur: signal(utilisateur), connecte: signal(utilisateur !== null) };
  const complet: Partial<ProjetsClient> = { commune: vi.fn().mockResolvedValue({ centre: [1.42, 43.6] }), ...client };
  TestBed.configureTestingModule({ providers: [ProjetsStore, { provide: ProjetsClient, useValue: complet }, { provide: SessionStore, useValue: session }] });
  const store = TestBed.inject(ProjetsStore);
  return { store, session, client: complet };
}

/** Lets the store's session effect run and its requests settle. */
async function stabiliser(): Promise<void> {
  TestBed.tick();
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

describe('ProjetsStore', () => {
  it('loads the projects the API lets the account see once connected, with their verdicts', async () => {
    const a = projet('a');
    const { store } = creer({ lister: vi.fn().mockResolvedValue([a]), detail: vi.fn().mockResolvedValue(detail(a)) });
    await stabiliser();
    expect(store.projets().map((p) => p.id)).toEqual(['a']);
    expect(store.analyses().get('a')?.besoin.verdict?.cible).toBe('zone_fragile');
    expect(store.enCours()).toBe(false);
  });

  it('draws a project at its sites, or at its commune’s interior point without site, coloured by its verdict', async () => {
    const a = projet('a', '31555');
    const b = projet('b', '31069', [
      { longitude: 1.1, latitude: 43.1 },
      { longitude: 1.2, latitude: 43.2 },
    ]);
    const commune = vi.fn().mockResolvedValue({ centre: [1.42, 43.6] });
    const { store } = creer({
      lister: vi.fn().mockResolvedValue([a, b]),
      detail: vi.fn((id: string) => Promise.resolve(detail(id === 'a' ? a : b, id === 'a' ? 'zone_fragile' : 'zone_sans_medecin'))),
      commune,
    });
    await stabiliser();
    expect(commune).toHaveBeenCalledTimes(1);
    expect(commune).toHaveBeenCalledWith('31555');
    expect(store.points().features.map((f) => [f.properties.id, f.geometry.coordinates, f.properties.cible])).toEqual([
      ['a', [1.42, 43.6], 'zone_fragile'],
      ['b', [1.1, 43.1], 'zone_sans_medecin'],
      ['b', [1.2, 43.2], 'zone_sans_medecin'],
    ]);
  });

  it('draws analysed projects above the others (projects of a commune share its point)', async () => {
    const projets = [projet('a'), projet('b')];
    const { store } = creer({
      lister: vi.fn().mockResolvedValue(projets),
      detail: vi.fn((id: string) => (id === 'a' ? Promise.resolve(detail(projets[0])) : new Promise<DetailProjet>(() => undefined))),
    });
    await stabiliser();
    expect(store.points().features.map((f) => [f.properties.id, f.properties.cible])).toEqual([
      ['b', 'inconnu'],
      ['a', 'zone_fragile'],
    ]);
  });

  it('analyses only the first projects of a long list by itself, two at a time', async () => {
    const projets = Array.from({ length: ANALYSES_AUTOMATIQUES + 5 }, (_, i) => projet(`p${i}`));
    let enVol = 0;
    let maximum = 0;
    const detailClient = vi.fn(async (id: string) => {
      maximum = Math.max(maximum, ++enVol);
      await new Promise((r) => setTimeout(r, 1));
      enVol--;
      return detail(projets.find((p) => p.id === id)!);
    });
    const { store } = creer({ lister: vi.fn().mockResolvedValue(projets), detail: detailClient });
    TestBed.tick();
    await vi.waitFor(() => expect(store.enCours()).toBe(false));
    expect(detailClient).toHaveBeenCalledTimes(ANALYSES_AUTOMATIQUES);
    expect(maximum).toBe(2);
    await store.ouvrir(`p${ANALYSES_AUTOMATIQUES + 2}`);
    expect(store.detail()?.id).toBe(`p${ANALYSES_AUTOMATIQUES + 2}`);
  });

  it('empties everything at log-out, and drops answers that arrive for the previous account', async () => {
    let resoudre!: (p: Projet[]) => void;
    const { store, session } = creer({ lister: vi.fn().mockReturnValue(new Promise<Projet[]>((ok) => (resoudre = ok))), detail: vi.fn() });
    TestBed.tick();
    session.utilisateur.set(null);
    session.connecte.set(false);
    TestBed.tick();
    resoudre([projet('a')]);
    await stabiliser();
    expect(store.projets()).toEqual([]);
    expect(store.points().features).toEqual([]);
  });

  it('shows the created project in detail, first in the list', async () => {
    const ancien = projet('ancien');
    const nouveau = projet('nouveau');
    const creerClient = vi.fn().mockResolvedValue(nouveau);
    const { store } = creer({
      lister: vi.fn().mockResolvedValue([ancien]),
      detail: vi.fn((id: string) => Promise.resolve(detail(id === 'nouveau' ? nouveau : ancien))),
      creer: creerClient,
    });
    await stabiliser();
    await store.creer({
      nom: 'Projet nouveau',
      type: 'msp',
      etape: 'idee',
      communeCode: '31555',
      porteurType: 'professionnels',
      porteurNom: 'SISA',
      professionnels: [],
    });
    expect(store.projets().map((p) => p.id)).toEqual(['nouveau', 'ancien']);
    expect(store.choisi()).toBe('nouveau');
    expect(store.detail()?.besoin.verdict?.cible).toBe('zone_fragile');
  });

  it('updates the stage in the list and in the open analysis', async () => {
    const a = projet('a');
    const { store } = creer({
      lister: vi.fn().mockResolvedValue([a]),
      detail: vi.fn().mockResolvedValue(detail(a)),
      modifierEtape: vi.fn().mockResolvedValue({ ...a, etape: 'travaux' }),
    });
    await stabiliser();
    await store.ouvrir('a');
    await store.modifierEtape('a', 'travaux');
    expect(store.projets()[0].etape).toBe('travaux');
    expect(store.detail()?.etape).toBe('travaux');
    expect(store.detail()?.besoin.verdict?.cible).toBe('zone_fragile');
  });

  it('lets only a project lead create, and élus only read', () => {
    expect(creer({ lister: vi.fn().mockResolvedValue([]) }).store.peutCreer()).toBe(true);
    TestBed.resetTestingModule();
    const elu = creer({ lister: vi.fn().mockResolvedValue([]) }, compte('elu')).store;
    expect(elu.peutCreer()).toBe(false);
    expect(elu.peutModifier()).toBe(false);
  });

  it('shows the API’s French message when the list is refused', async () => {
    const { store } = creer({ lister: vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 503, error: { message: 'Base de données indisponible.' } })) });
    await stabiliser();
    expect(store.erreur()).toBe('Base de données indisponible.');
  });

  it('keeps the list when one analysis fails, and says so for that project', async () => {
    const a = projet('a');
    const { store } = creer({ lister: vi.fn().mockResolvedValue([a]), detail: vi.fn().mockRejectedValue(new HttpErrorResponse({ status: 500 })) });
    await stabiliser();
    expect(store.projets()).toHaveLength(1);
    expect(store.erreursAnalyse().get('a')).toBe('Analyse du projet indisponible.');
  });
});
