import { lireActivite } from './lecture-activite';
import { offreDepuisActivite } from './offre-depuis-activite';

const sites = [
  { identifiantPp: '10000000001', communeCode: '23096' },
  { identifiantPp: '10000000002', communeCode: '23096' },
  { identifiantPp: '10000000002', communeCode: '23176' }, // two practice sites: activity shared
  { identifiantPp: '10000000003', communeCode: '23176' },
  { identifiantPp: '10000000004', communeCode: '23176' },
  { identifiantPp: '10000000005', communeCode: '23001' }, // no activity line: left out
];

describe('offreDepuisActivite (supply from individual activity, DREES caps)', () => {
  it('counts 2,000 acts as 3,600, under 250 as 0, over 6,000 as 6,000, a new GP as 5,400, and splits multi-site GPs', () => {
    const activites = lireActivite(
      'identifiant_pp;actes;age;nouveau;centre_de_sante\n10000000001;2000;45;;\n10000000002;7000;67;;\n10000000003;200;50;;\n10000000004;0;30;oui;\n99999999999;4000;40;;\n',
      'activite.csv',
    );
    const r = offreDepuisActivite(sites, activites);
    const gueret = r.communes.find((c) => c.commune === '23096')!;
    const autre = r.communes.find((c) => c.commune === '23176')!;
    expect(gueret.consultations).toBe(3600 + 3000);
    expect(gueret.consultations65Plus).toBe(3000); // the GP aged 67, half of 6,000 here
    expect(autre.consultations).toBe(3000 + 0 + 5400);
    expect(autre.medecins65Plus).toBe(1);
    expect(r.plafonds).toEqual({ releves3600: 1, annules: 1, plafonnes6000: 1, imputes5400: 1, centresSansPlafond: 0 });
    expect(r.sansActivite).toBe(1);
    expect(r.sansSite).toEqual(['99999999999']);
  });

  it('leaves health-centre GPs uncapped', () => {
    const r = offreDepuisActivite(sites, lireActivite('identifiant_pp,actes,centre_de_sante\n10000000001,7500,1\n', 'a.csv'));
    expect(r.communes[0].consultations).toBe(7500);
    expect(r.plafonds.centresSansPlafond).toBe(1);
  });

  it('refuses a file with a bad line, naming the line and the field', () => {
    expect(() => lireActivite('identifiant_pp;actes\n10000000001;beaucoup\n', 'a.csv')).toThrow(/1 ligne invalide/);
    try {
      lireActivite('identifiant_pp;actes;age\n123;100;40\n10000000001;100;140\n', 'a.csv');
    } catch (e) {
      expect((e as { details: { ligne: number; champ: string }[] }).details.map((d) => [d.ligne, d.champ])).toEqual([
        [2, 'identifiant_pp'],
        [3, 'age'],
      ]);
    }
    expect(() => lireActivite('medecin;volume\n', 'a.csv')).toThrow(/colonnes requises absentes/);
  });
});
