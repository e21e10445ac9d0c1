import { describe, expect, it } from 'vitest';
import { ecrireScenario, lireScenario } from './scenario-url';
import { Changement } from './simulation';

describe('scenario in the URL', () => {
  const scenario: Changement[] = [
    { type: 'ouverture_msp', commune: '23030', nombre: 3 },
    { type: 'ajout_medecins', commune: '2A004', nombre: 2 },
    { type: 'retrait_medecins', commune: '42218', nombre: 1 },
    { type: 'depart_retraite', territoire: 'departement:42' },
  ];

  it('writes every kind of change in a short form and reads the same scenario back', () => {
    const texte = ecrireScenario(scenario);
    expect(texte).toBe('msp.23030.3,ajout.2A004.2,retrait.42218.1,retraite.departement.42');
    expect(lireScenario(texte)).toEqual(scenario);
  });

  it('writes nothing for an empty scenario', () => {
    expect(ecrireScenario([])).toBeNull();
    expect(lireScenario(null)).toBeNull();
  });

  it('refuses a whole link when one change is not valid', () => {
    for (const texte of [
      'msp.23030',
      'msp.23030.0',
      'msp.23030.201',
      'msp.23030.2.5',
      'ajout.23030.x',
      'inconnu.23030.1',
      'retraite.pays.FR',
      'msp.23030.3,',
    ]) {
      expect(lireScenario(texte)).toBeNull();
    }
  });
});
