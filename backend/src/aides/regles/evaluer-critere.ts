import { accorder, pluriel } from '../../common/texte/pluriel';
import { Critere, CritereSimple } from './definition-aide';
import { dansPeriode, dateEnFrancais, decalerMois } from './dates';
import { AideAnterieure, Fait, Faits } from './fait';
import { FAITS_CONNUS } from './faits-connus';

export type StatutCritere = 'rempli' | 'non-rempli' | 'a-verifier';

export interface ResultatCritere {
  id?: string;
  libelle: string;
  statut: StatutCritere;
  /** French reason citing the fact and where it comes from. */
  raison: string;
  /** Source of the rule. */
  sourceRegle: { libelle: string; url: string | null } | null;
  /** Source of the fact (dataset and version, or the user's declaration). */
  sourceFait: string | null;
  /** Request field to fill to settle an unknown criterion. */
  champ?: string;
  /** Question to ask when the engine cannot check the condition from data. */
  question?: string;
  /** Sub-criteria of a combination. */
  details?: ResultatCritere[];
}

export interface ContexteEvaluation {
  /** Date of the question (YYYY-MM-DD). */
  date: string;
  /** Family of the aid being evaluated (for the "same kind" rules). */
  famille: string;
  /** Rule source used when the criterion has none, or cites another région's page. */
  sourceParDefaut: { libelle: string; url: string | null } | null;
  /** Région of the commune: a rule source tagged with another région is never cited. */
  region?: string;
}

/** Request field answering the question of an « aVerifier » criterion (`reponses.<cle>`). */
export function champReponse(cle: string): string {
  return `reponses.${cle}`;
}

/** The key of an « aVerifier » question: its `cle`, else the criterion's id. */
export function cleQuestion(critere: { cle?: string; id?: string }): string | undefined {
  return critere.cle ?? critere.id;
}

/** True when the criterion is in force at the date of the question. */
export function estApplicable(critere: Critere, date: string): boolean {
  return !critere.applicable || dansPeriode(date, critere.applicable.debut, critere.applicable.fin);
}

/**
 * The generic evaluator: one function for every aid, driven by the criterion's data. Three-valued
 * logic: a combination "unDe" is met if one part is met, not met if all are not met, unknown otherwise;
 * "tous" is the converse.
 */
export function evaluerCritere(critere: Critere, faits: Faits, ctx: ContexteEvaluation): ResultatCritere {
  const sourceRegle =
    critere.source && (!critere.source.region || critere.source.region === ctx.region) ? sourceSansRegion(critere.source) : ctx.sourceParDefaut;
  if ('unDe' in critere || 'tous' in critere) {
    const unDe = 'unDe' in critere;
    const parties = (unDe ? critere.unDe : critere.tous).filter((c) => estApplicable(c, ctx.date)).map((c) => evaluerCritere(c, faits, ctx));
    const decisif: StatutCritere = unDe ? 'rempli' : 'non-rempli';
    const neutre: StatutCritere = unDe ? 'non-rempli' : 'rempli';
    let statut: StatutCritere;
    let retenues: ResultatCritere[];
    if (parties.some((p) => p.statut === decisif)) {
      statut = decisif;
      retenues = parties.filter((p) => p.statut === decisif);
      if (unDe) retenues = retenues.slice(0, 1);
    } else if (parties.some((p) => p.statut === 'a-verifier')) {
      statut = 'a-verifier';
      retenues = parties.filter((p) => p.statut === 'a-verifier');
    } else {
      statut = neutre;
      retenues = parties;
    }
    const aDemander = retenues.find((p) => p.champ || p.question);
    return {
      id: critere.id,
      libelle: critere.libelle,
      statut,
      raison: retenues.map((p) => p.raison).join(unDe && statut === 'non-rempli' ? ' ; et ' : ' ; '),
      sourceRegle,
      sourceFait: [...new Set(retenues.map((p) => p.sourceFait).filter((s): s is string => !!s))].join(' ; ') || null,
      ...(statut === 'a-verifier' && aDemander?.champ ? { champ: aDemander.champ } : {}),
      ...(statut === 'a-verifier' && aDemander?.question ? { question: aDemander.question } : {}),
      details: parties,
    };
  }
  return evaluerSimple(critere, faits, ctx, sourceRegle);
}

function sourceSansRegion(s: { libelle: string; url: string | null }): { libelle: string; url: string | null } {
  return { libelle: s.libelle, url: s.url };
}

function evaluerSimple(critere: CritereSimple, faits: Faits, ctx: ContexteEvaluation, sourceRegle: ResultatCritere['sourceRegle']): ResultatCritere {
  const base = { id: critere.id, libelle: critere.libelle, sourceRegle };
  if (critere.op === 'aVerifier') {
    const cle = cleQuestion(critere);
    const reponse = cle ? faits[`reponse.${cle}`] : undefined;
    if (reponse && typeof reponse.valeur === 'boolean') {
      return {
        ...base,
        statut: reponse.valeur ? 'rempli' : 'non-rempli',
        raison: `${critere.question} Réponse déclarée : ${reponse.valeur ? 'oui' : 'non'}.`,
        sourceFait: reponse.source,
        ...(cle ? { champ: champReponse(cle) } : {}),
      };
    }
    return {
      ...base,
      statut: 'a-verifier',
      raison: `À vérifier : ${critere.question}`,
      sourceFait: null,
      question: critere.question,
      ...(cle ? { champ: champReponse(cle) } : {}),
    };
  }
  const fait: Fait | undefined = faits[critere.fait];
  if (!fait || fait.valeur === undefined || fait.valeur === null) {
    return {
      ...base,
      statut: 'a-verifier',
      raison: fait?.texte ?? `${FAITS_CONNUS[critere.fait]?.libelle ?? critere.libelle} : non renseigné`,
      sourceFait: fait?.source ?? null,
      ...(fait?.champ ? { champ: fait.champ } : {}),
    };
  }
  const [comparaison, precision] = comparer(critere, fait.valeur, ctx);
  // A condition still to fulfil (e.g. a health project to have validated) is never a refusal.
  if (comparaison === 'non-rempli' && critere.aRemplir) {
    return {
      ...base,
      statut: 'a-verifier',
      raison: `${fait.texte} : ${critere.aRemplir}`,
      sourceFait: fait.source,
      question: critere.aRemplir,
      ...(fait.champ ? { champ: fait.champ } : {}),
    };
  }
  const statut = comparaison;
  const raison =
    statut === 'rempli'
      ? `${fait.texte}${precision ? ` (${precision})` : ''}`
      : statut === 'a-verifier'
        ? `${fait.texte} : ${precision ?? 'à vérifier'}`
        : `${fait.texte} : ${precision ?? `condition non remplie (${critere.libelle.toLowerCase()})`}`;
  return {
    ...base,
    statut,
    raison,
    sourceFait: fait.source,
    ...(statut === 'a-verifier' && fait.champ ? { champ: fait.champ } : {}),
  };
}

function comparer(critere: Exclude<CritereSimple, { op: 'aVerifier' }>, valeur: unknown, ctx: ContexteEvaluation): [StatutCritere, string | null] {
  switch (critere.op) {
    case 'dans':
      return critere.valeurs.includes(String(valeur)) ? ['rempli', null] : ['non-rempli', `${critere.valeurs.join(' ou ')} requis`];
    case 'vrai':
      return valeur === true ? ['rempli', null] : ['non-rempli', `condition non remplie (${critere.libelle.toLowerCase()})`];
    case 'faux':
      return valeur === false ? ['rempli', null] : ['non-rempli', `condition non remplie (${critere.libelle.toLowerCase()})`];
    case 'min':
      return Number(valeur) >= critere.valeur ? ['rempli', null] : ['non-rempli', `au moins ${nombre(critere.valeur)} requis`];
    case 'max':
      return Number(valeur) <= critere.valeur ? ['rempli', null] : ['non-rempli', `au plus ${nombre(critere.valeur)} requis`];
    case 'dateEntre': {
      const ok = dansPeriode(String(valeur), critere.debut, critere.fin);
      const bornes = [
        critere.debut ? `à partir du ${dateEnFrancais(critere.debut)}` : null,
        critere.fin ? `au plus tard le ${dateEnFrancais(critere.fin)}` : null,
      ]
        .filter(Boolean)
        .join(' et ');
      return ok ? ['rempli', null] : ['non-rempli', `date requise ${bornes}`];
    }
    case 'depuisMoinsDe': {
      const limite = decalerMois(ctx.date, -critere.mois);
      return String(valeur) >= limite
        ? ['rempli', null]
        : ['non-rempli', `installation antérieure au ${dateEnFrancais(limite)} (plus de ${critere.mois} mois avant la date d’évaluation)`];
    }
    case 'aucuneAideAnterieure': {
      const memeNature = (a: AideAnterieure) => (critere.codes ? critere.codes.includes(a.code) : (critere.familles ?? [ctx.famille]).includes(a.famille));
      const limite = critere.annees === null ? null : decalerMois(ctx.date, -12 * critere.annees);
      const dansLeDelai = (valeur as AideAnterieure[]).filter((a) => memeNature(a) && (limite === null || a.date > limite) && a.date <= ctx.date);
      // Décret 2025-231: each rule counts only the aids of its own funders (Assurance Maladie, or collectivités).
      const categories = critere.categories;
      const genantes = dansLeDelai.filter((a) => !categories || (a.categorie !== null && categories.includes(a.categorie)));
      const inconnues = categories ? dansLeDelai.filter((a) => a.categorie === null) : [];
      const liste = (aides: AideAnterieure[]) => aides.map((a) => `${a.libelle} du ${dateEnFrancais(a.date)}`).join(', ');
      if (genantes.length) {
        return [
          'non-rempli',
          critere.annees === null
            ? `aide de même nature déjà perçue (${liste(genantes)}) : une seule fois par carrière`
            : `aide de même nature perçue moins de ${pluriel(critere.annees, 'an', 'ans')} avant (${liste(genantes)})`,
        ];
      }
      if (inconnues.length) {
        return ['a-verifier', `financeur non précisé pour ${liste(inconnues)} : indiquez qui l’a versée (Assurance Maladie, collectivité ou État)`];
      }
      const declarees = (valeur as AideAnterieure[]).length;
      const autres = dansLeDelai.length;
      return [
        'rempli',
        autres
          ? `${liste(dansLeDelai)} : ${accorder(autres, 'versée', 'versées')} par un autre financeur, ${accorder(autres, 'elle ne compte', 'elles ne comptent')} pas pour cette règle`
          : declarees
            ? `${declarees === 1 ? 'l’aide déclarée n’est pas' : `aucune des ${declarees} aides déclarées n’est`} de même nature${limite ? ` depuis le ${dateEnFrancais(limite)}` : ''}`
            : null,
      ];
    }
  }
}

function nombre(n: number): string {
  return n.toLocaleString('fr-FR');
}
