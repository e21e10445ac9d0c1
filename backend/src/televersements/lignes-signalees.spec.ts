import { CollecteurLignes } from './lignes-signalees';

describe('CollecteurLignes', () => {
  it('counts every row but keeps only the first 200, in order', () => {
    const c = new CollecteurLignes();
    for (let i = 1; i <= 100_000; i++) c.ajouter({ ligne: i, message: `Ligne ${i} : motif` });
    const r = c.resultat();
    expect(r.total).toBe(100_000);
    expect(r.premieres).toHaveLength(200);
    expect(r.premieres[0].ligne).toBe(1);
    expect(r.premieres[199].ligne).toBe(200);
  });
});
