import { LigneIgnoree } from '../../import/importateur';
import { lireLiaisonsMaritimes, lireLiensFixes, regrouperMasses } from './masses-terrestres';

describe('landmasses and the links between them', () => {
  // Components of touching polygons: the mainland (La Rochelle, Baden), Ré (two communes), Île-aux-Moines.
  const composantes = [
    { code: '17300', composante: 0 },
    { code: '56008', composante: 0 },
    { code: '17297', composante: 1 },
    { code: '17019', composante: 1 },
    { code: '56087', composante: 2 },
  ];

  it('joins the components a bridge links, and names each landmass by its smallest commune code', () => {
    const masses = regrouperMasses(composantes, [{ a: '17297', b: '17300', ouvrage: 'pont de l’île de Ré' }]);
    expect(masses.get('17019')).toBe(masses.get('17300'));
    expect(masses.get('17300')).toBe('17019');
    expect(masses.get('56087')).toBe('56087');
  });

  it('keeps an island without a bridge apart (Île-aux-Moines)', () => {
    const masses = regrouperMasses(composantes, []);
    expect(new Set(masses.values()).size).toBe(3);
    expect(masses.get('56087')).not.toBe(masses.get('56008'));
  });

  it('reads the link tables and reports unknown communes and missing crossing times with their line numbers', () => {
    const connues = new Set(composantes.map((c) => c.code));
    const signalements: LigneIgnoree[] = [];
    const liens = lireLiensFixes(
      'commune_a;nom_a;commune_b;nom_b;ouvrage\n17297;Rivedoux;17300;La Rochelle;pont\n99999;X;17300;Y;pont\n',
      'liens.csv',
      connues,
      signalements,
    );
    expect(liens).toEqual([{ a: '17297', b: '17300', ouvrage: 'pont' }]);
    const liaisons = lireLiaisonsMaritimes(
      'commune_a;commune_b;minutes;operateur;source_url\n56087;56008;5;Izenah;https://exemple.fr/a\n56087;56008;;Izenah;https://exemple.fr/b\n56087;56008;7;Izenah;\n',
      'liaisons.csv',
      connues,
      signalements,
    );
    expect(liaisons).toEqual([{ a: '56087', b: '56008', minutes: 5, operateur: 'Izenah' }]);
    expect(signalements.map((s) => [s.ligne, s.champ])).toEqual([
      [3, 'commune_a'],
      [3, 'minutes'],
      [4, 'source_url'],
    ]);
  });
});
