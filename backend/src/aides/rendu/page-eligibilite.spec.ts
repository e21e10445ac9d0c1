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
      validite: {
        statut: 'perimee',
        finPresumee: '2025-12-29',
        motif: 'l’ARS Nouvelle-Aquitaine a arrêté un nouveau zonage médecins le 30 décembre 2025, qui n’est pas chargé',
        source: 'https://www.nouvelle-aquitaine.ars.sante.fr/le-zonage-des-medecins-en-nouvelle-aquitaine',
      },
    },
    infirmier: { classe: null, version: null },
    medecinInstallation: null,
    qpv: [],
    ruralite: { frr: null, zrr: null, source: '' },
  },
  catalogue: { version: '2026.11', publieLe: '2026-11-26', versionPublieeALaDate: null, verification: null, aidesLocales: 0 },
  aidesLocales: {
    recensees: 0,
    message: 'Aucune aide locale recensée ici (région, département, intercommunalité ou commune) : consultez le portail de l’ARS Nouvelle-Aquitaine.',
    ars: { region: '75', ars: 'ARS Nouvelle-Aquitaine', siteArs: null, paps: 'https://www.nouvelle-aquitaine.paps.sante.fr/', papsVerifie: true },
  },
  aidesAnterieures: [
    {
      code: 'autre-aide-installation-collectivite',
      libelle: 'aide à l’installation d’une commune',
      famille: 'installation',
      categorie: 'collectivite',
      date: '2020-05-01',
    },
  ],
  aLaDateInstallation: [],
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
      nonRemplis: [],
      aPreciser: [{ libelle: 'Secteur de garde', champ: 'reponses.secteur-garde-zip', question: 'Votre secteur de garde comprend-il une commune en ZIP ?' }],
      demarches: [],
      exclusions: [],
      sources: [
        { libelle: 'PAPS', url: 'https://example.org/"x', consulteLe: '2026-12-01', datePage: '2026-01-26' },
        { libelle: 'Légifrance', url: 'https://www.legifrance.gouv.fr/x', saisiLe: '2026-12-01' },
      ],
    },
    {
      id: 'b',
      nom: 'Aide B',
      statut: 'non-eligible',
      montant: { valeur: 3000, min: 3000, max: 3000, periodicite: 'unique', libelle: '3 000 €' },
      financeur: { type: 'assurance-maladie', nom: 'CPAM' },
      nature: 'aide-forfaitaire',
      description: 'desc B',
      duree: null,
      validite: { debut: '2026-01-01', fin: null },
      territoire: null,
      criteres: [
        { libelle: 'Cabinet secondaire', statut: 'non-rempli', raison: 'cabinet principal déclaré', sourceRegle: null, sourceFait: 'déclaration du demandeur' },
      ],
      nonRemplis: [{ libelle: 'Cabinet secondaire', raison: 'cabinet principal déclaré' }],
      aPreciser: [],
      demarches: [],
      exclusions: [],
      sources: [{ libelle: 'ameli', url: 'https://www.ameli.fr/x', consulteLe: '2026-12-01' }],
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
    expect(html).toMatch(/<strong>Aides éligibles<\/strong>\u00a0: 10 000 € versement unique/);
    expect(html).toContain('CAIM</strong> — Plus ouverte.');
  });
  it('shows the zonage version and its validity: outdated, with its presumed end, the reason and the ARS page (issue 12)', () => {
    expect(html).toContain('version périmée à cette date');
    expect(html).toContain('fin présumée le 29 décembre 2025');
    expect(html).toContain('30 décembre 2025');
    expect(html).toContain('href="https://www.nouvelle-aquitaine.ars.sante.fr/le-zonage-des-medecins-en-nouvelle-aquitaine"');
  });
  it('names the failed criterion of a « non éligible » aid', () => {
    expect(html).toMatch(/Critère non rempli\u00a0:<\/strong><ul><li>Cabinet secondaire — cabinet principal déclaré/);
  });
  it('says « consulté le » only for pages read, « saisi le » otherwise, with the page’s own date', () => {
    expect(html).toContain('page du 26 janvier 2026, consulté le 1er décembre 2026');
    expect(html).toContain('saisi le 1er décembre 2026, page non relue');
  });
  it('French typography: a non-breaking space before « : ; ? ! », never a sign alone at the start of a line', () => {
    const corps = html.slice(html.indexOf('<body>'));
    expect(corps).not.toMatch(/ [:;?!]/);
    expect(corps).toContain('Votre secteur de garde comprend-il une commune en ZIP\u00a0?');
  });
  it('says « aucune aide locale recensée ici » with the région’s ARS portal', () => {
    expect(html).toContain('Aucune aide locale recensée ici');
    expect(html).toContain('href="https://www.nouvelle-aquitaine.paps.sante.fr/"');
  });
  it('shows no internal names: no field names, enum values or file names in what people read', () => {
    const texte = html.replace(/<[^>]+>/g, ' ');
    for (const interne of ['reponses.', 'secteur-garde-zip', 'autre-aide-installation', 'dansQpv', 'consulteLe', 'aides.md', 'champ '])
      expect(texte).not.toContain(interne);
    expect(texte).toContain('aide à l’installation d’une commune (1er mai 2020)');
  });
});
