import { readFileSync } from 'node:fs';
import { CODES_LEVIERS, CodeLevier, ValeurLevier, ValeursLeviers, valeurAHorizon } from '../moteur/leviers';
import { ModeleAges } from '../moteur/projection';

export const LETTRES = ['A', 'B', 'C'] as const;
export type Lettre = (typeof LETTRES)[number];

/** A page actually read, with what it says (the catalogue cites these by key). */
export interface PageSource {
  libelle: string;
  url: string;
  ceQueDitLaPage: string;
  consulteLe: string;
}

export interface DefinitionLevier {
  libelle: string;
  unite: string;
  min: number;
  max: number;
  /** value under which this lever changes nothing */
  neutre: number;
  parHorizon: boolean;
  /** documented effect of raising the lever on `mesure`: raises (hausse) or lowers (baisse) the APL */
  sens: 'hausse' | 'baisse';
  /** which APL the direction is documented on: the country's mean, fragile or under-served communes */
  mesure: 'pays' | 'zonesFragiles' | 'sousDotees';
  effet: string;
  /** publie: a published figure; derive: computed by Maillage from published figures; hypothese: an assumption */
  statut: 'publie' | 'derive' | 'hypothese';
  justification: string;
  sources: string[];
}

export interface Hypothese {
  titre: string;
  description: string;
  leviers: Partial<Record<CodeLevier, ValeurLevier>>;
}

export interface Enjeu {
  numero: number;
  titre: string;
  question: string;
  observee: Lettre;
  cible: Lettre;
  hypotheses: Record<Lettre, Hypothese>;
}

export interface CatalogueProspective {
  version: string;
  publieLe: string;
  anneeReference: number;
  horizons: number[];
  etude: { libelle: string; verification: string };
  pages: Record<string, PageSource>;
  leviers: Record<CodeLevier, DefinitionLevier>;
  modeleAges: { libelle: string; parts: Record<string, number>; statut: string; justification: string };
  cadre: { titre: string; description: string; leviers: Partial<Record<CodeLevier, ValeurLevier>> };
  enjeux: Enjeu[];
}

/**
 * Reads and checks the scenario catalogue: every lever known and in range at every horizon, every source cited
 * exists, every issue has its three hypotheses, each lever belongs to the frame or to one issue only (so that a
 * scenario — one hypothesis per issue — sets each lever once).
 */
export function lireCatalogueProspective(fichier: string): CatalogueProspective {
  const c = JSON.parse(readFileSync(fichier, 'utf8')) as CatalogueProspective;
  const erreurs: string[] = [];
  for (const code of CODES_LEVIERS) {
    const l = c.leviers[code];
    if (!l) erreurs.push(`levier ${code} non défini`);
    else for (const s of l.sources) if (!c.pages[s]) erreurs.push(`levier ${code} : source « ${s} » absente des pages`);
  }
  for (const code of Object.keys(c.leviers)) if (!(CODES_LEVIERS as readonly string[]).includes(code)) erreurs.push(`levier inconnu ${code}`);
  const proprietaire = new Map<string, string>();
  const verifier = (ou: string, leviers: Partial<Record<string, ValeurLevier>>) => {
    for (const [code, v] of Object.entries(leviers)) {
      const d = c.leviers[code as CodeLevier];
      if (!d) {
        erreurs.push(`${ou} : levier inconnu ${code}`);
        continue;
      }
      for (const h of c.horizons) {
        let x: number;
        try {
          x = valeurAHorizon(v!, h);
        } catch (e) {
          erreurs.push(`${ou} : ${code} : ${(e as Error).message}`);
          continue;
        }
        if (!(x >= d.min && x <= d.max)) erreurs.push(`${ou} : ${code} = ${x} hors de [${d.min}, ${d.max}]`);
      }
    }
  };
  verifier('cadre', c.cadre.leviers);
  Object.keys(c.cadre.leviers).forEach((k) => proprietaire.set(k, 'cadre'));
  for (const e of c.enjeux) {
    for (const lettre of LETTRES) {
      const h = e.hypotheses[lettre];
      if (!h) {
        erreurs.push(`enjeu ${e.numero} : hypothèse ${lettre} absente`);
        continue;
      }
      verifier(`enjeu ${e.numero} ${lettre}`, h.leviers);
      for (const k of Object.keys(h.leviers)) {
        const p = proprietaire.get(k);
        if (p && p !== `enjeu ${e.numero}`) erreurs.push(`levier ${k} fixé à la fois par ${p} et l’enjeu ${e.numero}`);
        proprietaire.set(k, `enjeu ${e.numero}`);
      }
    }
  }
  if (erreurs.length) throw new Error(`Catalogue prospectif invalide (${fichier}) : ${erreurs.join(' ; ')}`);
  return c;
}

export function modeleAges(c: CatalogueProspective): ModeleAges {
  return Object.entries(c.modeleAges.parts).map(([age, part]) => ({ age: Number(age), part }));
}

/** Every lever at the value that changes nothing. */
export function leviersNeutres(c: CatalogueProspective): ValeursLeviers {
  return Object.fromEntries(CODES_LEVIERS.map((k) => [k, c.leviers[k].neutre])) as ValeursLeviers;
}

/** Lever values of a scenario at one horizon: neutral, then the frame, then each issue's chosen hypothesis, then user overrides. */
export function leviersDuScenario(
  c: CatalogueProspective,
  choix: Readonly<Record<number, Lettre>>,
  annees: number,
  surcharges: Partial<Record<CodeLevier, ValeurLevier>> = {},
): ValeursLeviers {
  const v = leviersNeutres(c);
  const appliquer = (l: Partial<Record<CodeLevier, ValeurLevier>>) => {
    for (const [k, x] of Object.entries(l)) v[k as CodeLevier] = valeurAHorizon(x, annees);
  };
  appliquer(c.cadre.leviers);
  for (const e of c.enjeux) appliquer(e.hypotheses[choix[e.numero] ?? e.observee].leviers);
  appliquer(surcharges);
  return v;
}
