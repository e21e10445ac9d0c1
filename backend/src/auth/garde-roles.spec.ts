import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UtilisateurConnecte } from '../common/auth/role';
import { RolesRequis } from '../common/auth/roles-requis.decorator';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { AuthService } from './auth.service';
import { GardeRoles, jetonPorteur } from './garde-roles';

class Exemple {
  @RolesRequis('ars')
  ecrire() {}
  lire() {}
}

function contexte(methode: 'ecrire' | 'lire', authorization?: string): { ctx: ExecutionContext; requete: Record<string, unknown> } {
  const requete: Record<string, unknown> = { headers: authorization ? { authorization } : {} };
  const ctx = {
    getType: () => 'http',
    getHandler: () => Exemple.prototype[methode],
    getClass: () => Exemple,
    switchToHttp: () => ({ getRequest: () => requete }),
  } as unknown as ExecutionContext;
  return { ctx, requete };
}

const JETON = 'aaa.bbb.ccc';
function garde(utilisateur: UtilisateurConnecte | null) {
  const auth = { utilisateurDuJeton: jest.fn().mockResolvedValue(utilisateur) } as unknown as AuthService;
  return { garde: new GardeRoles(new Reflector(), auth), auth };
}
const ars: UtilisateurConnecte = { id: '1', email: 'a@ars.fr', role: 'ars', territoires: [{ type: 'region', code: '76' }] };

async function codeErreur(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'aucune';
  } catch (e) {
    return (e as ErreurDomaine).code;
  }
}

describe('GardeRoles', () => {
  it('lets public routes through without touching the database when no token is sent', async () => {
    const { garde: g, auth } = garde(null);
    await expect(g.canActivate(contexte('lire').ctx)).resolves.toBe(true);
    expect(auth.utilisateurDuJeton).not.toHaveBeenCalled();
  });

  it('attaches the user on a public route when a valid token is sent', async () => {
    const { ctx, requete } = contexte('lire', `Bearer ${JETON}`);
    await expect(garde(ars).garde.canActivate(ctx)).resolves.toBe(true);
    expect(requete.utilisateur).toEqual(ars);
  });

  it('answers NON_AUTHENTIFIE without token or with an invalid one on a protected route', async () => {
    expect(await codeErreur(garde(ars).garde.canActivate(contexte('ecrire').ctx))).toBe('NON_AUTHENTIFIE');
    expect(await codeErreur(garde(null).garde.canActivate(contexte('ecrire', `Bearer ${JETON}`).ctx))).toBe('NON_AUTHENTIFIE');
    expect(await codeErreur(garde(ars).garde.canActivate(contexte('ecrire', 'Basic xyz').ctx))).toBe('NON_AUTHENTIFIE');
  });

  it('answers INTERDIT for another role, and lets the role and the admin through', async () => {
    const elu: UtilisateurConnecte = { ...ars, role: 'elu' };
    expect(await codeErreur(garde(elu).garde.canActivate(contexte('ecrire', `Bearer ${JETON}`).ctx))).toBe('INTERDIT');
    const { ctx, requete } = contexte('ecrire', `Bearer ${JETON}`);
    await expect(garde(ars).garde.canActivate(ctx)).resolves.toBe(true);
    expect(requete.utilisateur).toEqual(ars);
    await expect(garde({ ...ars, role: 'admin', territoires: [] }).garde.canActivate(contexte('ecrire', `Bearer ${JETON}`).ctx)).resolves.toBe(true);
  });

  it('extracts bearer tokens strictly', () => {
    expect(jetonPorteur(`Bearer ${JETON}`)).toBe(JETON);
    expect(jetonPorteur(`bearer ${JETON}`)).toBe(JETON);
    expect(jetonPorteur('Bearer pas-un-jwt')).toBeNull();
    expect(jetonPorteur(undefined)).toBeNull();
  });
});
