import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { assurerCompteDeTest, enTeteAuth, jetonPour } from '../support/auth';

const BOUSSAC = { nom: 'TEST MSP à Boussac', changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 3 }] };
const LOIRE = {
  nom: 'TEST Départs dans la Loire',
  changements: [
    { type: 'depart_retraite', territoire: 'departement:42' },
    { type: 'ajout_medecins', commune: '42218', nombre: 2 },
  ],
};

describe('Scénarios de simulation enregistrés par un compte (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let base: DataSource;
  let elu: string;
  let autreElu: string;
  let admin: string;
  let idElu: string;

  beforeAll(async () => {
    t = await demarrerApplication();
    base = t.app.get(DataSource);
    await base.query(`DELETE FROM scenario_simulation WHERE nom LIKE 'TEST %'`);
    elu = await jetonPour(t, 'elu');
    autreElu = await jetonPour(t, 'elu', [{ type: 'commune', code: '42218' }]);
    admin = await jetonPour(t, 'admin');
    idElu = await assurerCompteDeTest(t.app, 'elu');
  });
  afterAll(async () => {
    await base.query(`DELETE FROM scenario_simulation WHERE nom LIKE 'TEST %'`);
    await t.fermer();
  });

  it('saves a scenario under a name for the account, lists it and reopens it with the same changes', async () => {
    const cree = await t.http().post('/api/scenarios').set(enTeteAuth(elu)).send(BOUSSAC).expect(201);
    expect(cree.body).toEqual({
      id: expect.any(String),
      nom: BOUSSAC.nom,
      changements: BOUSSAC.changements,
      creeLe: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const [ligne] = await base.query(`SELECT utilisateur_id, changements FROM scenario_simulation WHERE id = $1`, [cree.body.id]);
    expect(ligne).toEqual({ utilisateur_id: idElu, changements: BOUSSAC.changements });

    const second = await t.http().post('/api/scenarios').set(enTeteAuth(elu)).send(LOIRE).expect(201);
    const liste = await t.http().get('/api/scenarios').set(enTeteAuth(elu)).expect(200);
    expect(liste.body.filter((s: { nom: string }) => s.nom.startsWith('TEST ')).map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([cree.body.id, second.body.id]),
    );
    const rouvert = await t.http().get(`/api/scenarios/${second.body.id}`).set(enTeteAuth(elu)).expect(200);
    expect(rouvert.body).toMatchObject({ nom: LOIRE.nom, changements: LOIRE.changements });
    // The reopened changes run as they are.
    const simulation = await t.http().post('/api/acces/simulation').send({ changements: rouvert.body.changements }).expect(200);
    expect(simulation.body.communes.length).toBeGreaterThan(0);
  });

  it('keeps only the fields of each change, the name trimmed', async () => {
    const res = await t
      .http()
      .post('/api/scenarios')
      .set(enTeteAuth(elu))
      .send({ nom: '  TEST   nettoyé  ', changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 2, consultations: 9000, ageMin: 65 }] })
      .expect(201);
    expect(res.body).toMatchObject({ nom: 'TEST nettoyé', changements: [{ type: 'ouverture_msp', commune: '23031', nombre: 2 }] });
  });

  it('scopes scenarios to their account: another account neither lists, opens nor deletes them (404, not 403)', async () => {
    const [{ id }] = await base.query(`SELECT id FROM scenario_simulation WHERE nom = $1`, [BOUSSAC.nom]);
    const liste = await t.http().get('/api/scenarios').set(enTeteAuth(autreElu)).expect(200);
    expect(liste.body.map((s: { id: string }) => s.id)).not.toContain(id);
    const ouvert = await t.http().get(`/api/scenarios/${id}`).set(enTeteAuth(autreElu)).expect(404);
    expect(ouvert.body).toMatchObject({ code: 'INTROUVABLE', message: 'Scénario introuvable parmi les vôtres.' });
    await t.http().delete(`/api/scenarios/${id}`).set(enTeteAuth(autreElu)).expect(404);
    // Even an administrator reads other accounts' scenarios through the audit log only.
    await t.http().get(`/api/scenarios/${id}`).set(enTeteAuth(admin)).expect(404);
    const [{ n }] = await base.query(`SELECT count(*)::int AS n FROM scenario_simulation WHERE id = $1`, [id]);
    expect(n).toBe(1);
    // The same name is free for another account.
    await t.http().post('/api/scenarios').set(enTeteAuth(autreElu)).send(BOUSSAC).expect(201);
  });

  it('refuses a second scenario of the same name in the account, whatever its case (409)', async () => {
    const res = await t
      .http()
      .post('/api/scenarios')
      .set(enTeteAuth(elu))
      .send({ ...BOUSSAC, nom: BOUSSAC.nom.toUpperCase() })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'CONFLIT', details: [{ champ: 'nom' }] });
    expect(res.body.message).toContain('Vous avez déjà un scénario nommé');
  });

  it('refuses incomplete or unknown changes, naming the field, and stores nothing', async () => {
    const avant = (await base.query(`SELECT count(*)::int AS n FROM scenario_simulation`))[0].n;
    const sansNombre = await t
      .http()
      .post('/api/scenarios')
      .set(enTeteAuth(elu))
      .send({ nom: 'TEST incomplet', changements: [{ type: 'ajout_medecins', commune: '23031' }] })
      .expect(400);
    expect(sansNombre.body.details).toEqual([expect.objectContaining({ champ: 'changements[0].nombre' })]);
    const inconnu = await t
      .http()
      .post('/api/scenarios')
      .set(enTeteAuth(elu))
      .send({ nom: 'TEST inconnu', changements: [{ type: 'depart_retraite', territoire: 'departement:99' }] })
      .expect(400);
    expect(inconnu.body.message).toContain('departement:99');
    const vide = await t.http().post('/api/scenarios').set(enTeteAuth(elu)).send({ nom: 'TEST vide', changements: [] }).expect(400);
    expect(vide.body.details).toEqual([expect.objectContaining({ champ: 'changements' })]);
    const nomVide = await t.http().post('/api/scenarios').set(enTeteAuth(elu)).send({ nom: '   ', changements: BOUSSAC.changements }).expect(400);
    expect(nomVide.body.details).toEqual([expect.objectContaining({ champ: 'nom' })]);
    await t.http().post('/api/scenarios').send(BOUSSAC).expect(401);
    await t.http().get('/api/scenarios').expect(401);
    expect((await base.query(`SELECT count(*)::int AS n FROM scenario_simulation`))[0].n).toBe(avant);
  });

  it('renames a scenario of the account with the rule of saving: unique name whatever its case, not empty, own scenarios only', async () => {
    const [{ id }] = await base.query(`SELECT id FROM scenario_simulation WHERE nom = $1 AND utilisateur_id = $2`, [BOUSSAC.nom, idElu]);
    const renomme = await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(elu)).send({ nom: '  TEST MSP   de Boussac ' }).expect(200);
    expect(renomme.body).toMatchObject({ id, nom: 'TEST MSP de Boussac', changements: BOUSSAC.changements });
    const liste = await t.http().get('/api/scenarios').set(enTeteAuth(elu)).expect(200);
    expect(liste.body.find((s: { id: string }) => s.id === id)).toMatchObject({ nom: 'TEST MSP de Boussac' });
    // Its own name in another case is not a conflict.
    await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(elu)).send({ nom: 'TEST MSP DE BOUSSAC' }).expect(200);
    const doublon = await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(elu)).send({ nom: LOIRE.nom.toLowerCase() }).expect(409);
    expect(doublon.body).toMatchObject({ code: 'CONFLIT', details: [{ champ: 'nom' }] });
    expect(doublon.body.message).toBe(`Vous avez déjà un scénario nommé « ${LOIRE.nom.toLowerCase()} » : choisissez un autre nom ou supprimez l’ancien.`);
    const vide = await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(elu)).send({ nom: '  ' }).expect(400);
    expect(vide.body.details).toEqual([expect.objectContaining({ champ: 'nom' })]);
    await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(autreElu)).send({ nom: 'TEST volé' }).expect(404);
    await t.http().patch(`/api/scenarios/${id}`).send({ nom: 'TEST anonyme' }).expect(401);
    const [ligne] = await base.query(`SELECT nom FROM scenario_simulation WHERE id = $1`, [id]);
    expect(ligne.nom).toBe('TEST MSP DE BOUSSAC');
    const journal = await t.http().get('/api/audit').query({ ressource: 'scenario', ressourceId: id }).set(enTeteAuth(admin)).expect(200);
    expect(journal.body.entrees[0]).toMatchObject({ action: 'modification', avant: { nom: 'TEST MSP de Boussac' }, apres: { nom: 'TEST MSP DE BOUSSAC' } });
    await t.http().patch(`/api/scenarios/${id}`).set(enTeteAuth(elu)).send({ nom: BOUSSAC.nom }).expect(200);
  });

  it('deletes a scenario of the account, and audits creation and deletion with the scenario (read by administrators)', async () => {
    const [{ id }] = await base.query(`SELECT id FROM scenario_simulation WHERE nom = $1 AND utilisateur_id = $2`, [LOIRE.nom, idElu]);
    await t.http().delete(`/api/scenarios/${id}`).set(enTeteAuth(elu)).expect(204);
    await t.http().get(`/api/scenarios/${id}`).set(enTeteAuth(elu)).expect(404);
    await t.http().delete(`/api/scenarios/${id}`).set(enTeteAuth(elu)).expect(404);
    const journal = await t.http().get('/api/audit').query({ ressource: 'scenario', ressourceId: id }).set(enTeteAuth(admin)).expect(200);
    expect(journal.body.entrees.map((e: { action: string }) => e.action)).toEqual(['suppression', 'creation']);
    expect(journal.body.entrees[1]).toMatchObject({ avant: null, apres: { nom: LOIRE.nom, changements: LOIRE.changements } });
    expect(journal.body.entrees[0]).toMatchObject({ avant: { nom: LOIRE.nom }, apres: null });
    // Personal: an ARS planner reads none of it.
    const ars = await jetonPour(t, 'ars');
    const lu = await t.http().get('/api/audit').query({ ressource: 'scenario', ressourceId: id }).set(enTeteAuth(ars)).expect(200);
    expect(lu.body.entrees).toEqual([]);
  });
});
