import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it, vi } from 'vitest';
import { csvProspective } from './note-prospective';
import { HypothesesProspective, ResultatProspective } from './prospective';
import { ProspectiveClient } from './prospective.client';
import { ProspectiveStore } from './prospective.store';
import { ecrireChoix, lireChoix, parametresProspective } from './prospective-url';

const hypothese = (titre: string) => ({ titre, description: `${titre} (description)`, leviers: [] });
const hypotheses = {
  version: '2026.12',
  publieLe: '2026-12-01',
  anneeReference: 2026,
  horizons: [
    { annees: 5, annee: 2031 },
    { annees: 10, annee: 2036 },
  ],
  etude: { libelle: 'étude', verification: 'non retrouvée' },
  cadre: { titre: 'Cadre', description: 'commun', leviers: [] },
  enjeux: [1, 2].map((numero) => ({
    numero,
    titre: `Enjeu ${numero}`,
    question: '?',
    observee: 'B',
    cible: 'A',
    hypotheses: { A: hypothese('A'), B: hypothese('B'), C: hypothese('C') },
  })),
  leviers: [
    {
      code: 'docteursJuniors',
      libelle: 'Docteurs juniors',
      unite: 'médecins',
      statut: 'publie',
      justification: '3 700',
      effet: '',
      sources: [{ libelle: 'Sénat', url: 'https://www.senat.fr/q', ceQueDitLaPage: '3 700', consulteLe: '2026-12-01' }],
    },
  ],
  offre: null,
  annee: 2023,
} as unknown as HypothesesProspective;

const horizon = (annee: number, apl: number) => ({
  annee,
  apl,
  aplMoins65: apl - 0.5,
  classe: 'fragile',
  populationSous2_5: 100,
  populationSous4: 1000,
  populationTotale: 2000,
});
const resultat: ResultatProspective = {
  territoire: { type: 'departement', code: '23', nom: 'Creuse', communes: 2 },
  annee: 2023,
  anneeReference: 2026,
  source: { libelle: 'Projection Maillage', millesime: '2023' },
  offre: { libelle: 'offre estimée à partir de l’APL publiée — modèle de distance', estimee: true },
  aujourdhui: horizon(2026, 3),
  scenarios: {
    observe: {
      hypotheses: [{ numero: 1, titre: 'Enjeu 1', lettre: 'C', hypothese: 'Le salariat domine' }],
      horizons: [horizon(2031, 2.8), horizon(2036, 2.6)],
    },
    cible: {
      hypotheses: [{ numero: 1, titre: 'Enjeu 1', lettre: 'A', hypothese: 'L’exercice libéral <réinventé>' }],
      horizons: [horizon(2031, 3.5), horizon(2036, 4.2)],
    },
  },
  ecarts: [],
  leviers: [
    {
      code: 'activiteParMedecin',
      libelle: 'Activité',
      unite: 'part',
      statut: 'hypothese',
      enjeu: 1,
      horizons: [{ annees: 5, observe: -0.07, cible: 0, ecartApl: 0.18 }],
    },
  ],
  enjeux: [],
  communes: [
    { code: '23096', nom: 'Guéret', population: 12000, apl: 3.1, horizons: [{ annees: 5, observe: 2.9, cible: 3.6, classeObserve: null, classeCible: null }] },
  ],
  carte: {
    horizons: [
      { annees: 5, observe: [2.8, null, 1], cible: [3.1, 2, 1] },
      { annees: 10, observe: [2.5, 1, 1], cible: [3.5, 2, 1] },
    ],
  },
  classes: { fragile: 'Fragile (2,5 ≤ APL < 4)' },
  avertissements: ['Temps de trajet approchés.'],
};

function creer(scenarios = vi.fn().mockResolvedValue(resultat)) {
  TestBed.configureTestingModule({
    providers: [
      {
        provide: ProspectiveClient,
        useValue: {
          hypotheses: vi.fn().mockResolvedValue(hypotheses),
          codesCommunes: vi.fn().mockResolvedValue({ codes: ['23096', '23176', '97611'] }),
          scenarios,
        },
      },
    ],
  });
  return { store: TestBed.inject(ProspectiveStore), scenarios };
}

describe('ProspectiveStore', () => {
  it('starts from each issue’s observed and target hypotheses, sends the choices and the territory, and asks for the map', async () => {
    const { store, scenarios } = creer();
    await store.charger();
    expect(store.observe()).toEqual({ 1: 'B', 2: 'B' });
    store.choisir('observe', 1, 'C');
    await store.lancer({ type: 'departement', code: '23', nom: 'Creuse' });
    expect(scenarios).toHaveBeenCalledWith({
      territoire: 'departement:23',
      observe: { hypotheses: { 1: 'C', 2: 'B' } },
      cible: { hypotheses: { 1: 'A', 2: 'A' } },
      carte: true,
    });
    expect(store.resultatPerime()).toBe(false);
    store.choisir('cible', 2, 'C');
    expect(store.resultatPerime()).toBe(true);
  });

  it('maps the shown horizon and series by INSEE code: gap by default, a scenario’s APL on demand, nothing where a value is missing', async () => {
    const { store } = creer();
    await store.charger();
    await store.lancer(null);
    expect([...store.valeursCarte()]).toEqual([
      ['23096', expect.closeTo(0.3, 9)],
      ['97611', 0],
    ]);
    store.horizon.set(10);
    store.serie.set('cible');
    expect(store.valeursCarte().get('23176')).toBe(2);
    expect(store.anneeAffichee()).toBe(2036);
  });

  it('shows the API’s French message when the computation is refused', async () => {
    const refus = new HttpErrorResponse({ status: 400, error: { message: 'observe.hypotheses.1 doit valoir A, B ou C' } });
    const { store } = creer(vi.fn().mockRejectedValue(refus));
    await store.charger();
    await store.lancer(null);
    expect(store.erreur()).toBe('observe.hypotheses.1 doit valoir A, B ou C');
    expect(store.enCours()).toBe(false);
  });
});

describe('the prospective choices in the URL', () => {
  it('writes one letter per issue in order and reads back only strings of A, B or C', () => {
    expect(ecrireChoix({ 2: 'A', 1: 'C', 3: 'B' })).toBe('CAB');
    expect(lireChoix('cab')).toEqual({ 1: 'C', 2: 'A', 3: 'B' });
    expect(ecrireChoix({ 1: 'C', 3: 'B' })).toBeNull();
    expect(ecrireChoix(null)).toBeNull();
    for (const faux of ['', 'CAD', 'C,A', null]) expect(lireChoix(faux)).toBeNull();
  });

  it('leaves the study’s hypotheses out of the URL and keeps a link’s choices that arrive before the hypotheses', async () => {
    const { store } = creer();
    const [observe, cible, horizonUrl, calcul] = parametresProspective(store);
    observe.appliquer('CA', new Map());
    horizonUrl.appliquer('10', new Map());
    calcul.appliquer('oui', new Map());
    expect(observe.valeur()).toBe('CA');
    await store.charger();
    expect(store.observe()).toEqual({ 1: 'C', 2: 'A' });
    expect(store.cible()).toEqual({ 1: 'A', 2: 'A' });
    expect(cible.valeur()).toBeNull();
    expect([observe.valeur(), horizonUrl.valeur(), calcul.valeur()]).toEqual(['CA', '10', 'oui']);
    expect(store.calculEnAttente()).toBe(true);
    observe.appliquer(null, new Map());
    expect(store.observe()).toEqual({ 1: 'B', 2: 'B' });
    expect(observe.valeur()).toBeNull();
  });

  it('marks the computation in the URL until a hypothesis changes, and puts the result away when the URL drops it', async () => {
    const { store } = creer();
    const calcul = parametresProspective(store)[3];
    await store.charger();
    await store.lancer(null);
    expect(calcul.valeur()).toBe('oui');
    store.choisir('cible', 1, 'B');
    expect(calcul.valeur()).toBeNull();
    await store.lancer(null);
    calcul.appliquer(null, new Map());
    expect(store.resultat()).toBeNull();
    expect(store.calculEnAttente()).toBe(false);
  });
});

describe('CSV of the prospective', () => {
  it('writes the CSV with today, each scenario at each horizon, then one line per commune', () => {
    const lignes = csvProspective(resultat).split('\r\n');
    expect(lignes[0]).toBe('\uFEFFIndicateur;Aujourd’hui (2026);Observé 2031;Cible 2031;Observé 2036;Cible 2036');
    expect(lignes[1]).toBe('APL (consultations par an et par habitant);3;2,8;3,5;2,6;4,2');
    expect(lignes).toContain('Guéret;23096;12000;3,1;2,9;3,6');
  });
});
