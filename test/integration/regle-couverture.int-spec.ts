import { DataSource } from 'typeorm';
import { CouvertureDonneesService } from '../../backend/src/jeux-de-donnees/couverture-donnees.service';
import { DeclarationCouverte } from '../../backend/src/jeux-de-donnees/reponse-couverte.decorator';
import { THEMES_DONNEES, ThemeCouverture } from '../../backend/src/jeux-de-donnees/themes-donnees';
import { ApplicationDeTest, demarrerApplication } from '../support/application';
import { enTeteAuth, jetonPour } from '../support/auth';
import { ecartsDansCouverture, ecartsHorsCouverture, ecartsPartiel, RouteDeclaree, routesDeclarees } from '../support/regle-couverture';

/**
 * Public routes that are neither reading datasets nor declared in their controller, reviewed here (infrastructure,
 * accounts). A new public route makes the first test fail until it is declared — `@ReponseCouverte(...)` when it
 * counts, lists or measures from a dataset, `@SansCouverture('raison')` otherwise — or listed here.
 */
const INFRASTRUCTURE = new Set([
  'get /api/sante',
  'get /api/auth/oidc',
  'get /api/auth/oidc/connexion',
  'get /api/auth/oidc/retour',
  'post /api/auth/connexion',
  'post /api/auth/mot-de-passe',
  'post /api/demandes-acces',
]);

type Sonde = 'hors' | 'dans' | 'partiel';
interface Territoire {
  departement: string;
  commune: string;
}

/** The coverage rule of ADR 0005, checked on every route (issue 11). */
describe('Règle de couverture : hors de la couverture d’un jeu, null et la raison — jamais un nombre', () => {
  let t: ApplicationDeTest;
  let routes: RouteDeclaree[];
  let jetonAdmin: string;
  let base: DataSource;
  let couverture: CouvertureDonneesService;
  beforeAll(async () => {
    t = await demarrerApplication();
    routes = routesDeclarees(t.app);
    jetonAdmin = await jetonPour(t, 'admin');
    base = t.app.get(DataSource);
    couverture = t.app.get(CouvertureDonneesService);
  });
  afterAll(async () => {
    await t.fermer();
  });

  it('every public route (and every declared one) says whether it counts from a dataset — discovered from Nest metadata', () => {
    const aRevoir = routes.filter((r) => r.publique && !r.declarations && !r.sansCouverture && !INFRASTRUCTURE.has(`${r.methode} ${r.chemin}`));
    expect(aRevoir.map((r) => `${r.methode.toUpperCase()} ${r.chemin}`)).toEqual([]);
    const declarees = routes.filter((r) => r.declarations);
    expect(declarees.length).toBeGreaterThanOrEqual(10);
    expect(declarees.map((r) => r.chemin)).toEqual(expect.arrayContaining(['/api/couverture/:type/:code', '/api/structures', '/api/projets/:id']));
  });

  it('the checker itself fails on a 0 outside coverage, on a missing reason, and on nulls inside coverage', () => {
    const etat = { theme: 'structures', couvert: false, raison: 'non chargé', commentCharger: 'importez le FINESS' };
    expect(ecartsHorsCouverture({ couverture: etat, parType: { msp: null, cds: null } }, 'structures', ['parType.*'])).toEqual([]);
    expect(ecartsHorsCouverture({ couverture: etat, parType: { msp: 0 } }, 'structures', ['parType.*'])).toEqual(['parType.* = 0 au lieu de null']);
    expect(ecartsHorsCouverture({ parType: { msp: null } }, 'structures', ['parType.*'])).toHaveLength(1);
    expect(ecartsHorsCouverture({ couverture: { ...etat, commentCharger: null }, total: null }, 'structures', ['total'])).toHaveLength(1);
    expect(ecartsDansCouverture({ couverture: { ...etat, couvert: true }, total: null }, 'structures', ['total'])).toHaveLength(1);
    expect(ecartsDansCouverture({ couverture: { ...etat, couvert: true }, total: 0 }, 'structures', ['total'])).toEqual([]);
    // Inside the coverage at the date, an answer saying « not covered » with nulls is a defect (coverage is date-aware).
    expect(ecartsDansCouverture({ couverture: etat, total: null }, 'structures', ['total'])).toHaveLength(2);
  });

  it('asks every declared route for a territory outside each dataset’s coverage (null + reason), inside it (figures) and where it is partial', async () => {
    const territoires = await territoiresDeSonde();
    const ecarts: string[] = [];
    const essais: string[] = [];
    for (const route of routes.filter((r) => r.declarations)) {
      for (const declaration of route.declarations!) {
        for (const [theme, chemins] of Object.entries(declaration.chiffres) as [ThemeCouverture, string[]][]) {
          for (const sonde of ['hors', 'dans', 'partiel'] as Sonde[]) {
            const territoire = territoires.get(theme)?.[sonde];
            if (!territoire) continue;
            const libelle = `${route.methode.toUpperCase()} ${route.chemin} ${JSON.stringify(declaration.chemin ?? declaration.requete ?? {})} [${theme}, ${sonde} : ${territoire.departement}]`;
            essais.push(libelle);
            const reponse = await demander(route, declaration, territoire);
            if (reponse.statut !== 200) {
              ecarts.push(`${libelle} → HTTP ${reponse.statut} ${JSON.stringify(reponse.corps).slice(0, 200)}`);
              continue;
            }
            const lesChemins = chemins.map((c) => c.replace('{commune}', territoire.commune));
            const e =
              sonde === 'hors'
                ? ecartsHorsCouverture(reponse.corps, theme, lesChemins, declaration.territoire === 'france')
                : sonde === 'dans'
                  ? ecartsDansCouverture(reponse.corps, theme, lesChemins)
                  : ecartsPartiel(reponse.corps, theme);
            ecarts.push(...e.map((x) => `${libelle} : ${x}`));
          }
        }
      }
    }
    console.log(`Règle de couverture, ${essais.length} essais :\n${essais.map((e) => `  ${e}`).join('\n')}`);
    expect(ecarts).toEqual([]);
    // Not vacuous: at least the structures' outside-coverage probe ran on the care coverage and the structures list.
    expect(essais.filter((e) => e.includes('[structures, hors')).length).toBeGreaterThanOrEqual(3);
    expect(essais.filter((e) => e.includes(', dans')).length).toBeGreaterThanOrEqual(5);
  });

  /**
   * Per theme, from the loaded coverage itself: a département it does not cover, one it covers completely, one where
   * it is known incomplete — each with its most populated commune.
   */
  async function territoiresDeSonde(): Promise<Map<ThemeCouverture, Partial<Record<Sonde, Territoire>>>> {
    const resultat = new Map<ThemeCouverture, Partial<Record<Sonde, Territoire>>>();
    const departements: { code: string }[] = await base.query(`SELECT code FROM departement ORDER BY code`);
    const communePrincipale = async (departement: string) =>
      (
        (await base.query(`SELECT code FROM commune WHERE departement_code = $1 ORDER BY population DESC, code LIMIT 1`, [departement])) as { code: string }[]
      )[0].code;
    for (const theme of Object.keys(THEMES_DONNEES) as ThemeCouverture[]) {
      const carte = await couverture.carte(theme);
      const dans = departements.find((d) => !carte.departementsNonCouverts.includes(d.code) && !carte.departementsPartiels.includes(d.code));
      const choix: Partial<Record<Sonde, string | undefined>> = {
        hors: carte.departementsNonCouverts[0],
        dans: dans?.code,
        partiel: carte.departementsPartiels[0],
      };
      const sondes: Partial<Record<Sonde, Territoire>> = {};
      for (const [sonde, departement] of Object.entries(choix) as [Sonde, string | undefined][]) {
        if (departement) sondes[sonde] = { departement, commune: await communePrincipale(departement) };
      }
      resultat.set(theme, sondes);
    }
    return resultat;
  }

  /** One request to a declared route for a territory, as the declaration says the territory reaches it. */
  async function demander(route: RouteDeclaree, d: DeclarationCouverte, territoire: Territoire): Promise<{ statut: number; corps: unknown }> {
    let chemin = route.chemin;
    for (const [cle, valeur] of Object.entries(d.chemin ?? {})) chemin = chemin.replace(`:${cle}`, encodeURIComponent(valeur));
    const requete: Record<string, string> = { ...(d.requete ?? {}) };
    let corps: Record<string, unknown> | undefined;
    let projet: string | null = null;
    switch (d.territoire) {
      case 'chemin':
        chemin = chemin.replace(':type', 'departement').replace(':code', territoire.departement);
        break;
      case 'commune':
        chemin = chemin.replace(':code', territoire.commune);
        break;
      case 'requete':
        requete.territoire = `departement:${territoire.departement}`;
        break;
      case 'corps-communes':
        corps = { ...(d.corps ?? {}), communes: [territoire.commune] };
        break;
      case 'projet': {
        const cree = await t
          .http()
          .post('/api/projets')
          .set(enTeteAuth(jetonAdmin))
          .send({ nom: 'TEST règle de couverture', type: 'msp', communeCode: territoire.commune, porteurType: 'professionnels', porteurNom: 'Sonde' })
          .expect(201);
        projet = cree.body.id as string;
        chemin = chemin.replace(':id', projet);
        break;
      }
      case 'france':
        break;
    }
    try {
      const appel =
        route.methode === 'post'
          ? t
              .http()
              .post(chemin)
              .send(corps ?? {})
          : t.http().get(chemin);
      const res = await appel.query(requete).set(enTeteAuth(jetonAdmin));
      return { statut: res.status, corps: res.body };
    } finally {
      if (projet) await t.http().delete(`/api/projets/${projet}`).set(enTeteAuth(jetonAdmin)).expect(204);
    }
  }
});
