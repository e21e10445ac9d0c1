import { ReponseEligibilite } from '../aides.service';
import { pageEligibilite } from './page-eligibilite';

const reponse = {
  date: '2026-03-01',
  commune: { code: '23096', nom: 'Guéret <script>alert(1)</script>', departement: '23', region: '75', regionNom: 'Nouvelle-Aquitaine', epci: null },
  demande: { commune: '23096', date: '2026-03-01', situation: 'installation', secteur: 'secteur-1' },
  zonage: {
    medecin: {
      classe: 'ZIP',
      version: { id: 1, libelle: 'Zonage', region: null, arrete: null, dateArrete: null, debut: '2024-01-01', fin: null, source: 'CartoSanté' },
    },
    infirmier: { classe: null, version: null },
    medecinInstallation: null,
    qpv: [],
    ruralite: { frr: null, zrr: null, source: '' },
  },
  catalogue: { version: '2026.11', publieLe: '2026-11-26', versionPublieeALaDate: null, verification: null, aidesLocales: 0 },
  avertissements: ['La date de l’arrêté de zonage médecins applicable n’est pas connue'],
  aides: [
    {
      id: 'a',
      nom: 'Aide A',
      statut: 'eligible',
      montant: { valeur: 10000, min: 10000, max: 10000, periodicite: 'unique', libelle: '10 000 €' },
      financeur: { type: 'assurance-maladie', nom: 'CPAM' },
      nature: 'aide-forfaitaire',
      description: 'desc',
      duree: null,
      validite: { debut: '2026-01-01', fin: null },
      territoire: null,
      criteres: [
        { libelle: 'En ZIP', statut: 'rempli', raison: 'commune classée ZIP', sourceRegle: { libelle: 'ameli', url: null }, sourceFait: 'CartoSanté' },
      ],
      aPreciser: [],
      demarches: [],
      sources: [{ libelle: 'PAPS', url: 'https://example.org/"x', consulteLe: '2026-11-26' }],
    },
  ],
  horsPeriode: [{ id: 'caim', nom: 'CAIM', validite: { debut: null, fin: '2025-12-31' }, motif: 'Plus ouverte.', sources: [] }],
  autresPublics: [],
  total: { eligibles: [{ periodicite: 'unique', min: 10000, max: 10000, aides: ['a'] }], potentiel: [], nonChiffrees: [] },
} as unknown as ReponseEligibilite;

describe('pageEligibilite', () => {
  const html = pageEligibilite(reponse, '2026-11-26 13:00 UTC');
  it('is a French, script-free page with print CSS', () => {
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('@media print');
    expect(html).not.toContain('<script>');
  });
  it('escapes every value coming from data', () => {
    expect(html).toContain('Guéret &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('href="https://example.org/&quot;x"');
  });
  it('shows status, amount, reasons with sources, the total and the aids out of period', () => {
    expect(html).toContain('Éligible');
    expect(html).toContain('commune classée ZIP');
    expect(html).toContain('CartoSanté');
    expect(html).toMatch(/<strong>Aides éligibles<\/strong> : 10 000 € versement unique/);
    expect(html).toContain('CAIM</strong> — Plus ouverte.');
  });
});
