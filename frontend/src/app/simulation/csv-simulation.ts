import { versCsv } from '../export/csv';
import { LIBELLES_CLASSE_ACCES, ResultatSimulation } from './simulation';

const LIBELLES_TERRITOIRE = { epci: 'EPCI', departement: 'département', region: 'région' } as const;
const classe = (c: keyof typeof LIBELLES_CLASSE_ACCES | null) => (c ? LIBELLES_CLASSE_ACCES[c] : 'sans APL');
const source = (r: ResultatSimulation) => `${r.source.libelle} (${r.source.millesime})`;

/** Every commune whose APL the scenario moves, largest change first: before, after, ΔAPL, classes, inhabitants. */
export function csvCommunesSimulees(r: ResultatSimulation): string {
  return versCsv(
    ['code_insee', 'commune', 'apl_avant', 'apl_apres', 'delta_apl', 'classe_avant', 'classe_apres', 'habitants', 'source'],
    r.communes.map((c) => [c.code, c.nom, c.aplAvant, c.aplApres, c.delta, classe(c.classeAvant), classe(c.classeApres), c.population, source(r)]),
  );
}

/** The per-territory summary: APL before and after, inhabitants under 2.5 and under 4 before and after. */
export function csvTerritoiresSimules(r: ResultatSimulation): string {
  return versCsv(
    [
      'type',
      'code',
      'territoire',
      'apl_avant',
      'apl_apres',
      'delta_apl',
      'habitants_sous_2_5_avant',
      'habitants_sous_2_5_apres',
      'habitants_sous_4_avant',
      'habitants_sous_4_apres',
      'source',
    ],
    r.territoires.map((t) => [
      LIBELLES_TERRITOIRE[t.type],
      t.code,
      t.nom,
      t.aplAvant,
      t.aplApres,
      t.delta,
      t.populationSous2_5.avant,
      t.populationSous2_5.apres,
      t.populationSous4.avant,
      t.populationSous4.apres,
      source(r),
    ]),
  );
}
