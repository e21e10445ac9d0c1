import { ImportateurJeuDeDonnees } from './importateur';
import { RegistreImports } from './registre-imports';

const jeu = (code: string, dependances: string[] = []): ImportateurJeuDeDonnees => ({
  code,
  libelle: code,
  dependances,
  description: { source: 's', millesime: '2026', licence: 'Licence Ouverte' },
  fichiersSource: () => [],
  importer: async () => ({ lignes: 0, ignorees: [] }),
});

describe('RegistreImports.ordonner', () => {
  it('puts dependencies before the datasets that need them', () => {
    const r = new RegistreImports();
    r.enregistrer(jeu('apl', ['territoires']));
    r.enregistrer(jeu('zonage', ['territoires']));
    r.enregistrer(jeu('territoires'));
    expect(r.ordonner(['apl']).map((j) => j.code)).toEqual(['territoires', 'apl']);
    expect(r.ordonner().map((j) => j.code)).toEqual(['territoires', 'apl', 'zonage']);
  });
  it('refuses an unknown dataset with the list of known ones', () => {
    const r = new RegistreImports();
    r.enregistrer(jeu('territoires'));
    expect(() => r.ordonner(['inconnu'])).toThrow('Jeu de données inconnu : « inconnu ». Jeux disponibles : territoires.');
  });
  it('detects circular dependencies', () => {
    const r = new RegistreImports();
    r.enregistrer(jeu('a', ['b']));
    r.enregistrer(jeu('b', ['a']));
    expect(() => r.ordonner(['a'])).toThrow(/circulaire/);
  });
});
