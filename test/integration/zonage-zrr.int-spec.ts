import { DataSource } from 'typeorm';
import { ZonageService } from '../../backend/src/zonage/zonage.service';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

interface Signalement {
  ligne?: number;
  champ: string;
  valeur?: unknown;
  message: string;
}

/**
 * ZRR flags come from the ANCT list by INSEE code (arrêté du 16 mars 2017 modifié), not from the ZRR column of the
 * CartoSanté export, which was attached by commune name alone (each row repeated once per homonym of France). The
 * zonage médecins export keyed by postcode and name is joined to INSEE codes by the importer, which reports the
 * rows it skips or doubts with their line numbers.
 */
describe('ZRR et jointure code postal + nom de l’export de zonage médecins', () => {
  let t: ApplicationDeTest;
  let zonage: ZonageService;
  let bilan: (jeu: string) => Promise<Signalement[]>;
  beforeAll(async () => {
    t = await demarrerApplication();
    zonage = t.app.get(ZonageService);
    const ds = t.app.get(DataSource);
    bilan = async (jeu) => ((await ds.query(`SELECT ignorees FROM jeu_de_donnees WHERE code = $1`, [jeu]))[0]?.ignorees ?? []) as Signalement[];
  });
  afterAll(async () => {
    await t.fermer();
  });

  it.each([
    ['93066', 'Saint-Denis'],
    ['92007', 'Bagneux'],
    ['92020', 'Châtillon'],
    ['93078', 'Villepinte'],
    ['94034', 'Fresnes'],
    ['17274', 'Périgny'],
  ])('%s %s (urban) is not in a ZRR', async (code) => {
    const r = await zonage.ruralite(code);
    expect(r.zrr).toBe('NC');
    expect(r.source).toContain('ANCT');
  });

  it('keeps the ZRR of rural homonyms (Saint-Denis 11, Bagneux 36, Périgny 41) and of Foix', async () => {
    await expect(zonage.ruralite('11339')).resolves.toMatchObject({ zrr: 'C' });
    await expect(zonage.ruralite('36011')).resolves.toMatchObject({ zrr: 'C' });
    await expect(zonage.ruralite('09122')).resolves.toMatchObject({ zrr: 'C' });
  });

  it('reports the export rows repeated for homonyms with different ZRR, with their line numbers', async () => {
    const signalements = await bilan('zonage-medecins');
    const saintDenis = signalements.find((s) => s.champ === 'Zonage_RR' && s.valeur === '93200 Saint-Denis');
    expect(saintDenis).toBeDefined();
    expect(saintDenis!.ligne).toEqual(expect.any(Number));
    expect(saintDenis!.message).toMatch(/répétée 4 fois .*C, NC, P.*homonymes/);
  });

  it('still classes the named communes from their own rows (zonage médecins)', async () => {
    await expect(zonage.classeCommune('medecin', '93066', '2026-03-01')).resolves.toMatchObject({ classe: 'ZIP' });
    await expect(zonage.classeCommune('medecin', '17274', '2026-03-01')).resolves.toMatchObject({ classe: 'HZ' });
    await expect(zonage.classeCommune('medecin', '92020', '2026-03-01')).resolves.toMatchObject({ classe: 'ZAC' });
  });

  it('joins communes merged or renamed since 2024 by their 2024 name, and reports rows it cannot place', async () => {
    const signalements = await bilan('zonage-medecins');
    // Pargny-Filain (02589, 2024 name of a commune merged in 2025) is found through the 2024 names of the reconciliation
    expect(signalements.some((s) => /Pargny-Filain/.test(s.message) && /non chargée/.test(s.message))).toBe(false);
    for (const s of signalements.filter((x) => /non chargée/.test(x.message))) expect(s.ligne).toEqual(expect.any(Number));
  });

  it('gives the four communes re-created in 2025 the class published for Neussargues en Pinatelle, and says so', async () => {
    const parent = await zonage.classeCommune('medecin', '15141', '2026-03-01');
    expect(parent.classe).toBe('ZIP');
    for (const code of ['15031', '15035', '15047', '15171']) {
      await expect(zonage.classeCommune('medecin', code, '2026-03-01')).resolves.toMatchObject({ classe: 'ZIP' });
    }
    const signalements = await bilan('zonage-medecins');
    expect(signalements.some((s) => s.valeur === '15035' && /Neussargues en Pinatelle/.test(s.message))).toBe(true);
  });
});
