import { celluleCsv, projetsEnCsv } from './export-csv';
import { Projet } from './projets.repository';
import type { AnalyseProjet } from './projets.service';

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
    expect(lignes[1]).toContain(';2 infirmiers;non;;;1500,5;1000;');
    expect(lignes[1]).toContain(';Maison de santé pluriprofessionnelle;Idée;');
    expect(lignes[1]).not.toMatch(/medecin_generaliste|collectivite;/);
  });

  it('carries the analysis of each project: APL, verdict, simulated ΔAPL and overlap', () => {
    const projet = {
      id: 'b',
      nom: 'MSP de Boussac',
      type: 'msp',
      etape: 'projet_sante',
      communeCode: '23031',
      professionnels: [{ profession: 'medecin_generaliste', nombre: 3 }],
      planFinancement: [],
    } as unknown as Projet;
    const analyse = {
      besoin: {
        disponible: true,
        indicateurs: { commune: { apl: { valeur: 2.58 }, annee: 2023 }, zone: null },
        verdict: { libelle: 'Zone fragile (cible de la circulaire)' },
      },
      impact: {
        disponible: true,
        commune: { deltaApl: 2.08, aplApres: 4.66, classeAvant: 'fragile_menacee', classeApres: 'suffisante' },
        populationAuDessusDe4: { population: 1200 },
      },
      voisins: { chevauchement: true, projets: [{}, {}], alerte: 'Un autre projet à 12 minutes' },
    } as unknown as AnalyseProjet;
    const [entete, ligne] = projetsEnCsv([projet], new Map([['b', analyse]]))
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n');
    const cellules = Object.fromEntries(entete.split(';').map((nom, i) => [nom, ligne.split(';')[i]]));
    expect(cellules).toMatchObject({
      professionnels: '3 médecins généralistes',
      apl_commune: '2,58',
      apl_zone: '2,58',
      millesime_apl: '2023',
      verdict_circulaire_2010: 'Zone fragile (cible de la circulaire)',
      delta_apl_simule: '2,08',
      apl_apres_projet: '4,66',
      classe_avant: 'Fragile, menacée par les départs (2,5 ≤ APL < 4 et APL des moins de 65 ans < 2,5)',
      classe_apres: 'Accès suffisant (APL ≥ 4)',
      habitants_passant_au_dessus_de_4: '1200',
      chevauchement: 'oui',
      projets_voisins_20_min: '2',
      alerte_chevauchement: 'Un autre projet à 12 minutes',
    });
  });
});
