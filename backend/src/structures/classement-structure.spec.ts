import { natureCentreDeSante, trancheAci, typeDepuisFiness } from './classement-structure';
import { codeInseeFiness, sridFiness } from './lecture-finess';

describe('classement des structures FINESS', () => {
  it('maps categories 603, 124, 604 and drops the others', () => {
    expect(typeDepuisFiness('603', 'MSP DE SAINT-GAUDENS')).toBe('msp');
    expect(typeDepuisFiness('603', 'MSP POLE DE SANTE DE L’ARROS')).toBe('psp');
    expect(typeDepuisFiness('124', 'CDS MUNICIPAL')).toBe('cds');
    expect(typeDepuisFiness('604', 'CPTS DU COMMINGES')).toBe('cpts');
    expect(typeDepuisFiness('101', 'CHR')).toBeNull();
  });
  it('tells medical centres from dental, nursing and eye centres by their name', () => {
    expect(natureCentreDeSante('CDS OPHTALMO ET MEDICAL CARCASSONNE')).toBe('medical');
    expect(natureCentreDeSante('CABINET DENT MUTUALISTE MILLAU UDSMA')).toBe('dentaire');
    expect(natureCentreDeSante('CTRE SOINS INF LA BASTIDE SUR L’HERS')).toBe('infirmier');
    expect(natureCentreDeSante('CSI ALTRIANE RODEZ')).toBe('infirmier');
    expect(natureCentreDeSante('CENTRE ACCES VISION NARBONNE')).toBe('ophtalmologique');
    expect(natureCentreDeSante('CDS DU RÉQUISTANAIS')).toBe('non précisée');
  });
  it.each([
    [39_999, '< 40 000'],
    [40_000, '40 000 – 80 000'],
    [80_000, '80 000 – 175 000'],
    [175_000, '80 000 – 175 000'],
    [175_001, '> 175 000'],
  ])('puts a CPTS of %i inhabitants in the ACI band %s', (pop, tranche) => {
    expect(trancheAci(pop)).toBe(tranche);
  });
});

describe('codes et projections FINESS', () => {
  it('rebuilds INSEE codes, Corsica and DROM included', () => {
    expect(codeInseeFiness('31', '555')).toBe('31555');
    expect(codeInseeFiness('2A', '004')).toBe('2A004');
    expect(codeInseeFiness('9D', '411')).toBe('97411');
    expect(codeInseeFiness('9F', '611')).toBe('97611');
    expect(codeInseeFiness('31', '55')).toBeNull();
  });
  it('reads the projection from sourcegeocod, else from the département', () => {
    expect(sridFiness('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93', '31')).toBe(2154);
    expect(sridFiness('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_N20', '971')).toBe(5490);
    expect(sridFiness('1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,UTM_S40', '974')).toBe(2975);
    expect(sridFiness('', '976')).toBe(4471);
    expect(sridFiness('', '973')).toBe(2972);
  });
});
