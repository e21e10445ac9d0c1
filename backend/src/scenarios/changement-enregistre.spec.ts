import { normaliserChangements, referencesDesChangements } from './changement-enregistre';

describe('normaliserChangements', () => {
  it('keeps the fields each type of change uses', () => {
    const { changements, erreurs } = normaliserChangements([
      { type: 'ouverture_msp', commune: '23031', nombre: 3, consultations: 10, ageMin: 65 },
      { type: 'depart_retraite', territoire: 'departement:42', commune: '42218', nombre: 2 },
      { type: 'ajout_consultations', commune: '42218', consultations: 5000, nombre: 1 },
    ]);
    expect(erreurs).toEqual([]);
    expect(changements).toEqual([
      { type: 'ouverture_msp', commune: '23031', nombre: 3 },
      { type: 'depart_retraite', territoire: 'departement:42' },
      { type: 'ajout_consultations', commune: '42218', consultations: 5000 },
    ]);
  });

  it('names what each change lacks', () => {
    const { erreurs } = normaliserChangements([
      { type: 'retrait_medecins', commune: '23031' },
      { type: 'depart_retraite' },
      { type: 'ajout_consultations', consultations: 1 },
    ]);
    expect(erreurs.map((e) => e.champ)).toEqual(['changements[0].nombre', 'changements[1].territoire', 'changements[2].commune']);
  });

  it('lists the places as type:code references, once each', () => {
    expect(
      referencesDesChangements([
        { type: 'ouverture_msp', commune: '23031', nombre: 3 },
        { type: 'ajout_medecins', commune: '23031', nombre: 1 },
        { type: 'depart_retraite', territoire: 'epci:200067049' },
      ]),
    ).toEqual(['commune:23031', 'epci:200067049']);
  });
});
