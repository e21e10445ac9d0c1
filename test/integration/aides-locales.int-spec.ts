import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

/**
 * Local aids published through the API by authorised accounts, scoped to their territory
 * (test accounts: ARS Occitanie région 76, the mayor of Toulouse 31555). The aids created here are
 * test fixtures in the test database only, never shipped data.
 */
const suffixe = Date.now().toString(36);

function aideLocale(id: string, territoire: { type: string; code: string }, financeur = { type: 'commune', nom: 'Ville de Toulouse (aide de test)' }) {
  return {
    id,
    nom: 'Aide de test à l’installation',
    famille: 'installation',
    financeur,
    cibles: ['installation'],
    nature: 'aide-forfaitaire',
    description: 'Aide créée par les tests d’intégration.',
    montant: { type: 'fixe', montant: 2000, periodicite: 'unique' },
    duree: null,
    validite: { debut: '2026-01-01', fin: '2026-12-31' },
    territoire,
    criteres: [{ id: 'profession', libelle: 'Médecin généraliste', fait: 'profession', op: 'dans', valeurs: ['medecin-generaliste'] }],
    sources: [{ libelle: 'Délibération de test', url: null, consulteLe: '2026-11-26' }],
  };
}

describe('API aides — aides locales (écriture sous rôle et périmètre)', () => {
  let t: ApplicationDeTest;
  beforeAll(async () => {
    t = await demarrerApplication();
  });
  afterAll(async () => {
    await t.fermer();
  });

  const idToulouse = `test-toulouse-installation-${suffixe}`;

  it('refuses anonymous writes (401) and the porteur role (403)', async () => {
    await t
      .http()
      .post('/api/aides')
      .send(aideLocale(`test-anonyme-${suffixe}`, { type: 'commune', code: '31555' }))
      .expect(401);
    const porteur = await jetonPour(t, 'porteur');
    await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(porteur))
      .send(aideLocale(`test-porteur-${suffixe}`, { type: 'commune', code: '31555' }))
      .expect(403);
  });

  it('the mayor of Toulouse publishes the commune’s own aid; Toulouse then shows it eligible, Foix does not', async () => {
    const elu = await jetonPour(t, 'elu');
    const cree = await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(elu))
      .send(aideLocale(idToulouse, { type: 'commune', code: '31555' }))
      .expect(201);
    expect(cree.body).toMatchObject({ id: idToulouse, origine: 'locale', territoire: { type: 'commune', code: '31555' } });

    // Family "installation": the 10-year rule applies to local aids too, so previous aids must be stated.
    const demande = { situation: 'installation', profession: 'medecin-generaliste', date: '2026-03-01', aidesAnterieures: [] };
    const toulouse = await t
      .http()
      .post('/api/aides/eligibilite')
      .send({ ...demande, commune: '31555' })
      .expect(200);
    expect(toulouse.body.aides.find((a: { id: string }) => a.id === idToulouse)).toMatchObject({ statut: 'eligible', montant: { valeur: 2000 } });
    expect(toulouse.body.catalogue.aidesLocales).toBeGreaterThanOrEqual(1);
    const foix = await t
      .http()
      .post('/api/aides/eligibilite')
      .send({ ...demande, commune: '09122' })
      .expect(200);
    expect([...foix.body.aides, ...foix.body.horsPeriode].map((a: { id: string }) => a.id)).not.toContain(idToulouse);

    const liste = await t.http().get('/api/aides').query({ territoireType: 'commune', territoireCode: '31555', origine: 'locale' }).expect(200);
    expect(liste.body.aides.map((a: { id: string }) => a.id)).toContain(idToulouse);
  });

  it('an aid id is never reused (409)', async () => {
    const elu = await jetonPour(t, 'elu');
    const res = await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(elu))
      .send(aideLocale(idToulouse, { type: 'commune', code: '31555' }))
      .expect(409);
    expect(res.body.details[0].champ).toBe('id');
  });

  it('the mayor of Toulouse cannot publish for Foix (403), nor in the name of the State (403 on financeur.type)', async () => {
    const elu = await jetonPour(t, 'elu');
    await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(elu))
      .send(aideLocale(`test-foix-${suffixe}`, { type: 'commune', code: '09122' }))
      .expect(403);
    const etat = await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(elu))
      .send(aideLocale(`test-etat-${suffixe}`, { type: 'commune', code: '31555' }, { type: 'etat', nom: 'État' }))
      .expect(403);
    expect(etat.body.details[0].champ).toBe('financeur.type');
  });

  it('the ARS Occitanie publishes a regional aid for région 76, not for Hauts-de-France (32)', async () => {
    const ars = await jetonPour(t, 'ars');
    const financeur = { type: 'ars', nom: 'ARS Occitanie (aide de test)' };
    await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(ars))
      .send(aideLocale(`test-ars-76-${suffixe}`, { type: 'region', code: '76' }, financeur))
      .expect(201);
    await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(ars))
      .send(aideLocale(`test-ars-32-${suffixe}`, { type: 'region', code: '32' }, financeur))
      .expect(403);
  });

  it.each([
    ['criteres[0].fait', (a: any) => (a.criteres[0].fait = 'couleurDesYeux')],
    ['validite.fin', (a: any) => (a.validite.fin = '2026-02-30')],
    ['montant.montant', (a: any) => (a.montant.montant = -5)],
    ['territoire', (a: any) => (a.territoire = null)],
    ['sources', (a: any) => (a.sources = [])],
  ])('refuses an invalid definition with 400 naming %s', async (champ, casser) => {
    const admin = await jetonPour(t, 'admin');
    const a = aideLocale(`test-invalide-${suffixe}`, { type: 'commune', code: '31555' });
    casser(a);
    const res = await t.http().post('/api/aides').set(enTeteAuth(admin)).send(a).expect(400);
    expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
  });

  it('refuses an unknown territory with 400', async () => {
    const admin = await jetonPour(t, 'admin');
    const res = await t
      .http()
      .post('/api/aides')
      .set(enTeteAuth(admin))
      .send(aideLocale(`test-territoire-${suffixe}`, { type: 'commune', code: '99999' }))
      .expect(400);
    expect(res.body.details[0].champ).toBe('territoire.code');
  });
});
