import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lireAplDrees } from '../../backend/src/acces/apl/lecture-apl-drees';
import { CorrespondanceCog } from '../../backend/src/common/cog/correspondance-cog';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/** Rows of the official file and legal populations of the reference package, read independently of the importer. */
const officiel = lireAplDrees(readFileSync(path.resolve(__dirname, '../../geo-data/acces/apl-mg-drees-2022-2023.xlsx')), 'officiel');
const ligne = (annee: number, code: string) => officiel.find((m) => m.annee === annee)!.lignes.find((l) => l.code === code)!;
const legale = (code: string) => CorrespondanceCog.referentiel().commune(code)!.population;

const CANTAL = ['15141', '15031', '15035', '15047', '15171'];

/**
 * Communes split after the DREES vintage: the four communes re-created in 2025 in the Cantal (no row of their own),
 * L'Oie, Sainte-Florence and Les Hauts-Talican (rows published with a population of 0). Their cards say what the APL
 * is, and the population of the former commune is shared, never shown as 0 beside an APL.
 */
describe('Communes scindées après le millésime de la DREES', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });
  const fiche = async (code: string, annee = 2023) => (await t.http().get(`/api/acces/commune/${code}?annee=${annee}`).expect(200)).body;

  it.each(['15031', '15035', '15047', '15171'])('%s (re-created in 2025) shows the APL published for Neussargues en Pinatelle, labelled', async (code) => {
    const f = await fiche(code);
    const parent = ligne(2023, '15141');
    expect(f.apl.valeur).toBe(parent.apl);
    expect(f.absence).toBeNull();
    expect(f.scission).toMatchObject({
      libelle: 'APL de la commune avant scission',
      communeAvant: { code: '15141', nom: 'Neussargues en Pinatelle' },
      populationAvant: 1653,
    });
    expect(f.scission.explication).toMatch(/ne publie pas d’APL 2023 pour .* faisait alors partie de Neussargues en Pinatelle \(15141\)/);
    expect(f.population.totale.valeur).toBeGreaterThan(0);
  });

  it('15141 no longer carries the 1,653 inhabitants of the former commune nouvelle: its legal share, said to be an estimate', async () => {
    const f = await fiche('15141');
    const total = CANTAL.reduce((s, c) => s + legale(c), 0);
    expect(f.population.totale.valeur).toBe(Math.round((1653 * legale('15141')) / total));
    expect(f.population.totale.valeur).toBeLessThan(1000);
    expect(f.scission).toMatchObject({ libelle: 'Population de la commune avant scission, répartie', populationEstimee: true });
    const parts = await Promise.all(CANTAL.map((c) => fiche(c)));
    expect(parts.reduce((s, p) => s + p.population.totale.valeur, 0)).toBe(1653);
  });

  it.each([
    ['85165', 2023, 'L’Oie'],
    ['85212', 2023, 'Sainte-Florence'],
    ['60694', 2023, 'Les Hauts-Talican'],
  ])('%s (%i) keeps its published APL and gets a share of the population instead of 0', async (code, annee) => {
    const f = await fiche(code, annee);
    expect(ligne(annee, code).populationTotale).toBe(0);
    expect(f.apl.valeur).toBe(ligne(annee, code).apl);
    expect(f.population.totale.valeur).toBeGreaterThan(300);
    expect(f.scission.libelle).toBe('APL de la commune avant scission');
    expect(f.scission.explication).toMatch(/sans aucun habitant/);
  });

  it('2022: L’Oie has no row and takes the APL published for Essarts en Bocage', async () => {
    const f = await fiche('85165', 2022);
    expect(f.apl.valeur).toBe(ligne(2022, '85084').apl);
    expect(f.scission).toMatchObject({ communeAvant: { code: '85084' } });
  });

  it('leaves the totals of the département as the DREES counts them', async () => {
    const dep = (await t.http().get('/api/acces/departement/85?annee=2023').expect(200)).body;
    const sources = officiel.find((m) => m.annee === 2023)!.lignes.filter((l) => l.code.startsWith('85'));
    expect(dep.population.totale.valeur).toBe(sources.reduce((s, l) => s + l.populationTotale, 0));
  });

  it('every commune with inhabitants and an APL has a population (none shown as 0)', async () => {
    const carte = (await t.http().get('/api/acces/communes?indicateur=apl&annee=2023').expect(200)).body.valeurs as Record<string, number | null>;
    for (const code of ['15031', '15035', '15047', '15171', '85165', '85212', '60694']) expect(carte[code]).toEqual(expect.any(Number));
  });
});
