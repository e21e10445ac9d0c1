import { categorieFinanceur, Critere, DefinitionAide, Periodicite, RegleTransversale, SourceAide } from '../regles/definition-aide';
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
  /** Why it is still open: the unknown fact and its reason (e.g. a partial list), or the question asked. */
  raison: string;
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
  /** « non-eligible »: the criteria that failed, each with its reason (never a silent refusal). */
  nonRemplis: { libelle: string; raison: string }[];
  aPreciser: PointAPreciser[];
  demarches: string[];
  /** Aids not cumulable with this one for the same practice. */
  exclusions: string[];
  /** National sources and those of the commune's own région only. */
  sources: DefinitionAide['sources'];
}

/** An aid closed at the date of the question that was open at the installation date: what applied then. */
export interface AideALaDateInstallation extends ResultatAide {
  /** e.g. "Ouvert à la date de votre installation (1er septembre 2025) ; souscription close le 31 décembre 2025 …". */
  motif: string;
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
  /** Why it is for others: « réservée aux infirmiers », « public visé : étudiants… ». */
  motif: string;
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
  /** Closed now, open at the declared installation date (never added to the totals). */
  aLaDateInstallation: AideALaDateInstallation[];
  total: Totaux;
}

/** Facts at the installation date (zonage then), to say which aids applied at that date. */
export interface FaitsALaDateInstallation {
  date: string;
  faits: Faits;
}

export interface OptionsEvaluation {
  /** Facts at the declared installation date (aids closed since that applied then). */
  installation?: FaitsALaDateInstallation | null;
  /**
   * The commune's own région page (its ARS installation portal): cited when an aid has no official page left once the
   * other régions' pages are set aside, and as the rule source of criteria that have none.
   */
  sourceRegion?: SourceAide | null;
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
  options: OptionsEvaluation = {},
): ResultatEvaluation {
  const installation = options.installation ?? null;
  const sourceRegion = options.sourceRegion ?? null;
  const resultats: ResultatAide[] = [];
  const horsPeriode: AideHorsPeriode[] = [];
  const autresPublics: AideAutrePublic[] = [];
  const aLaDateInstallation: AideALaDateInstallation[] = [];
  const situation = faits.situation?.valeur as string | undefined;
  const dateInstallation = typeof faits.dateInstallation?.valeur === 'string' ? faits.dateInstallation.valeur : null;
  for (const aide of aides.filter((a) => couvreCommune(a, commune))) {
    const { debut, fin } = aide.validite;
    const parInstallation = aide.validite.dateQuiCompte === 'installation';
    // The period is judged on the date that matters: the question (signature, activity) or the installation date.
    const ouverte = dansPeriode(date, debut, fin) || (parInstallation && dateInstallation !== null && dansPeriode(dateInstallation, debut, fin));
    if (situation && !(aide.cibles as string[]).includes(situation)) {
      if (ouverte)
        autresPublics.push({
          id: aide.id,
          nom: aide.nom,
          cibles: aide.cibles,
          motif: `public visé : ${aide.cibles.map((c) => libelle('situation', c)).join(', ')}`,
        });
      else horsPeriode.push(horsDePeriode(aide, date, commune));
      continue;
    }
    if (!ouverte) {
      // What applied at the installation date (a contract closed since, e.g. the CAIM for a 2025 installation).
      if (installation && dateInstallation && dateInstallation < date && dansPeriode(dateInstallation, debut, fin)) {
        const r = evaluerAide(aide, regles, installation.faits, installation.date, commune, sourceRegion);
        if (!estPourUneAutreProfession(r)) {
          aLaDateInstallation.push({ ...r, motif: motifALaDateInstallation(aide, dateInstallation, date) });
          continue;
        }
      }
      horsPeriode.push(horsDePeriode(aide, date, commune));
      continue;
    }
    const r = evaluerAide(aide, regles, faits, date, commune, sourceRegion);
    if (estPourUneAutreProfession(r)) {
      autresPublics.push({ id: aide.id, nom: aide.nom, cibles: aide.cibles, motif: r.criteres.find((c) => c.id === 'profession')!.libelle });
      continue;
    }
    resultats.push(r);
  }
  resultats.sort(
    (a, b) => ORDRE_STATUT[a.statut] - ORDRE_STATUT[b.statut] || (b.montant.max ?? -1) - (a.montant.max ?? -1) || a.nom.localeCompare(b.nom, 'fr'),
  );
  return { aides: resultats, horsPeriode, autresPublics, aLaDateInstallation, total: totaliser(resultats) };
}

/** An aid whose profession criterion fails is for another profession: named apart, not listed as « non éligible ». */
function estPourUneAutreProfession(r: ResultatAide): boolean {
  return r.criteres.some((c) => c.id === 'profession' && c.statut === 'non-rempli');
}

function horsDePeriode(aide: DefinitionAide, date: string, commune: CommuneDemande): AideHorsPeriode {
  return { id: aide.id, nom: aide.nom, validite: aide.validite, motif: motifHorsPeriode(aide, date), sources: sourcesDeLaRegion(aide, commune) };
}

/** National sources and those of the commune's own région: never another région's page. */
function sourcesDeLaRegion(aide: DefinitionAide, commune: CommuneDemande): SourceAide[] {
  return aide.sources.filter((s) => !s.region || s.region === commune.region);
}

function motifALaDateInstallation(aide: DefinitionAide, dateInstallation: string, date: string): string {
  const { fin, note } = aide.validite;
  const base = `Ouvert à la date de votre installation (${dateEnFrancais(dateInstallation)})${
    fin ? ` ; plus ouvert à la souscription au ${dateEnFrancais(date)} (dernier jour le ${dateEnFrancais(fin)})` : ''
  } : c’est ce qui s’appliquait à votre installation. Signé dans les délais, il se poursuit jusqu’à son terme.`;
  return note ? `${base} ${note}` : base;
}

export function evaluerAide(
  aide: DefinitionAide,
  regles: RegleTransversale[],
  faits: Faits,
  date: string,
  commune: CommuneDemande,
  sourceRegion: SourceAide | null = null,
): ResultatAide {
  // Never another région's page: national sources, the commune's own région's, and its ARS portal when none is official.
  const sources = sourcesDeLaRegion(aide, commune);
  if (sourceRegion && !sources.some((s) => s.url && s.fiabilite !== 'secondaire')) sources.push(sourceRegion);
  const premiere = sources.find((s) => s.fiabilite !== 'secondaire') ?? sources[0] ?? null;
  const ctx = {
    date,
    famille: aide.famille,
    sourceParDefaut: premiere ? { libelle: premiere.libelle, url: premiere.url } : null,
    region: commune.region,
  };
  const public_: Critere = {
    id: 'public',
    libelle: `Public visé : ${aide.cibles.map((c) => libelle('situation', c)).join(', ')}`,
    fait: 'situation',
    op: 'dans',
    valeurs: [...aide.cibles],
  };
  const { debut, fin } = aide.validite;
  // Judged on the installation date: the installation must fall in the aid's period (asked when unknown).
  const dateInstallation: Critere[] =
    aide.validite.dateQuiCompte === 'installation' && (debut || fin)
      ? [
          {
            id: 'date-installation',
            libelle: `Installation ${[debut ? `à partir du ${dateEnFrancais(debut)}` : null, fin ? `au plus tard le ${dateEnFrancais(fin)}` : null].filter(Boolean).join(' et ')}`,
            fait: 'dateInstallation',
            op: 'dateEntre',
            debut,
            fin,
          },
        ]
      : [];
  const categorie = categorieFinanceur(aide.financeur.type);
  const transversales = regles.filter((r) => r.familles.includes(aide.famille) && (!r.categories || r.categories.includes(categorie))).map((r) => r.critere);
  const criteres: Critere[] = [public_, ...dateInstallation, ...aide.criteres, ...transversales].filter((c) => estApplicable(c, date));
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
    nonRemplis: evalues.filter((c) => c.statut === 'non-rempli').map((c) => ({ libelle: c.libelle, raison: c.raison })),
    aPreciser: statut === 'a-confirmer' ? pointsAPreciser(evalues) : [],
    demarches: aide.demarches ?? [],
    exclusions: aide.exclusions ?? [],
    sources,
  };
}

function motifHorsPeriode(aide: DefinitionAide, date: string): string {
  const { debut, fin, note, dateQuiCompte } = aide.validite;
  const base =
    dateQuiCompte === 'installation'
      ? debut && date < debut
        ? `Pour les installations à partir du ${dateEnFrancais(debut)} : indiquez votre date d’installation si elle est prévue après.`
        : `Pour les installations jusqu’au ${dateEnFrancais(fin!)} seulement.`
      : debut && date < debut
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
    if (!points.has(cle))
      points.set(cle, { libelle: c.libelle, ...(c.champ ? { champ: c.champ } : {}), ...(c.question ? { question: c.question } : {}), raison: c.raison });
  };
  criteres.forEach(visiter);
  return [...points.values()];
}

/**
 * Totals per periodicity. Aids that exclude each other (a secondary-practice aid and a main-practice first
 * installation, for the same practice) are never added: each group of exclusive aids counts once, from its smallest
 * minimum to its largest maximum (one of them will be obtained, which one depends on the project).
 */
function totaliser(resultats: ResultatAide[]): Totaux {
  const sommer = (liste: ResultatAide[]): TotalPeriodicite[] => {
    const chiffrees = liste.filter((r) => r.montant.min !== null && r.montant.max !== null && r.montant.periodicite && r.montant.max !== 0);
    const groupes = groupesExclusifs(chiffrees);
    const parPeriodicite = new Map<Periodicite, TotalPeriodicite>();
    for (const groupe of groupes) {
      const periodicite = groupe[0].montant.periodicite!;
      const t = parPeriodicite.get(periodicite) ?? { periodicite, min: 0, max: 0, aides: [] };
      t.min += groupe.length > 1 ? Math.min(...groupe.map((r) => r.montant.min!)) : groupe[0].montant.min!;
      t.max += Math.max(...groupe.map((r) => r.montant.max!));
      t.aides.push(...groupe.map((r) => r.id));
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

/** Connected groups of aids of the same periodicity linked by `exclusions` (in either direction). */
function groupesExclusifs(liste: ResultatAide[]): ResultatAide[][] {
  const parent = new Map(liste.map((r) => [r.id, r.id]));
  const racine = (id: string): string => (parent.get(id) === id ? id : racine(parent.get(id)!));
  for (const r of liste)
    for (const autre of r.exclusions) {
      const a = liste.find((x) => x.id === autre);
      if (a && a.montant.periodicite === r.montant.periodicite) parent.set(racine(a.id), racine(r.id));
    }
  const groupes = new Map<string, ResultatAide[]>();
  for (const r of liste) groupes.set(racine(r.id), [...(groupes.get(racine(r.id)) ?? []), r]);
  return [...groupes.values()];
}
