import { ParametreEffectif, valeurParametre } from '../methode/parametres-methode';
import { aplUnite } from './apl-unite';
import { categorieNationale } from './categorie-nationale';
import { CLASSES_UNITE, ClasseUnite, LIBELLE_BASSIN_DE_VIE } from './classes-cockpit';
import { CommuneSocle, IndicateurUnite, QpvSocle, Socle, UniteSocle } from './socle';
import { LigneIndicateurBv, LigneMembre, LigneQpv } from './unites.repository';
import { verrouUnite } from './verrou';
import { zoneRougeUnite } from './zone-rouge-unite';
import type { ZonesRougesRegion } from '../../zones-rouges/zones-rouges.service';

export interface EntreeSocle {
  region: string;
  regionsNoms: Map<string, string>;
  unite: 'bassin_de_vie' | 'tvs';
  compositionId: number | null;
  compositionLibelle: string | null;
  anneeApl: number;
  sourceApl: string;
  anneePopulation: number;
  dateReference: string;
  zonageEnVigueur: Socle['zonageEnVigueur'];
  parametres: ParametreEffectif[];
  membres: LigneMembre[];
  indicateurs: LigneIndicateurBv[];
  qpv: LigneQpv[];
  classesEnVigueur: ReadonlyMap<string, string> | Record<string, string>;
  classesQpvEnVigueur: ReadonlyMap<string, string>;
  /** The zones rouges list in force for the région's communes (null: no list loaded). */
  zonesRouges: ZonesRougesRegion | null;
}

/** Lower bound of a QPV's population: « le nombre minimal d'habitants d'un quartier est fixé à 1 000 » (décret n° 2014-767, art. 2). */
export const POPULATION_MINIMALE_QPV = 1000;
export const SOURCE_MINIMUM_QPV =
  'minimum légal de 1 000 habitants par QPV (décret n° 2014-767 du 3 juillet 2014, art. 2) : approximation tant que l’ARS n’a pas saisi la population Insee du quartier';

/** The indicators read per bassin de vie or from the APL (the zones rouges one is built from the list, per commune). */
type CodeIndicateur = Exclude<IndicateurUnite['code'], 'zone_rouge'>;

const LIBELLES_INDICATEURS: Record<CodeIndicateur, { libelle: string; unite: string }> = {
  densite_mg: { libelle: 'Densité de généralistes libéraux', unite: 'pour 10 000 habitants' },
  part_offre_65_plus: { libelle: 'Part de l’offre due aux généralistes de plus de 65 ans (APL − APL<65)', unite: '%' },
  part_75_ans_plus: { libelle: 'Part des 75 ans et plus', unite: '%' },
  taux_pauvrete: { libelle: 'Taux de pauvreté', unite: '%' },
  niveau_vie_median: { libelle: 'Niveau de vie médian', unite: '€ par an' },
};

const CORRESPONDANCE_BV: Partial<Record<CodeIndicateur, string>> = {
  densite_mg: 'densite_mg_liberaux',
  part_75_ans_plus: 'part_75_ans_plus',
  taux_pauvrete: 'taux_pauvrete',
  niveau_vie_median: 'niveau_vie_median',
};

const lire = (m: ReadonlyMap<string, string> | Record<string, string>, code: string): string | undefined =>
  m instanceof Map ? m.get(code) : (m as Record<string, string>)[code];

function population(m: LigneMembre): { valeur: number; source: 'drees' | 'legale' } {
  if (m.population_totale !== null && m.population_totale !== undefined) return { valeur: Number(m.population_totale), source: 'drees' };
  return { valeur: Number(m.population_legale ?? 0), source: 'legale' };
}

/**
 * Builds the units of a région (bassins de vie or TVS) from their member communes: population in the région and
 * overall, majority région, APL weighted by standardised population, national category, lock, class in force by
 * population majority, « beyond APL » indicators and QPV. Pure: the service reads the rows.
 */
export function construireSocle(e: EntreeSocle): Socle {
  const seuilSn = valeurParametre(e.parametres, 'seuil_selection_nationale');
  const seuilVivier = valeurParametre(e.parametres, 'seuil_vivier');
  const derogatoire = valeurParametre(e.parametres, 'region_derogatoire') === 1;
  const groupes = new Map<string, LigneMembre[]>();
  for (const m of e.membres) (groupes.get(m.unite) ?? groupes.set(m.unite, []).get(m.unite)!).push(m);
  const indicateursParBv = new Map<string, Map<string, LigneIndicateurBv>>();
  for (const i of e.indicateurs) (indicateursParBv.get(i.bv_code) ?? indicateursParBv.set(i.bv_code, new Map()).get(i.bv_code)!).set(i.indicateur, i);

  const communes: CommuneSocle[] = [];
  const uniteDeCommune = new Map<string, string[]>();
  const unites: UniteSocle[] = [];
  for (const [code, membres] of groupes) {
    const dansRegion = membres.filter((m) => m.region === e.region);
    if (!dansRegion.length) continue;
    const parRegion = new Map<string, number>();
    let populationTotale = 0;
    for (const m of membres) {
      const p = population(m).valeur;
      populationTotale += p;
      parRegion.set(m.region, (parRegion.get(m.region) ?? 0) + p);
    }
    const populationRegion = parRegion.get(e.region) ?? 0;
    const regionMajoritaire = [...parRegion].sort((a, b) => b[1] - a[1] || (a[0] === e.region ? -1 : 1))[0][0];
    const partRegion = populationTotale > 0 ? populationRegion / populationTotale : 1;
    const apl = aplUnite(membres.map((m) => ({ apl: m.apl, aplMoins65: m.apl_moins_65, populationStandardisee: Number(m.population_standardisee ?? 0) })));
    const categorie = categorieNationale(apl.aplMoins65, seuilSn, seuilVivier);
    const populationsEnVigueur: Record<string, number> = {};
    for (const m of dansRegion) {
      const classe = lire(e.classesEnVigueur, m.code) ?? (m.arrondissement_de ? lire(e.classesEnVigueur, m.arrondissement_de) : undefined) ?? 'inconnue';
      populationsEnVigueur[classe] = (populationsEnVigueur[classe] ?? 0) + population(m).valeur;
      const p = population(m);
      communes.push({
        code: m.code,
        nom: m.nom,
        departement: m.departement,
        unite: code,
        population: p.valeur,
        populationSource: p.source,
        apl: m.apl,
        aplMoins65: m.apl_moins_65,
        classeEnVigueur: classe === 'inconnue' ? null : classe,
        arrondissementDe: m.arrondissement_de,
      });
      const cle = m.arrondissement_de ?? m.code;
      (uniteDeCommune.get(cle) ?? uniteDeCommune.set(cle, []).get(cle)!).push(code);
    }
    const connues = Object.entries(populationsEnVigueur).filter(([c]) => (CLASSES_UNITE as readonly string[]).includes(c));
    const classeEnVigueur = connues.length ? (connues.sort((a, b) => b[1] - a[1])[0][0] as ClasseUnite) : null;
    unites.push({
      code,
      nom: membres[0].unite_nom,
      communes: dansRegion.map((m) => m.code),
      communesHorsRegion: membres.length - dansRegion.length,
      populationRegion,
      populationTotale,
      partRegion,
      regionMajoritaire,
      apl: apl.apl,
      aplMoins65: apl.aplMoins65,
      populationStandardisee: apl.populationStandardisee,
      membresSansApl: apl.membresSansApl,
      categorie,
      verrou: verrouUnite({
        categorie,
        partRegion,
        regionMajoritaire,
        regionMajoritaireNom: e.regionsNoms.get(regionMajoritaire) ?? regionMajoritaire,
        regionDerogatoire: derogatoire,
      }),
      classeEnVigueur,
      populationsEnVigueur,
      indicateurs: [
        ...indicateursUnite(e, code, apl.apl, apl.aplMoins65, indicateursParBv.get(code)),
        zoneRougeUnite(
          e.zonesRouges,
          dansRegion.map((m) => ({ code: m.code, arrondissementDe: m.arrondissement_de, population: population(m).valeur })),
          e.dateReference,
        ),
      ],
      qpv: [],
    });
  }

  const qpv = construireQpv(e, uniteDeCommune, communes);
  const parCode = new Map(unites.map((u) => [u.code, u]));
  for (const q of qpv) for (const p of q.parts) parCode.get(p.unite)?.qpv.push(q.code);
  unites.sort((a, b) => a.code.localeCompare(b.code));
  communes.sort((a, b) => a.code.localeCompare(b.code));
  const notes = [
    e.unite === 'bassin_de_vie'
      ? `Unité : ${LIBELLE_BASSIN_DE_VIE}. La composition des TVS n’est pas une donnée ouverte : l’ARS peut téléverser la sienne.`
      : `Unité : territoires de vie-santé (${e.compositionLibelle ?? 'composition téléversée'}).`,
    `APL : moyenne de l’APL aux médecins de 65 ans ou moins des communes, pondérée par leur population standardisée (${e.sourceApl}).`,
    `Population : population totale Insee ${e.anneePopulation} du fichier APL de la DREES (population légale 2026 pour les communes qui n’y figurent pas).`,
    `QPV : liste 2024 partielle (1 493 QPV sur environ 1 600) ; population de chaque QPV au moins égale au minimum légal de 1 000 habitants tant que l’ARS n’a pas saisi la population Insee.`,
  ];
  return {
    region: e.region,
    regionNom: e.regionsNoms.get(e.region) ?? e.region,
    unite: e.unite,
    uniteLibelle: e.unite === 'bassin_de_vie' ? LIBELLE_BASSIN_DE_VIE : `territoire de vie-santé (${e.compositionLibelle ?? 'composition téléversée'})`,
    compositionId: e.compositionId,
    anneeApl: e.anneeApl,
    sourceApl: e.sourceApl,
    sourcePopulation: `Insee, population totale ${e.anneePopulation} (fichier APL ${e.anneeApl} de la DREES)`,
    dateReference: e.dateReference,
    zonageEnVigueur: e.zonageEnVigueur,
    parametres: e.parametres,
    unites,
    communes,
    qpv,
    notes,
  };
}

function indicateursUnite(
  e: EntreeSocle,
  code: string,
  apl: number | null,
  aplMoins65: number | null,
  bv: Map<string, LigneIndicateurBv> | undefined,
): IndicateurUnite[] {
  return (Object.keys(LIBELLES_INDICATEURS) as CodeIndicateur[]).map((c) => {
    const base = { code: c, ...LIBELLES_INDICATEURS[c] };
    if (c === 'part_offre_65_plus') {
      if (apl === null || aplMoins65 === null || apl <= 0)
        return { ...base, valeur: null, source: null, annee: null, raison: 'APL nulle ou inconnue : part non calculable.' };
      return {
        ...base,
        valeur: (100 * (apl - aplMoins65)) / apl,
        source: `DREES, APL et APL aux médecins de 65 ans ou moins ${e.anneeApl}`,
        annee: String(e.anneeApl),
        raison: null,
      };
    }
    if (e.unite !== 'bassin_de_vie')
      return {
        ...base,
        valeur: null,
        source: null,
        annee: null,
        raison: 'Indicateur publié par bassin de vie : non calculable pour un territoire de vie-santé.',
      };
    const ligne = bv?.get(CORRESPONDANCE_BV[c]!);
    if (!ligne) return { ...base, valeur: null, source: null, annee: null, raison: `Aucune valeur publiée pour le bassin de vie ${code}.` };
    return {
      ...base,
      valeur: ligne.valeur,
      source: ligne.source,
      annee: String(ligne.annee),
      raison: ligne.valeur === null ? 'Valeur non publiée (secret statistique).' : null,
    };
  });
}

function construireQpv(e: EntreeSocle, uniteDeCommune: Map<string, string[]>, communes: CommuneSocle[]): QpvSocle[] {
  const population = new Map<string, number>();
  for (const c of communes) population.set(c.arrondissementDe ?? c.code, (population.get(c.arrondissementDe ?? c.code) ?? 0) + c.population);
  const groupes = new Map<string, LigneQpv[]>();
  for (const q of e.qpv) (groupes.get(q.code) ?? groupes.set(q.code, []).get(q.code)!).push(q);
  const resultat: QpvSocle[] = [];
  for (const [code, lignes] of groupes) {
    const saisie = lignes[0].population !== null && lignes[0].population !== undefined ? Number(lignes[0].population) : null;
    const total = saisie ?? POPULATION_MINIMALE_QPV;
    const unitesDesCommunes = lignes.flatMap((l) => (uniteDeCommune.get(l.commune_code) ?? []).map((u) => ({ u, commune: l.commune_code })));
    if (!unitesDesCommunes.length) continue;
    const parPart = total / unitesDesCommunes.length;
    const parts = new Map<string, number>();
    for (const { u, commune } of unitesDesCommunes) parts.set(u, (parts.get(u) ?? 0) + Math.min(parPart, population.get(commune) ?? parPart));
    const classe = e.classesQpvEnVigueur.get(code);
    resultat.push({
      code,
      nom: lignes[0].nom,
      communes: [...new Set(lignes.map((l) => l.commune_code))],
      parts: [...parts].map(([unite, p]) => ({ unite, population: p })),
      population: total,
      populationSource: saisie === null ? 'minimum_legal' : 'saisie',
      sourcePopulation: saisie === null ? SOURCE_MINIMUM_QPV : `saisie par l’ARS : ${lignes[0].population_source ?? ''}`,
      classeEnVigueur: classe === 'ZIP' || classe === 'ZAC' ? classe : null,
    });
  }
  return resultat.sort((a, b) => a.code.localeCompare(b.code));
}
