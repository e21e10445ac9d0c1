import type { Request } from 'express';
import { controlerEntrees } from './controle-entrees';

function verdict(req: Partial<Request>): unknown {
  let resultat: unknown = 'suivant';
  controlerEntrees(4)({ url: '/api/x', query: {}, ...req } as Request, {} as never, (e?: unknown) => (resultat = e ?? 'suivant'));
  return resultat;
}

describe('controlerEntrees', () => {
  it('lets ordinary input through', () => {
    expect(verdict({ query: { q: 'Saint-Étienne' }, body: { a: [{ b: 'é' }] } })).toBe('suivant');
  });

  it('refuses NUL in the path, the query, a body value or key, naming the field', () => {
    expect(verdict({ url: '/api/territoires/commune/31%00555' })).toMatchObject({ details: [{ champ: 'adresse' }] });
    expect(verdict({ query: { q: 'a\0b' } })).toMatchObject({ details: [{ champ: 'q' }] });
    expect(verdict({ body: { lignes: [{ nom: 'x\0' }] } })).toMatchObject({ details: [{ champ: 'lignes.0.nom' }] });
    expect(verdict({ body: { 'a\0': 1 } })).toMatchObject({ code: 'ENTREE_INVALIDE' });
  });

  it('refuses lone surrogates', () => {
    expect(verdict({ body: { email: '\ud800' } })).toMatchObject({ details: [{ champ: 'email', message: 'caractère Unicode incomplet' }] });
  });

  it('refuses nesting past the limit without overflowing the stack itself', () => {
    expect(verdict({ body: { a: { b: { c: { d: 1 } } } } })).toBe('suivant');
    expect(verdict({ body: { a: { b: { c: { d: { e: 1 } } } } } })).toMatchObject({ details: [{ champ: 'a.b.c.d' }] });
    let profond: unknown = 1;
    for (let i = 0; i < 100_000; i++) profond = [profond];
    expect(verdict({ body: profond })).toMatchObject({ code: 'ENTREE_INVALIDE' });
  });
});
