import { demandesAidesProjet } from './aides-projet';
import { Projet } from './projets.repository';

const base = {
  type: 'msp',
  communeCode: '81105',
  porteurType: 'professionnels',
  formeJuridique: 'sisa',
  projetSanteValide: true,
  professionnels: [
    { profession: 'medecin_generaliste', nombre: 3 },
    { profession: 'infirmier', nombre: 2 },
    { profession: 'pharmacien', nombre: 1 },
  ],
} as unknown as Projet;

describe('questions posées au guichet des aides par un projet', () => {
  it('asks as an MSP structure with its team, SISA and health project', () => {
    expect(demandesAidesProjet(base, '2026-03-01', null)).toEqual([
      {
        commune: '81105',
        date: '2026-03-01',
        situation: 'structure',
        typeProjet: 'msp',
        structure: { medecinsGeneralistes: 3, autresProfessionnels: 3, formeJuridique: 'sisa', projetDeSante: true, projetDeSanteValide: true },
      },
    ]);
  });

  it('also asks as a collectivité when one carries the project, and maps PSP to MSP and other forms to « autre »', () => {
    const d = demandesAidesProjet({ ...base, type: 'psp', porteurType: 'collectivite', formeJuridique: 'spl' }, '2026-03-01', null);
    expect(d.map((x) => x.situation)).toEqual(['structure', 'collectivite']);
    expect(d.every((x) => x.typeProjet === 'msp' && x.structure?.formeJuridique === 'autre')).toBe(true);
  });

  it('leaves the team unknown when none is entered (criteria « à confirmer », not « non éligible »)', () => {
    const [d] = demandesAidesProjet({ ...base, professionnels: [], formeJuridique: null }, '2026-03-01', null);
    expect(d.structure).toEqual({ projetDeSante: true, projetDeSanteValide: true });
  });

  it('gives a CPTS its covered population (ACI size band) and a centre de santé its aid type', () => {
    expect(demandesAidesProjet({ ...base, type: 'cpts' }, '2026-03-01', 61234)[0]).toMatchObject({
      typeProjet: 'cpts',
      structure: { populationCouverte: 61234 },
    });
    expect(demandesAidesProjet({ ...base, type: 'centre_sante' }, '2026-03-01', null)[0].typeProjet).toBe('centre-de-sante');
  });
});
