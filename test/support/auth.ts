import { createHash } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ComptesRepository } from '../../backend/src/auth/comptes.repository';
import { ComptesService } from '../../backend/src/auth/comptes.service';
import { verifierMotDePasse } from '../../backend/src/auth/mot-de-passe';
import { Role, UtilisateurConnecte } from '../../backend/src/common/auth/role';
import { DataSource } from 'typeorm';
import { ApplicationDeTest } from './application';

type Territoires = UtilisateurConnecte['territoires'];

/** Default scopes of the test accounts: an ARS Occitanie planner, the mayor of Toulouse. */
export const TERRITOIRES_PAR_DEFAUT: Record<Role, Territoires> = {
  ars: [{ type: 'region', code: '76' }],
  elu: [{ type: 'commune', code: '31555' }],
  porteur: [],
  admin: [],
};

const jetons = new WeakMap<object, Map<string, string>>();

/** E-mail of the test account for this role and scope (deterministic: same inputs, same account). */
export function emailDeTest(role: Role, territoires: Territoires = TERRITOIRES_PAR_DEFAUT[role]): string {
  const empreinte = createHash('sha1').update(JSON.stringify(territoires)).digest('hex').slice(0, 10);
  return `test-${role}-${empreinte}@maillage.test`;
}

const motDePasseDeTest = (role: Role) => `mot-de-passe-de-test-${role}`;

/**
 * A bearer token for a test account of this role (and territories), for integration tests:
 * the account is created (idempotently) through the real ComptesService, then logged in through the
 * real `POST /api/auth/connexion`. Tokens are cached per application.
 *   const jeton = await jetonPour(t, 'ars');            // ARS Occitanie (région 76)
 *   await t.http().post('/api/…').set('Authorization', `Bearer ${jeton}`)
 */
export async function jetonPour(
  app: ApplicationDeTest | INestApplication,
  role: Role,
  territoires: Territoires = TERRITOIRES_PAR_DEFAUT[role],
): Promise<string> {
  const nest = 'app' in app && 'http' in app ? app.app : app;
  const email = emailDeTest(role, territoires);
  const cache = jetons.get(nest) ?? new Map<string, string>();
  jetons.set(nest, cache);
  const connu = cache.get(email);
  if (connu) return connu;

  await assurerCompteDeTest(nest, role, territoires);
  const res = await request(nest.getHttpServer())
    .post('/api/auth/connexion')
    .send({ email, motDePasse: motDePasseDeTest(role) });
  if (res.status !== 200) throw new Error(`Connexion de test refusée pour ${email} : ${res.status} ${JSON.stringify(res.body)}`);
  cache.set(email, res.body.jeton);
  return res.body.jeton;
}

/**
 * Creates or resets (password, role, territories, active) the test account; returns its id. Only what differs
 * is changed: a password or role change ends the account's sessions, and other suites' tokens must live on.
 */
export async function assurerCompteDeTest(nest: INestApplication, role: Role, territoires: Territoires = TERRITOIRES_PAR_DEFAUT[role]): Promise<string> {
  const email = emailDeTest(role, territoires);
  const comptes = nest.get(ComptesService);
  const existant = await nest.get(ComptesRepository).parEmail(email);
  if (existant) {
    const memeMotDePasse = await verifierMotDePasse(existant.mot_de_passe_hash, motDePasseDeTest(role));
    const memesDroits = existant.role === role && existant.actif && JSON.stringify(existant.territoires) === JSON.stringify(territoires);
    if (!memeMotDePasse || !memesDroits) {
      await comptes.modifier(existant.id, { ...(memeMotDePasse ? {} : { motDePasse: motDePasseDeTest(role) }), role, territoires, actif: true });
    }
    return existant.id;
  }
  return (await comptes.creer({ email, nom: `Compte de test ${role}`, motDePasse: motDePasseDeTest(role), role, territoires })).id;
}

/** `{ Authorization: 'Bearer …' }` for supertest's `.set()`. */
export const enTeteAuth = (jeton: string) => ({ Authorization: `Bearer ${jeton}` });

/** Forgets every login attempt recorded for the test IPs (so that a suite's failures lock no later suite). */
export async function effacerTentativesDeConnexion(t: ApplicationDeTest | INestApplication): Promise<void> {
  const nest = 'app' in t && 'http' in t ? t.app : t;
  await nest.get(DataSource).query(`DELETE FROM tentative_connexion`);
}
