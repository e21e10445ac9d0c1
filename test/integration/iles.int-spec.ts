import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';

/**
 * Islands in the travel model: no pair between two landmasses (touching commune polygons, joined by bridges) unless a
 * ferry crossing of geo-data/acces/liaisons-maritimes.csv makes the whole trip fit in the 20-minute reach.
 */
describe('Îles : paires de communes entre masses terrestres', () => {
  let t: ApplicationDeTest;
  let paire: (o: string, d: string) => Promise<number | null>;
  let destinations: (o: string) => Promise<string[]>;
  beforeAll(async () => {
    t = await demarrerApplication();
    const ds = t.app.get(DataSource);
    paire = async (o, d) => {
      const rows: { minutes: number }[] = await ds.query(`SELECT minutes FROM trajet WHERE origine_code = $1 AND destination_code = $2`, [o, d]);
      return rows[0]?.minutes ?? null;
    };
    destinations = async (o) =>
      (await ds.query(`SELECT destination_code AS d FROM trajet WHERE origine_code = $1 ORDER BY 1`, [o])).map((r: { d: string }) => r.d);
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('Terre-de-Bas (Les Saintes) no longer reaches Basse-Terre, nor Trois-Rivières (30-minute crossing), nor Terre-de-Haut', async () => {
    await expect(paire('97130', '97105')).resolves.toBeNull();
    await expect(paire('97105', '97130')).resolves.toBeNull();
    await expect(paire('97130', '97132')).resolves.toBeNull();
    await expect(paire('97130', '97131')).resolves.toBeNull();
    await expect(destinations('97130')).resolves.toEqual(['97130']);
  });

  it('Île-aux-Moines no longer reaches Vannes, but reaches Baden by the 5-minute crossing from Port-Blanc', async () => {
    await expect(paire('56087', '56260')).resolves.toBeNull();
    const baden = await paire('56087', '56008');
    expect(baden).not.toBeNull();
    expect(baden!).toBeGreaterThan(5);
    expect(baden!).toBeLessThanOrEqual(20);
    await expect(paire('56008', '56087')).resolves.toBeCloseTo(baden!, 4);
  });

  it('keeps islands joined by a bridge on the mainland (Île de Ré, Oléron, Noirmoutier)', async () => {
    await expect(paire('17297', '17300')).resolves.not.toBeNull(); // Rivedoux-Plage – La Rochelle
    await expect(paire('17093', '17058')).resolves.not.toBeNull(); // Le Château-d'Oléron – Bourcefranc-le-Chapus
    await expect(paire('85011', '85012')).resolves.not.toBeNull(); // Barbâtre – La Barre-de-Monts
  });

  it('links the communes of one island to each other (Belle-Île) but not to the mainland (45-minute crossing)', async () => {
    await expect(paire('56152', '56241')).resolves.not.toBeNull(); // Le Palais – Sauzon
    const belleIle = await destinations('56152');
    expect(belleIle.every((c) => ['56009', '56114', '56152', '56241'].includes(c))).toBe(true);
    await expect(destinations('85113')).resolves.toEqual(['85113']); // L'Île-d'Yeu: 30-minute crossing
  });

  it('adds the short crossings: Île-de-Batz – Roscoff (15 min), Petite-Terre – Mamoudzou (barge, 15 min)', async () => {
    const batz = await paire('29082', '29239');
    expect(batz).toBeGreaterThanOrEqual(15);
    expect(batz).toBeLessThanOrEqual(20);
    await expect(paire('97608', '97611')).resolves.not.toBeNull();
  });
});
