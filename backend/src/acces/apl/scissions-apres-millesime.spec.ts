import { AplCommune2026 } from './agreger-vers-cog-2026';
import { CommuneDeReference, repartirScissions } from './scissions-apres-millesime';

// Essarts-en-Bocage and L'Oie in the DREES 2023 sheet (L'Oie published with a population of 0), Neussargues en
// Pinatelle (15141) and Chalinargues (15035, re-created in 2025: no row), an ordinary commune, a commune nobody lives in.
const apl = (commune: string, valeur: number, populationStandardisee: number, populationTotale: number): AplCommune2026 => ({
  commune,
  apl: valeur,
  aplMoins65: valeur - 0.5,
  populationStandardisee,
  populationTotale,
  codesSource: [commune],
});
const drees = [
  apl('85084', 2.769, 8927.473, 9399),
  apl('85165', 3.175, 0, 0),
  apl('85212', 2.886, 0, 0),
  apl('15141', 4.067, 1876.214, 1653),
  apl('01001', 1.942, 810, 806),
];
const noms = new Map([
  ['85084', 'Essarts-en-Bocage'],
  ['85165', 'Oie'],
  ['15141', 'Neussargues en Pinatelle'],
]);
const ref = (code: string, nom: string, population: number, departement: string, epci: string | null): CommuneDeReference => ({
  code,
  nom,
  population,
  departement,
  epci,
});
const reference = [
  ref('85084', 'Essarts-en-Bocage', 6851, '85', 'E85'),
  ref('85165', "L'Oie", 1250, '85', 'E85'),
  ref('85212', 'Sainte-Florence', 1359, '85', 'E85'),
  ref('15141', 'Neussargues-Moissac', 824, '15', 'E15'),
  ref('15035', 'Chalinargues', 304, '15', 'E15'),
  ref('01001', "L'Abergement-Clémenciat", 832, '01', 'E01'),
  ref('55039', 'Beaumont-en-Verdunois', 0, '55', 'E55'),
];

describe('communes split after the DREES vintage', () => {
  const r = repartirScissions(drees, noms, reference, new Map([['15035', '15141']]), 2023);
  const de = (code: string) => r.communes.find((c) => c.commune === code)!;

  it('finds the parent by its excess of DREES inhabitants and shares the population by legal population', () => {
    expect(de('85084').populationTotale + de('85165').populationTotale + de('85212').populationTotale).toBe(9399);
    expect(de('85165').populationTotale).toBe(Math.round((9399 * 1250) / 9460));
    expect(de('85165').populationStandardisee).toBeCloseTo((8927.473 * 1250) / 9460, 6);
    expect(de('85084').scission).toMatchObject({ role: 'parent', communeAvant: { code: '85084', nom: 'Essarts-en-Bocage' }, populationAvant: 9399 });
  });

  it('keeps the APL the DREES published for a child with a population of 0', () => {
    expect(de('85165')).toMatchObject({ apl: 3.175, codesSource: ['85165'] });
    expect(de('85165').scission).toMatchObject({ role: 'enfant', aplPublieeSansPopulation: true, aplDeLaCommuneAvant: false });
    expect(de('85084').apl).toBe(2.769);
  });

  it('gives a re-created commune without a row the APL of the commune before the split (known parent)', () => {
    expect(de('15035')).toMatchObject({ apl: 4.067, aplMoins65: 4.067 - 0.5, codesSource: [] });
    expect(de('15035').scission).toMatchObject({ role: 'enfant', aplDeLaCommuneAvant: true, membres: ['15141', '15035'] });
    expect(de('15141').populationTotale).toBe(Math.round((1653 * 824) / 1128));
    expect(de('15141').populationTotale + de('15035').populationTotale).toBe(1653);
  });

  it('leaves other communes alone (nobody lives in Beaumont-en-Verdunois)', () => {
    expect(de('01001')).toMatchObject({ populationTotale: 806, scission: null });
    expect(r.communes.find((c) => c.commune === '55039')).toBeUndefined();
    expect(r.signalements.filter((s) => /scindée depuis/.test(s.message))).toHaveLength(2);
  });

  it('reports a child no neighbour explains, and leaves it at 0', () => {
    const seul = repartirScissions([apl('85084', 2.769, 6000, 6851)], noms, reference.slice(0, 2), new Map(), 2023);
    const douteux = repartirScissions([apl('85084', 2.769, 8927.473, 9399)], noms, reference.slice(0, 2), new Map(), 2023);
    expect(douteux.communes[0]).toMatchObject({ populationTotale: 9399, scission: null });
    expect(douteux.signalements[0].message).toMatch(/2548 habitants de plus .* 85165 L'Oie en ont 1250 : rattachement douteux/);
    expect(seul.communes.find((c) => c.commune === '85165')).toBeUndefined();
    expect(seul.signalements[0].message).toMatch(/85165 L'Oie a 1250 habitants .* aucun dans le fichier de la DREES/);
  });
});
