import { TestBed } from '@angular/core/testing';
import { HttpErrorResponse } from '@angular/common/http';
import { describe, expect, it, vi } from 'vitest';
import { CommuneSimulee, ResultatSimulation } from './simulation';
import { SimulationClient } from './simulation.client';
import { SimulationStore } from './simulation.store';
import { TerritoiresClient } from '../territoires/territoires.client';

const commune = (
  code: string,
  delta: number,
  classeAvant: CommuneSimulee['classeAvant'],
  classeApres: CommuneSimulee['classeApres'],
  population = 1000,
): CommuneSimulee => ({
  code,
  nom: `Commune ${code}`,
  aplAvant: 2,
  aplApres: 2 + delta,
  delta,
  population,
  classeAvant,
  classeApres,
});

const resultat = (communes: CommuneSimulee[]): ResultatSimulation => ({
  annee: 2023,
  mode: 'incremental',
  source: { libelle: 'DREES', millesime: '2023' },
  hypotheses: { consultationsParMedecin: 5400, modeleTrajet: { facteurDetour: 1.3, vitesseKmh: 60, approximation: '…' } },
  communes,
  franchissements: [],
  territoires: [],
  avertissements: [],
});

function creer(simuler: SimulationClient['simuler'], fiche: TerritoiresClient['fiche'] = vi.fn()) {
  TestBed.configureTestingModule({
    providers: [
      { provide: SimulationClient, useValue: { simuler, parametres: vi.fn() } },
      { provide: TerritoiresClient, useValue: { fiche } },
    ],
  });
  return TestBed.inject(SimulationStore);
}

describe('SimulationStore', () => {
  it('sends the scenario without the screen-only fields, and maps ΔAPL by INSEE code for the map', async () => {
    const simuler = vi
      .fn()
      .mockResolvedValue(resultat([commune('42259', 0.135, 'sous_dotee', 'sous_dotee'), commune('42036', 0.135, 'sous_dotee', 'fragile_menacee')]));
    const store = creer(simuler);
    store.ajouter({ type: 'ouverture_msp', commune: '42259', nombre: 3, nomLieu: 'Saint-Martin-la-Plaine' });
    store.ajouter({ type: 'depart_retraite', territoire: 'epci:244200770', nomLieu: 'Saint-Étienne Métropole' });
    await store.lancer();

    expect(simuler).toHaveBeenCalledWith([
      { type: 'ouverture_msp', commune: '42259', nombre: 3 },
      { type: 'depart_retraite', territoire: 'epci:244200770' },
    ]);
    expect(store.deltasParCode().get('42259')).toBe(0.135);
    expect(store.changementsDeClasse().map((c) => c.code)).toEqual(['42036']);
    expect(store.resultatPerime()).toBe(false);
  });

  it('lists the communes changing class most populated first', async () => {
    const store = creer(
      vi
        .fn()
        .mockResolvedValue(
          resultat([
            commune('A', 0.1, 'fragile', 'suffisante', 200),
            commune('B', 0.1, 'suffisante', 'suffisante', 9000),
            commune('C', -0.1, 'fragile', 'sous_dotee', 5000),
          ]),
        ),
    );
    store.ajouter({ type: 'ajout_medecins', commune: '42259', nombre: 1, nomLieu: 'X' });
    await store.lancer();
    expect(store.changementsDeClasse().map((c) => c.code)).toEqual(['C', 'A']);
  });

  it('marks the result stale when the scenario is edited after the run', async () => {
    const store = creer(vi.fn().mockResolvedValue(resultat([])));
    store.ajouter({ type: 'ajout_medecins', commune: '42259', nombre: 1, nomLieu: 'X' });
    await store.lancer();
    const id = store.changements()[0].id;
    store.modifierNombre(id, 4);
    expect(store.changements()[0].nombre).toBe(4);
    expect(store.resultatPerime()).toBe(true);
    store.modifierNombre(id, 1);
    expect(store.resultatPerime()).toBe(false);
  });

  it('refuses to run an empty scenario without calling the API', async () => {
    const simuler = vi.fn();
    const store = creer(simuler);
    await store.lancer();
    expect(simuler).not.toHaveBeenCalled();
    expect(store.erreur()).toMatch(/au moins un changement/);
  });

  it('shows the API’s French message when the scenario is refused', async () => {
    const erreur = new HttpErrorResponse({ status: 400, error: { message: 'Scénario invalide : commune 97611 sans APL (Mayotte…)' } });
    const store = creer(vi.fn().mockRejectedValue(erreur));
    store.ajouter({ type: 'ouverture_msp', commune: '97611', nombre: 3, nomLieu: 'Mamoudzou' });
    await store.lancer();
    expect(store.erreur()).toContain('97611 sans APL');
    expect(store.resultat()).toBeNull();
    expect(store.enCours()).toBe(false);
  });

  it('keeps only the answer to the latest run', async () => {
    let resoudreLente!: (r: ResultatSimulation) => void;
    const lente = new Promise<ResultatSimulation>((ok) => (resoudreLente = ok));
    const store = creer(
      vi
        .fn()
        .mockReturnValueOnce(lente)
        .mockResolvedValueOnce(resultat([commune('NEUF', 1, 'fragile', 'suffisante')])),
    );
    store.ajouter({ type: 'ajout_medecins', commune: '42259', nombre: 1, nomLieu: 'X' });
    const premiere = store.lancer();
    await store.lancer();
    resoudreLente(resultat([commune('ANCIEN', 1, 'fragile', 'suffisante')]));
    await premiere;
    expect([...store.deltasParCode().keys()]).toEqual(['NEUF']);
  });

  it('reset empties the scenario and the map values', async () => {
    const store = creer(vi.fn().mockResolvedValue(resultat([commune('42259', 0.1, 'sous_dotee', 'sous_dotee')])));
    store.ajouter({ type: 'ajout_medecins', commune: '42259', nombre: 1, nomLieu: 'X' });
    await store.lancer();
    store.reinitialiser();
    expect(store.changements()).toEqual([]);
    expect(store.resultat()).toBeNull();
    expect(store.deltasParCode().size).toBe(0);
  });

  it('opens a scenario from a link: its places named once their cards arrive, run when asked, and kept in step with the URL', async () => {
    const simuler = vi.fn().mockResolvedValue(resultat([commune('23031', 2, 'fragile_menacee', 'suffisante')]));
    const fiche = vi.fn((type: string, code: string) => Promise.resolve({ nom: type === 'commune' ? `Commune ${code}` : 'Loire' }));
    const store = creer(simuler, fiche as unknown as TerritoiresClient['fiche']);
    expect(store.resultatDemande()).toBe(false);
    await store.ouvrir(
      [
        { type: 'ouverture_msp', commune: '23031', nombre: 3 },
        { type: 'depart_retraite', territoire: 'departement:42' },
      ],
      true,
    );
    expect(store.changements().map((c) => c.nomLieu)).toEqual(['Commune 23031', 'Loire']);
    expect(simuler).toHaveBeenCalledWith([
      { type: 'ouverture_msp', commune: '23031', nombre: 3 },
      { type: 'depart_retraite', territoire: 'departement:42' },
    ]);
    expect(store.resultatDemande()).toBe(true);
    store.modifierNombre(store.changements()[0].id, 4);
    expect(store.resultatDemande()).toBe(false);
  });

  it('hides the result but keeps the scenario (Back to the view before « Lancer »)', async () => {
    const store = creer(vi.fn().mockResolvedValue(resultat([commune('1', 1, 'fragile', 'suffisante')])));
    store.ajouter({ type: 'ajout_medecins', commune: '1', nombre: 1, nomLieu: 'Un' });
    await store.lancer();
    store.effacerResultat();
    expect(store.resultat()).toBeNull();
    expect(store.resultatDemande()).toBe(false);
    expect(store.changements()).toHaveLength(1);
  });
});
