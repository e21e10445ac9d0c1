import { DataSource } from 'typeorm';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';

const PROJET = {
  nom: 'TEST MSP Toulouse <Minimes>',
  type: 'msp',
  etape: 'projet_sante',
  communeCode: '31555',
  porteurType: 'professionnels',
  porteurNom: 'SISA des Minimes',
  professionnels: [
    { profession: 'medecin_generaliste', nombre: 4 },
    { profession: 'infirmier', nombre: 3 },
  ],
  projetSanteValide: true,
  projetSanteDate: '2026-02-10',
  formeJuridique: 'sisa',
  planFinancement: [
    { aide: 'FIR', financeur: 'ARS Occitanie', montant: 50000, statut: 'accorde' },
    { aide: 'DETR', montant: 120000.5, statut: 'demande' },
  ],
  sites: [{ longitude: 1.434, latitude: 43.621 }],
  documents: [{ titre: 'Projet de santé', url: 'https://exemple.fr/projet.pdf' }],
  dateLancement: '2025-09-01',
  dateOuverturePrevue: '2027-01-01',
};

describe('Projets MSP / CPTS (PostGIS réel)', () => {
  let t: ApplicationDeTest;
  let porteur: string;
  let autrePorteur: string;
  let ars76: string;
  let ars84: string;
  let eluToulouse: string;
  let eluSaintEtienne: string;
  let admin: string;
  let id: string;

  beforeAll(async () => {
    t = await demarrerApplication();
    await t.app.get(DataSource).query(`DELETE FROM projet WHERE nom LIKE 'TEST %'`);
    porteur = await jetonPour(t, 'porteur');
    autrePorteur = await jetonPour(t, 'porteur', [{ type: 'commune', code: '42218' }]);
    ars76 = await jetonPour(t, 'ars');
    ars84 = await jetonPour(t, 'ars', [{ type: 'region', code: '84' }]);
    eluToulouse = await jetonPour(t, 'elu');
    eluSaintEtienne = await jetonPour(t, 'elu', [{ type: 'commune', code: '42218' }]);
    admin = await jetonPour(t, 'admin');
  });
  afterAll(async () => {
    await t.app.get(DataSource).query(`DELETE FROM projet WHERE nom LIKE 'TEST %'`);
    await t.fermer();
  });

  it('lets a project lead create a project it then owns', async () => {
    const res = await t.http().post('/api/projets').set(enTeteAuth(porteur)).send(PROJET).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({
      nom: PROJET.nom,
      communeNom: 'Toulouse',
      departementCode: '31',
      regionCode: '76',
      etape: 'projet_sante',
      sites: PROJET.sites,
    });
    expect(res.body.proprietaireId).toEqual(expect.any(String));
    expect(res.body.planFinancement).toHaveLength(2);
  });

  it('shows it to its owner, the ARS of the région, the élu of the commune, the admin — and to nobody else', async () => {
    for (const jeton of [porteur, ars76, eluToulouse, admin]) {
      const liste = await t.http().get('/api/projets').set(enTeteAuth(jeton)).expect(200);
      expect(liste.body.map((p: { id: string }) => p.id)).toContain(id);
      await t.http().get(`/api/projets/${id}`).set(enTeteAuth(jeton)).expect(200);
    }
    for (const jeton of [autrePorteur, ars84, eluSaintEtienne]) {
      const liste = await t.http().get('/api/projets').set(enTeteAuth(jeton)).expect(200);
      expect(liste.body.map((p: { id: string }) => p.id)).not.toContain(id);
      await t.http().get(`/api/projets/${id}`).set(enTeteAuth(jeton)).expect(403);
    }
    await t.http().get('/api/projets').expect(401);
  });

  it('lets the owner and the ARS of the région change it, not an élu nor another région', async () => {
    const res = await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(porteur)).send({ etape: 'montage_juridique' }).expect(200);
    expect(res.body).toMatchObject({ etape: 'montage_juridique', nom: PROJET.nom, professionnels: PROJET.professionnels });
    await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(ars76)).send({ etape: 'financement' }).expect(200);
    await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(eluToulouse)).send({ etape: 'idee' }).expect(403);
    await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(ars84)).send({ etape: 'idee' }).expect(403);
    await t.http().patch(`/api/projets/${id}`).set(enTeteAuth(autrePorteur)).send({ etape: 'idee' }).expect(403);
    await t
      .http()
      .post('/api/projets')
      .set(enTeteAuth(ars76))
      .send({ ...PROJET, nom: 'TEST hors région', communeCode: '42218' })
      .expect(403);
    await t.http().post('/api/projets').set(enTeteAuth(eluToulouse)).send(PROJET).expect(403);
  });

  it.each([
    [{ communeCode: '99999' }, 'communeCode'],
    [{ communeCode: 'abc' }, 'communeCode'],
    [{ etape: 'termine' }, 'etape'],
    [{ type: 'hopital' }, 'type'],
    [{ projetSanteValide: false }, 'projetSanteDate'],
    [{ planFinancement: [{ aide: 'FIR', montant: -5, statut: 'accorde' }] }, 'planFinancement.0.montant'],
    [{ documents: [{ titre: 'x', url: 'javascript:alert(1)' }] }, 'documents.0.url'],
    [
      {
        professionnels: [
          { profession: 'infirmier', nombre: 1 },
          { profession: 'infirmier', nombre: 2 },
        ],
      },
      'professionnels',
    ],
    [{ dateOuverture: '2020-01-01' }, 'dateOuverture'],
    [{ proprietaireId: '00000000-0000-0000-0000-000000000000' }, 'proprietaireId'],
  ])('refuses %j (400 naming the field)', async (extra, champ) => {
    const res = await t
      .http()
      .post('/api/projets')
      .set(enTeteAuth(porteur))
      .send({ ...PROJET, nom: 'TEST invalide', ...extra })
      .expect(400);
    expect(res.body.details.map((d: { champ: string }) => d.champ)).toContain(champ);
  });

  it('warns of overlapping projects within 20 minutes (Blagnac), not of far ones (Luchon)', async () => {
    const blagnac = await t
      .http()
      .post('/api/projets')
      .set(enTeteAuth(ars76))
      .send({ ...PROJET, nom: 'TEST CPTS Blagnac', type: 'cpts', communeCode: '31069' })
      .expect(201);
    await t
      .http()
      .post('/api/projets')
      .set(enTeteAuth(ars76))
      .send({ ...PROJET, nom: 'TEST MSP Luchon', communeCode: '31042' })
      .expect(201);
    const res = await t.http().get(`/api/projets/${id}`).set(enTeteAuth(ars76)).expect(200);
    expect(res.body.voisins.chevauchement).toBe(true);
    const noms = res.body.voisins.projets.map((v: { nom: string }) => v.nom);
    expect(noms).toContain('TEST CPTS Blagnac');
    expect(noms).not.toContain('TEST MSP Luchon');
    const v = res.body.voisins.projets.find((p: { id: string }) => p.id === blagnac.body.id);
    expect(v.minutes).toBeGreaterThan(0);
    expect(v.minutes).toBeLessThanOrEqual(20);
    expect(res.body.voisins.methode).toMatch(/trajet|vol d’oiseau/);
    expect(res.body.besoin).toHaveProperty('disponible');
  });

  it('exports the visible projects as CSV', async () => {
    const res = await t.http().get('/api/projets/export.csv').set(enTeteAuth(eluToulouse)).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lignes = res.text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lignes[0]).toMatch(/^id;nom;type;etape;commune_code/);
    expect(lignes.some((l) => l.includes('TEST MSP Toulouse <Minimes>') && l.includes(';170000,5;50000;'))).toBe(true);
    expect(lignes.some((l) => l.includes('Blagnac'))).toBe(false);
    // each line carries the project's analysis, as the « Projets » tab shows it
    const entetes = lignes[0].split(';');
    for (const colonne of ['apl_zone', 'verdict_circulaire_2010', 'delta_apl_simule', 'chevauchement']) expect(entetes).toContain(colonne);
    const ligne = lignes.find((l) => l.includes('TEST MSP Toulouse <Minimes>'))!.split(';');
    expect(ligne[entetes.indexOf('apl_zone')]).toMatch(/^\d+,\d+$/);
    expect(ligne[entetes.indexOf('verdict_circulaire_2010')]).toMatch(/^(Zone|Accès|Indéterminé)/);
    expect(['oui', 'non']).toContain(ligne[entetes.indexOf('chevauchement')]);
  });

  it('renders a printable sheet with escaped text', async () => {
    const res = await t.http().get(`/api/projets/${id}/fiche`).set(enTeteAuth(porteur)).expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('TEST MSP Toulouse &lt;Minimes&gt;');
    expect(res.text).toContain('Attention : 1 projet à moins de 20 minutes pourrait');
  });

  it('audits changes with before/after, and deletes', async () => {
    const journal = await t.http().get('/api/audit').query({ ressource: 'projet', ressourceId: id }).set(enTeteAuth(ars76)).expect(200);
    expect(journal.body.entrees.map((e: { action: string }) => e.action)).toEqual(['modification', 'modification', 'creation']);
    expect(journal.body.entrees[1]).toMatchObject({ avant: { etape: 'projet_sante' }, apres: { etape: 'montage_juridique' } });
    await t.http().delete(`/api/projets/${id}`).set(enTeteAuth(porteur)).expect(204);
    await t.http().get(`/api/projets/${id}`).set(enTeteAuth(admin)).expect(404);
    await t.http().get('/api/projets/pas-un-uuid').set(enTeteAuth(admin)).expect(400);
  });
});
