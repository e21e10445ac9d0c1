import { Critere, DefinitionAide, Periodicite, RegleTransversale } from '../regles/definition-aide';
import { calculerMontant, MontantCalcule } from '../regles/calculer-montant';
import { dansPeriode, dateEnFrancais } from '../regles/dates';
import { estApplicable, evaluerCritere, ResultatCritere } from '../regles/evaluer-critere';
import { Faits } from '../regles/fait';
import { libelle } from '../regles/libelles';
import { CommuneDemande } from './demande';

export type StatutAide = 'eligible' | 'a-confirmer' | 'non-eligible';

export interface PointAPreciser {
  libelle: string;
  champ?: string;
  question?: string;
}

export interface ResultatAide {
  id: string;
  nom: string;
  statut: StatutAide;
  montant: MontantCalcule;
  financeur: DefinitionAide['financeur'];
  nature: DefinitionAide['nature'];
  description: string;
  duree: string | null;
  validite: DefinitionAide['validite'];
  territoire: DefinitionAide['territoire'];
  criteres: ResultatCritere[];
  aPreciser: PointAPreciser[];
  demarches: string[];
  sources: DefinitionAide['sources'];
}

export interface AideHorsPeriode {
  id: string;
  nom: string;
  validite: DefinitionAide['validite'];
  motif: string;
  sources: DefinitionAide['sources'];
}

/** An aid open at the date but meant for another public (e.g. CESP when asking as an installed GP). */
export interface AideAutrePublic {
  id: string;
  nom: string;
  cibles: DefinitionAide['cibles'];
}

export interface TotalPeriodicite {
  periodicite: Periodicite;
  min: number;
  max: number;
  aides: string[];
}

export interface Totaux {
  /** Sums of the quantified amounts of eligible aids, per periodicity (never mixed). */
  eligibles: TotalPeriodicite[];
  /** Same, for eligible + to-confirm aids: what the user may obtain once the open points are settled. */
  potentiel: TotalPeriodicite[];
  /** Eligible or to-confirm aids whose amount is a formula (percentages, points, calls for projects). */
  nonChiffrees: string[];
}

export interface ResultatEvaluation {
  aides: ResultatAide[];
  horsPeriode: AideHorsPeriode[];
  autresPublics: AideAutrePublic[];
  total: Totaux;
}

const ORDRE_STATUT: Record<StatutAide, number> = { eligible: 0, 'a-confirmer': 1, 'non-eligible': 2 };
const ORDRE_PERIODICITE: Record<Periodicite, number> = { unique: 0, mois: 1, semestre: 2, an: 3 };

/** True when the aid applies in the commune: national, or local to its région, département, EPCI or itself. */
export function couvreCommune(aide: DefinitionAide, commune: CommuneDemande): boolean {
  const t = aide.territoire;
  if (!t) return true;
  if (t.type === 'commune') return t.code === commune.code || t.code === commune.communeParente;
  return ({ region: commune.region, departement: commune.departement, epci: commune.epci } as Record<string, string | null>)[t.type] === t.code;
}

/**
 * Evaluates every aid of the catalogue for one situation at one date: aids out of their validity period
 * are listed apart with the reason, aids for another public are named apart; the others get a status,
 * an amount and every criterion explained (the public criterion included).
 * The same function serves all aids: the rules are data.
 */
export function evaluerEligibilite(
  aides: DefinitionAide[],
  regles: RegleTransversale[],
  faits: Faits,
  date: string,
  commune: CommuneDemande,
): ResultatEvaluation {
  const resultats: ResultatAide[] = [];
  const horsPeriode: AideHorsPeriode[] = [];
  const autresPublics: AideAutrePublic[] = [];
  const situation = faits.situation?.valeur as string | undefined;
  for (const aide of aides.filter((a) => couvreCommune(a, commune))) {
    if (!dansPeriode(date, aide.validite.debut, aide.validite.fin)) {
      horsPeriode.push({ id: aide.id, nom: aide.nom, validite: aide.validite, motif: motifHorsPeriode(aide, date), sources: aide.sources });
      continue;
    }
    if (situation && !(aide.cibles as string[]).includes(situation)) {
      autresPublics.push({ id: aide.id, nom: aide.nom, cibles: aide.cibles });
      continue;
    }
    resultats.push(evaluerAide(aide, regles, faits, date));
  }
  resultats.sort(
    (a, b) => ORDRE_STATUT[a.statut] - ORDRE_STATUT[b.statut] || (b.montant.max ?? -1) - (a.montant.max ?? -1) || a.nom.localeCompare(b.nom, 'fr'),
  );
  return { aides: resultats, horsPeriode, autresPublics, total: totaliser(resultats) };
}

export function evaluerAide(aide: DefinitionAide, regles: RegleTransversale[], faits: Faits, date: string): ResultatAide {
  const premiere = aide.sources[0];
  const ctx = { date, famille: aide.famille, sourceParDefaut: premiere ? { libelle: premiere.libelle, url: premiere.url } : null };
  const public_: Critere = {
    id: 'public',
    libelle: `Public visé : ${aide.cibles.map((c) => libelle('situation', c)).join(', ')}`,
    fait: 'situation',
    op: 'dans',
    valeurs: [...aide.cibles],
  };
  const criteres: Critere[] = [public_, ...aide.criteres, ...regles.filter((r) => r.familles.includes(aide.famille)).map((r) => r.critere)].filter((c) =>
    estApplicable(c, date),
  );
  const evalues = criteres.map((c) => evaluerCritere(c, faits, ctx));
  const statut: StatutAide = evalues.some((c) => c.statut === 'non-rempli')
    ? 'non-eligible'
    : evalues.some((c) => c.statut === 'a-verifier')
      ? 'a-confirmer'
      : 'eligible';
  return {
    id: aide.id,
    nom: aide.nom,
    statut,
    montant: calculerMontant(aide.montant, faits, ctx),
    financeur: aide.financeur,
    nature: aide.nature,
    description: aide.description,
    duree: aide.duree,
    validite: aide.validite,
    territoire: aide.territoire,
    criteres: evalues,
    aPreciser: statut === 'a-confirmer' ? pointsAPreciser(evalues) : [],
    demarches: aide.demarches ?? [],
    sources: aide.sources,
  };
}

function motifHorsPeriode(aide: DefinitionAide, date: string): string {
  const { debut, fin, note } = aide.validite;
  const base =
    debut && date < debut
      ? `Pas encore en vigueur au ${dateEnFrancais(date)} : à partir du ${dateEnFrancais(debut)}.`
      : `Plus ouverte au ${dateEnFrancais(date)} : dernier jour le ${dateEnFrancais(fin!)}.`;
  return note ? `${base} ${note}` : base;
}

/** Unknown leaves of the criteria tree, once each: what the user should answer to settle the status. */
function pointsAPreciser(criteres: ResultatCritere[]): PointAPreciser[] {
  const points = new Map<string, PointAPreciser>();
  const visiter = (c: ResultatCritere) => {
    if (c.statut !== 'a-verifier') return;
    const enfants = c.details?.filter((d) => d.statut === 'a-verifier') ?? [];
    if (enfants.length) return enfants.forEach(visiter);
    const cle = c.champ ?? c.question ?? c.libelle;
    if (!points.has(cle)) points.set(cle, { libelle: c.libelle, ...(c.champ ? { champ: c.champ } : {}), ...(c.question ? { question: c.question } : {}) });
  };
  criteres.forEach(visiter);
  return [...points.values()];
}

function totaliser(resultats: ResultatAide[]): Totaux {
  const sommer = (liste: ResultatAide[]): TotalPeriodicite[] => {
    const parPeriodicite = new Map<Periodicite, TotalPeriodicite>();
    for (const r of liste) {
      const { min, max, periodicite } = r.montant;
      if (min === null || max === null || !periodicite || max === 0) continue;
      const t = parPeriodicite.get(periodicite) ?? { periodicite, min: 0, max: 0, aides: [] };
      t.min += min;
      t.max += max;
      t.aides.push(r.id);
      parPeriodicite.set(periodicite, t);
    }
    return [...parPeriodicite.values()].sort((a, b) => ORDRE_PERIODICITE[a.periodicite] - ORDRE_PERIODICITE[b.periodicite]);
  };
  const eligibles = resultats.filter((r) => r.statut === 'eligible');
  const possibles = resultats.filter((r) => r.statut !== 'non-eligible');
  return {
    eligibles: sommer(eligibles),
    potentiel: sommer(possibles),
    nonChiffrees: possibles.filter((r) => r.montant.max === null).map((r) => r.id),
  };
}
