import { celluleCsv, projetsEnCsv } from './export-csv';
import { Projet } from './projets.repository';

describe('export CSV des projets', () => {
  it('neutralises formulas (CSV injection) and quotes separators', () => {
    expect(celluleCsv('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(celluleCsv('+33 1 23')).toBe(`'+33 1 23`);
    expect(celluleCsv('MSP; Nord')).toBe('"MSP; Nord"');
    expect(celluleCsv(-12.5)).toBe('-12,5');
    expect(celluleCsv(null)).toBe('');
  });

  it('writes a header, one line per project, totals of the funding plan', () => {
    const projet = {
      id: 'a',
      nom: 'MSP',
      type: 'msp',
      etape: 'idee',
      communeCode: '31555',
      communeNom: 'Toulouse',
      departementCode: '31',
      porteurType: 'collectivite',
      porteurNom: 'Commune',
      professionnels: [{ profession: 'infirmier', nombre: 2 }],
      projetSanteValide: false,
      projetSanteDate: null,
      formeJuridique: null,
      dateLancement: null,
      dateOuverturePrevue: null,
      dateOuverture: null,
      planFinancement: [
        { aide: 'FIR', montant: 1000, statut: 'accorde' },
        { aide: 'DETR', montant: 500.5, statut: 'demande' },
      ],
    } as unknown as Projet;
    const lignes = projetsEnCsv([projet]).replace('\uFEFF', '').trim().split('\r\n');
    expect(lignes).toHaveLength(2);
    expect(lignes[0].split(';')).toContain('financement_accorde_eur');
    expect(lignes[1]).toContain(';infirmier:2;non;;;1500,5;1000;');
  });
});
