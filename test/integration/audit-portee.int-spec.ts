import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

const projet = (nom: string, communeCode: string) => ({ nom, type: 'msp', communeCode, porteurType: 'professionnels', porteurNom: 'SISA de test' });

describe('Journal d’audit : lectures limitées comme les ressources, calculs hors du journal (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let base: DataSource;
  let admin: string;
  let ars76: string;
  let ars84: string;
  const crees: string[] = [];

  beforeAll(async () => {
    t = await demarrerApplication();
    base = t.app.get(DataSource);
    admin = await jetonPour(t, 'admin');
    ars76 = await jetonPour(t, 'ars');
    ars84 = await jetonPour(t, 'ars', [{ type: 'region', code: '84' }]);
  });
  afterAll(async () => {
    for (const id of crees) await t.http().delete(`/api/projets/${id}`).set(enTeteAuth(admin));
    await t.fermer();
  });

  const journal = (jeton: string, query: Record<string, string>) => t.http().get('/api/audit').query(query).set(enTeteAuth(jeton)).expect(200);

  it('lets an ARS planner read its région’s project entries only, never another région’s project data', async () => {
    const toulouse = (await t.http().post('/api/projets').set(enTeteAuth(admin)).send(projet('MSP audit Toulouse', '31555')).expect(201)).body.id;
    const lyon = (await t.http().post('/api/projets').set(enTeteAuth(admin)).send(projet('MSP audit Lyon', '69123')).expect(201)).body.id;
    crees.push(toulouse, lyon);
    expect((await journal(ars76, { ressource: 'projet', ressourceId: toulouse })).body.total).toBe(1);
    const fuite = await journal(ars76, { ressource: 'projet', ressourceId: lyon });
    expect(fuite.body).toMatchObject({ total: 0, entrees: [] });
    expect(JSON.stringify((await journal(ars76, { ressource: 'projet' })).body)).not.toContain('MSP audit Lyon');
    expect((await journal(ars84, { ressource: 'projet', ressourceId: lyon })).body.total).toBe(1);
    expect((await journal(admin, { ressource: 'projet', ressourceId: lyon })).body.total).toBe(1);
  });

  it('hides a project moved out of the région from its former planner (both communes must be in scope)', async () => {
    const id = (await t.http().post('/api/projets').set(enTeteAuth(admin)).send(projet('MSP audit déménagée', '31555')).expect(201)).body.id;
    crees.push(id);
    await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(admin)).send({ communeCode: '69123' }).expect(200);
    const entrees = (await journal(ars76, { ressource: 'projet', ressourceId: id })).body.entrees;
    expect(entrees.map((e: { action: string }) => e.action)).toEqual(['creation']);
  });

  it('keeps accounts’ entries and personal data (e-mails, IPs) for administrators', async () => {
    await t
      .http()
      .post('/api/comptes')
      .set(enTeteAuth(admin))
      .send({ email: `audit-portee-${Date.now()}@maillage.test`, role: 'porteur' })
      .expect(201);
    expect((await journal(ars76, { ressource: 'compte' })).body.total).toBe(0);
    expect((await journal(ars76, { ressource: 'auth' })).body.total).toBe(0);
    expect((await journal(admin, { ressource: 'compte' })).body.total).toBeGreaterThan(0);
    const vues = (await journal(ars76, { ressource: 'projet' })).body.entrees as { utilisateurEmail: unknown; ip: unknown; utilisateurId: unknown }[];
    expect(vues.length).toBeGreaterThan(0);
    expect(vues.every((e) => e.utilisateurEmail === null && e.ip === null && typeof e.utilisateurId === 'string')).toBe(true);
    const parAdmin = (await journal(admin, { ressource: 'projet' })).body.entrees as { utilisateurEmail: unknown }[];
    expect(parAdmin.some((e) => typeof e.utilisateurEmail === 'string')).toBe(true);
  });

  it('writes no audit row for anonymous computations (eligibility, simulation, selection) and counts them instead', async () => {
    const [{ n: avant }] = await base.query(`SELECT count(*)::int AS n FROM journal_audit`);
    await t
      .http()
      .post('/api/acces/selection')
      .send({ communes: ['31555'] })
      .expect(200);
    await t
      .http()
      .post('/api/aides/eligibilite')
      .send({ situation: 'installation', profession: 'medecin-generaliste', premiereInstallation: true, commune: '23096', date: '2026-03-01' })
      .expect(200);
    const [{ n: apres }] = await base.query(`SELECT count(*)::int AS n FROM journal_audit`);
    expect(apres).toBe(avant);
    const calculs = (await t.http().get('/api/audit/calculs').set(enTeteAuth(ars76)).expect(200)).body;
    expect(calculs.routes).toContainEqual(expect.objectContaining({ route: 'POST /api/acces/selection', anonymes: 1 }));
    await t.http().get('/api/audit/calculs').expect(401);
  });
});
