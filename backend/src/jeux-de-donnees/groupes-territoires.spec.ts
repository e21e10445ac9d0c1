import { CommuneRattachee, indexerGroupes } from './groupes-territoires';

const COMMUNES: CommuneRattachee[] = [
  { code: '31555', region: '76', departement: '31', epci: '243100518' },
  { code: '31069', region: '76', departement: '31', epci: '243100518' },
  { code: '09122', region: '76', departement: '09', epci: '200066223' },
  // an EPCI across two départements (and two régions)
  { code: '01001', region: '84', departement: '01', epci: '200069193' },
  { code: '71001', region: '27', departement: '71', epci: '200069193' },
  { code: '97411', region: '04', departement: '974', epci: null },
];

describe('indexerGroupes', () => {
  const index = indexerGroupes(COMMUNES);
  const trier = (g: { region: string; departement: string }[] | undefined) =>
    [...(g ?? [])].sort((a, b) => (a.region + a.departement).localeCompare(b.region + b.departement));

  it('counts each territory’s communes by région and département, at each level', () => {
    expect(index.get('commune:31555')).toEqual([{ region: '76', departement: '31', communes: 1 }]);
    expect(index.get('epci:243100518')).toEqual([{ region: '76', departement: '31', communes: 2 }]);
    expect(trier(index.get('epci:200069193'))).toEqual([
      { region: '27', departement: '71', communes: 1 },
      { region: '84', departement: '01', communes: 1 },
    ]);
    expect(index.get('departement:31')).toEqual([{ region: '76', departement: '31', communes: 2 }]);
    expect(trier(index.get('region:76'))).toEqual([
      { region: '76', departement: '09', communes: 1 },
      { region: '76', departement: '31', communes: 2 },
    ]);
  });

  it('knows no territory without a commune, and no EPCI for a commune outside any', () => {
    expect(index.get('commune:99999')).toBeUndefined();
    expect(index.get('epci:null')).toBeUndefined();
    expect(index.get('region:04')).toEqual([{ region: '04', departement: '974', communes: 1 }]);
  });
});
