import { ClasseQpv } from '../unites/classes-cockpit';
import { Socle } from '../unites/socle';
import { DecisionUnite } from '../brouillons/decisions';

export interface ChangementUnite {
  code: string;
  nom: string;
  avant: string | null;
  apres: string;
  populationRegion: number;
  categorie: string | null;
  force: boolean;
}

export interface ChangementCommune {
  code: string;
  nom: string;
  departement: string;
  unite: string;
  avant: string | null;
  apres: string;
  population: number;
}

export interface Comparaison {
  unites: ChangementUnite[];
  communes: ChangementCommune[];
  /** Population moving from one class to another (changes only), largest first. */
  populationDeplacee: { avant: string | null; apres: string; population: number; communes: number }[];
  /** Population of the région per class, before and after. */
  populationParClasse: { classe: string; avant: number; apres: number }[];
  qpv: { code: string; nom: string; avant: string | null; apres: string }[];
}

/** The classes a side of a comparison gives: unit classes (and QPV classes, null = follows its unit). */
export interface EtatClasses {
  unite: (code: string) => string | null;
  commune: (code: string, unite: string) => string | null;
  qpv: (code: string) => string | null;
}

/** The zonage in force as read in the socle (class of each commune and unit at the reference date). */
export function etatEnVigueur(socle: Socle): EtatClasses {
  const unites = new Map(socle.unites.map((u) => [u.code, u.classeEnVigueur]));
  const communes = new Map(socle.communes.map((c) => [c.code, c.classeEnVigueur]));
  const qpv = new Map(socle.qpv.map((q) => [q.code, q.classeEnVigueur]));
  return { unite: (c) => unites.get(c) ?? null, commune: (c) => communes.get(c) ?? null, qpv: (c) => qpv.get(c) ?? null };
}

/** A draft: every commune takes its unit's class. */
export function etatBrouillon(unites: ReadonlyMap<string, DecisionUnite>, qpv: ReadonlyMap<string, ClasseQpv>): EtatClasses {
  return { unite: (c) => unites.get(c)?.classe ?? null, commune: (_, u) => unites.get(u)?.classe ?? null, qpv: (c) => qpv.get(c) ?? null };
}

/** Units, communes, QPV and population that change class between two states of the same socle. */
export function comparer(socle: Socle, avant: EtatClasses, apres: EtatClasses, force: (code: string) => boolean = () => false): Comparaison {
  const unites: ChangementUnite[] = [];
  for (const u of socle.unites) {
    const a = avant.unite(u.code);
    const b = apres.unite(u.code);
    if (b !== null && a !== b)
      unites.push({ code: u.code, nom: u.nom, avant: a, apres: b, populationRegion: u.populationRegion, categorie: u.categorie, force: force(u.code) });
  }
  const communes: ChangementCommune[] = [];
  const deplacee = new Map<string, { avant: string | null; apres: string; population: number; communes: number }>();
  const parClasse = new Map<string, { avant: number; apres: number }>();
  const ajouterClasse = (classe: string | null, cote: 'avant' | 'apres', p: number) => {
    const k = classe ?? 'inconnue';
    const e = parClasse.get(k) ?? { avant: 0, apres: 0 };
    e[cote] += p;
    parClasse.set(k, e);
  };
  for (const c of socle.communes) {
    const a = avant.commune(c.code, c.unite);
    const b = apres.commune(c.code, c.unite);
    ajouterClasse(a, 'avant', c.population);
    ajouterClasse(b, 'apres', c.population);
    if (b === null || a === b) continue;
    communes.push({ code: c.code, nom: c.nom, departement: c.departement, unite: c.unite, avant: a, apres: b, population: c.population });
    const k = `${a}>${b}`;
    const e = deplacee.get(k) ?? { avant: a, apres: b, population: 0, communes: 0 };
    e.population += c.population;
    e.communes++;
    deplacee.set(k, e);
  }
  const qpv: Comparaison['qpv'] = [];
  const uniteDe = new Map(socle.communes.map((c) => [c.arrondissementDe ?? c.code, c.unite]));
  for (const q of socle.qpv) {
    const unite = q.parts[0]?.unite ?? uniteDe.get(q.communes[0]) ?? '';
    const a = avant.qpv(q.code) ?? avant.unite(unite);
    const b = apres.qpv(q.code) ?? apres.unite(unite);
    if (b !== null && a !== b) qpv.push({ code: q.code, nom: q.nom, avant: a, apres: b });
  }
  return {
    unites,
    communes,
    populationDeplacee: [...deplacee.values()].sort((x, y) => y.population - x.population),
    populationParClasse: [...parClasse].map(([classe, v]) => ({ classe, ...v })).sort((x, y) => x.classe.localeCompare(y.classe)),
    qpv,
  };
}
