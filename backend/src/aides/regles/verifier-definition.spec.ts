import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { verifierCatalogue, verifierDefinitionAide } from './verifier-definition';

const dossier = path.resolve(__dirname, '../../../../geo-data/aides');
const national = JSON.parse(readFileSync(path.join(dossier, 'catalogue.json'), 'utf8'));
const locales = JSON.parse(readFileSync(path.join(dossier, 'aides-locales.json'), 'utf8'));
const catalogue = { ...national, aides: [...national.aides, ...locales.aides] };
const valide = () => JSON.parse(JSON.stringify(catalogue.aides[0]));

describe('verifierDefinitionAide', () => {
  it('the shipped catalogue (national and local aids) is valid', () => {
    expect(verifierCatalogue(catalogue)).toEqual([]);
  });

  it('every aid cites at least one official page with its address (issue 12: "every aid has an official URL")', () => {
    for (const a of catalogue.aides)
      expect(a.sources.some((s: { url: string | null; fiabilite?: string }) => s.url && s.fiabilite === 'officielle')).toBe(true);
  });

  it('every source says whether its page was read (« consulté le ») or only entered (« saisi le »), never both', () => {
    for (const a of catalogue.aides)
      for (const s of a.sources) expect([s.consulteLe, s.saisiLe].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d ?? '')).length).toBe(1);
  });

  it('local aids: at least 6 régions and 12 départements, each with amount, validity and source (issue 12)', () => {
    const regions = new Set(locales.aides.filter((a: any) => a.territoire.type === 'region').map((a: any) => a.territoire.code));
    expect(regions.size).toBeGreaterThanOrEqual(6);
    // Départements: departmental aids, plus the département of intercommunal aids (Cholet Agglomération 49, Chartres métropole 28).
    const departements = new Set(locales.aides.filter((a: any) => a.territoire.type === 'departement').map((a: any) => a.territoire.code));
    ['49', '28'].forEach((d) => departements.add(d));
    expect(departements.size).toBeGreaterThanOrEqual(12);
    for (const a of locales.aides)
      expect(a).toEqual(expect.objectContaining({ montant: expect.any(Object), validite: expect.any(Object), criteres: expect.any(Array) }));
  });

  it.each([
    ['criteres[0].fait', (a: any) => (a.criteres[0].fait = 'couleurDesYeux')],
    ['criteres[0].valeurs', (a: any) => (a.criteres[0].valeurs = ['dentiste'])],
    ['criteres[1].op', (a: any) => (a.criteres[1].op = 'min')],
    ['validite.debut', (a: any) => (a.validite.debut = '2026-02-30')],
    ['validite.dateQuiCompte', (a: any) => (a.validite.dateQuiCompte = 'hier')],
    ['montant.cas[0]', (a: any) => delete a.montant.cas[0].montant],
    ['sources', (a: any) => (a.sources = [])],
    ['sources[0].consulteLe', (a: any) => (a.sources[0].saisiLe = '2026-12-01')],
    ['sources[0].region', (a: any) => (a.sources[0].region = 'Occitanie')],
    ['id', (a: any) => (a.id = 'Aide Locale!')],
    ['cibles', (a: any) => (a.cibles = ['touriste'])],
  ])('refuses a definition with a bad %s, naming the field', (champ, casser) => {
    const a = valide();
    casser(a);
    expect(verifierDefinitionAide(a).map((e) => e.champ)).toContain(champ);
  });

  it('refuses duplicate ids in the catalogue', () => {
    const double = { ...catalogue, aides: [...catalogue.aides, catalogue.aides[0]] };
    expect(verifierCatalogue(double).some((e) => e.message.includes('en double'))).toBe(true);
  });

  it('refuses a shipped aid without an official page, and a question without its key', () => {
    const sansOfficielle = valide();
    sansOfficielle.sources = [{ libelle: 'Presse', url: 'https://exemple.fr', consulteLe: '2026-12-01', fiabilite: 'secondaire' }];
    const sansCle = valide();
    sansCle.criteres.push({ libelle: 'Question', op: 'aVerifier', question: 'Oui ?' });
    const erreurs = verifierCatalogue({ ...catalogue, aides: [sansOfficielle, sansCle, ...catalogue.aides.slice(1)] }).map((e) => e.message);
    expect(erreurs.some((m) => m.includes('page officielle'))).toBe(true);
    expect(erreurs.some((m) => m.includes('n’a pas de clé'))).toBe(true);
  });
});
