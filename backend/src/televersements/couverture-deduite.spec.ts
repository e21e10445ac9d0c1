import { departementsDesPerimetres, perimetresDepuisDepartements } from './couverture-deduite';

const NOUVELLE_AQUITAINE = ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'];

describe('couverture déduite des départements présents dans un fichier', () => {
  it('a file with every département of Nouvelle-Aquitaine covers the région', () => {
    expect(perimetresDepuisDepartements(NOUVELLE_AQUITAINE)).toEqual([{ niveau: 'region', code: '75' }]);
  });
  it('a file with only Creuse and Corrèze covers those two départements, not the région', () => {
    expect(perimetresDepuisDepartements(['23', '19'])).toEqual([
      { niveau: 'departement', code: '19' },
      { niveau: 'departement', code: '23' },
    ]);
  });
  it('a file with every département is national', () => {
    const tous = departementsDesPerimetres([{ niveau: 'national' }]);
    expect(tous).toHaveLength(101);
    expect(perimetresDepuisDepartements(tous)).toEqual([{ niveau: 'national' }]);
  });
  it('an ARS account’s scope clips a national file to its région', () => {
    const tous = departementsDesPerimetres([{ niveau: 'national' }]);
    expect(perimetresDepuisDepartements(tous, undefined, { regions: ['76'], departements: [] })).toEqual([{ niveau: 'region', code: '76' }]);
  });
  it('ignores codes that are not départements of the COG', () => {
    expect(perimetresDepuisDepartements(['99', '975'])).toEqual([]);
  });
});
