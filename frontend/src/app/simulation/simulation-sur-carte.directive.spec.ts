import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { CarteService } from '../carte/carte.service';
import { COUCHE_SIMULATION_DELTA } from '../carte/couches/simulation-delta.couche';
import { ResultatSimulation } from './simulation';
import { SimulationClient } from './simulation.client';
import { SimulationSurCarteDirective } from './simulation-sur-carte.directive';
import { SimulationStore } from './simulation.store';
import { TerritoiresClient } from '../territoires/territoires.client';

const carte = { definirEtats: vi.fn(), definirCouche: vi.fn(), retirerCouche: vi.fn() };

@Component({
  imports: [SimulationSurCarteDirective],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  providers: [{ provide: CarteService, useValue: carte }],
  template: `<mlg-carte mlgSimulationSurCarte />`,
})
class Hote {}

const resultat = { communes: [{ code: '42259', delta: 0.135 }] } as unknown as ResultatSimulation;

describe('SimulationSurCarteDirective', () => {
  it('draws ΔAPL as feature-states above the indicator, and removes the layer on reset', async () => {
    carte.definirEtats.mockClear();
    TestBed.configureTestingModule({
      providers: [
        { provide: SimulationClient, useValue: { simuler: vi.fn().mockResolvedValue(resultat) } },
        { provide: TerritoiresClient, useValue: { fiche: vi.fn() } },
      ],
    });
    const fixture = TestBed.createComponent(Hote);
    const store = TestBed.inject(SimulationStore);
    await fixture.whenStable();
    expect(carte.retirerCouche).toHaveBeenLastCalledWith(COUCHE_SIMULATION_DELTA);

    store.ajouter({ type: 'ouverture_msp', commune: '42259', nombre: 3, nomLieu: 'Saint-Martin-la-Plaine' });
    await store.lancer();
    await fixture.whenStable();
    expect(carte.definirCouche).toHaveBeenLastCalledWith(
      expect.objectContaining({ ordre: 11, specification: expect.objectContaining({ id: COUCHE_SIMULATION_DELTA }) }),
    );
    expect(carte.definirEtats).toHaveBeenLastCalledWith('communes', 'communes', 'delta', new Map([['42259', 0.135]]));

    store.reinitialiser();
    await fixture.whenStable();
    expect(carte.retirerCouche).toHaveBeenLastCalledWith(COUCHE_SIMULATION_DELTA);
    expect(carte.definirEtats).toHaveBeenLastCalledWith('communes', 'communes', 'delta', new Map());
  });
});
