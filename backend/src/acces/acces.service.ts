import { Injectable } from '@nestjs/common';
import { CacheReponses } from '../common/cache/cache-reponses';
import { CorpsEncode } from '../common/cache/corps-encode';
import { siCouvert } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { TypeTerritoire, verifierReference } from '../territoires/type-territoire';
import { DonneesAcces, DonneesAccesService, MillesimeApl } from './donnees-acces';
import { IndicateurCommune } from './dto/requetes.dto';
import { Agregat, agreger } from './indicateurs/agregation';
import { CLASSES_ACCES, ClasseAcces, LIBELLES_CLASSES, SEUIL_FRAGILE, SEUIL_SOUS_DOTEE, classerAcces, fragilite } from './indicateurs/classes-acces';
import { Classement, PerimetreClassement, Rang } from './indicateurs/classement';
import { ExplicationScission, expliquerScission } from './indicateurs/explication-scission';
import { HypothesesHorizon, aplHorizons } from './indicateurs/horizon';
import { ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN } from './moteur/plafonds-activite';
import { DECROISSANCE_DREES } from './moteur/decroissance';
import { distanceMaxKm } from './trajets/modele-trajet';

export interface Source {
  libelle: string;
  millesime: string;
}
export interface Valeur<T = number | null> {
  valeur: T;
  source: Source;
}

export const RAISON_MAYOTTE = 'Mayotte est hors du champ de l’APL publiée par la DREES (France hors Mayotte) : aucune valeur n’est estimée.';
const RAISON_SANS_APL =
  'Commune absente des millésimes APL de la DREES (commune sans habitant, ou créée depuis sans commune d’origine connue) : aucune valeur n’est estimée.';

export const arrondir = (x: number | null | undefined, chiffres = 3): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** chiffres) / 10 ** chiffres;

export function sourceApl(m: MillesimeApl): Source {
  return { libelle: `DREES, APL aux médecins généralistes ${m.annee} (population Insee ${m.anneePopulation})`, millesime: String(m.annee) };
}

const LIBELLES_TYPES: Record<TypeTerritoire, string> = { commune: 'Commune', epci: 'EPCI', departement: 'Département', region: 'Région' };

/** Encoded map payloads (~450 kB of JSON each) and cards; the version of the loaded data keys them. */
const TAILLE_CACHE_REPONSES_OCTETS = 48 * 1024 * 1024;

/**
 * Access indicators (official DREES APL) for communes, territories and custom sets of communes: values, classes,
 * populations under the thresholds, ranks, trend and horizons. Every value carries its source and vintage.
 */
@Injectable()
export class AccesService {
  private readonly reponses = new CacheReponses(TAILLE_CACHE_REPONSES_OCTETS);

  constructor(
    private readonly donneesAcces: DonneesAccesService,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  donnees(): Promise<DonneesAcces> {
    return this.donneesAcces.donnees();
  }

  millesime(d: DonneesAcces, annee?: number): MillesimeApl {
    if (annee === undefined) return [...d.millesimes.values()].at(-1)!;
    const m = d.millesimes.get(annee);
    if (!m) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Millésime APL ${annee} non chargé (disponibles : ${[...d.millesimes.keys()].join(', ')}).`, [
        { champ: 'annee', valeur: annee, message: `millésimes disponibles : ${[...d.millesimes.keys()].join(', ')}` },
      ]);
    }
    return m;
  }

  /** Values of one indicator for every commune, keyed by INSEE code (map layer), memoised per vintage. */
  async valeursCommunes(indicateur: IndicateurCommune, annee?: number) {
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    const cle = `valeurs:${indicateur}:${m.annee}`;
    const memo = d.memo.get(cle);
    if (memo) return memo;
    let calcul: (i: number) => number | string | null;
    let source = sourceApl(m);
    switch (indicateur) {
      case 'apl':
        calcul = (i) => arrondir(m.apl[i]);
        break;
      case 'apl_moins_65':
        calcul = (i) => arrondir(m.aplMoins65[i]);
        break;
      case 'fragilite':
        calcul = (i) => arrondir(fragilite(m.apl[i], m.aplMoins65[i]));
        break;
      case 'classe':
        calcul = (i) => classerAcces(m.apl[i], m.aplMoins65[i]);
        break;
      case 'evolution': {
        const p = this.precedent(d, m);
        if (!p)
          throw new ErreurDomaine('ENTREE_INVALIDE', `Pas de millésime antérieur à ${m.annee} : évolution indisponible.`, [
            { champ: 'annee', valeur: m.annee, message: 'millésime antérieur requis' },
          ]);
        source = { libelle: `DREES, APL aux médecins généralistes ${p.annee} et ${m.annee} (écart)`, millesime: `${p.annee}-${m.annee}` };
        calcul = (i) => arrondir(m.apl[i] - p.apl[i]);
        break;
      }
    }
    const valeurs: Record<string, number | string | null> = {};
    d.codes.forEach((code, i) => (valeurs[code] = calcul(i)));
    const resultat = {
      indicateur,
      annee: m.annee,
      source,
      couverture: await this.couverture.etatFrance('apl'),
      ...(indicateur === 'classe' ? { classes: LIBELLES_CLASSES } : {}),
      notes: [RAISON_MAYOTTE, 'Valeurs par commune du COG 2026 : communes fusionnées agrégées (APL pondérée par la population standardisée).'],
      valeurs,
    };
    d.memo.set(cle, resultat);
    return resultat;
  }

  /** `valeursCommunes` serialised and gzipped once per indicator, vintage and loaded data. */
  async valeursCommunesEncodees(indicateur: IndicateurCommune, annee?: number): Promise<CorpsEncode> {
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    return this.reponses.json(`valeurs:${indicateur}:${m.annee}`, d.version, () => this.valeursCommunes(indicateur, m.annee));
  }

  /** `fiche` encoded once per territory, vintage and loaded data (ranks scan every territory of the level). */
  async ficheEncodee(type: string, code: string, annee?: number): Promise<CorpsEncode> {
    const ref = verifierReference(type, code);
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    this.membres(d, ref.type, ref.code);
    return this.reponses.json(`fiche:${ref.type}:${ref.code}:${m.annee}`, d.version, () => this.fiche(ref.type, ref.code, m.annee));
  }

  /** Indicators of a commune or territory (the card), with ranks, trend and horizons. */
  async fiche(type: string, code: string, annee?: number) {
    const ref = verifierReference(type, code);
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    const membres = this.membres(d, ref.type, ref.code);
    const indicateurs = this.indicateursDe(d, m, membres);
    const precedent = this.precedent(d, m);
    const evolution = precedent ? agreger(precedent, membres).apl : null;
    const horizons = this.horizonsDe(d, m, membres, { remplacement: 0, departsMoins65: 0 });
    return {
      type: ref.type,
      code: ref.code,
      nom: d.nomsTerritoires.get(`${ref.type}:${ref.code}`) ?? ref.code,
      annee: m.annee,
      source: sourceApl(m),
      couverture: await this.couverture.etat('apl', ref.type, ref.code),
      ...indicateurs,
      evolution: precedent
        ? {
            depuis: precedent.annee,
            aplPrecedente: { valeur: arrondir(evolution), source: sourceApl(precedent) },
            ecart: {
              valeur: indicateurs.apl.valeur === null || evolution === null ? null : arrondir(indicateurs.apl.valeur - evolution),
              source: { libelle: `DREES, APL ${precedent.annee} et ${m.annee} (écart)`, millesime: `${precedent.annee}-${m.annee}` },
            },
          }
        : null,
      rangs: this.rangs(d, m, ref.type, ref.code),
      horizons,
    };
  }

  /** Indicators of a custom set of communes (e.g. a project's catchment area). */
  async indicateursCommunes(codes: string[], annee?: number) {
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    const inconnus = codes.filter((c) => !d.index.has(c));
    if (inconnus.length) {
      throw new ErreurDomaine(
        'INTROUVABLE',
        `Communes introuvables dans le COG 2026 : ${inconnus.slice(0, 10).join(', ')}${inconnus.length > 10 ? '…' : ''}.`,
        inconnus.slice(0, 50).map((c) => ({ champ: 'communes', valeur: c, message: 'commune inconnue' })),
      );
    }
    const membres = [...new Set(codes)].map((c) => d.index.get(c)!);
    return {
      annee: m.annee,
      source: sourceApl(m),
      couverture: await this.couverture.etatDeCommunes('apl', [...new Set(codes)]),
      nbCommunes: membres.length,
      ...this.indicateursDe(d, m, membres),
      horizons: this.horizonsDe(d, m, membres, { remplacement: 0, departsMoins65: 0 }),
    };
  }

  /** Indicators of a territory given as type + code (contract for other features). */
  async indicateursTerritoire(type: string, code: string, annee?: number) {
    const ref = verifierReference(type, code);
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    return { type: ref.type, code: ref.code, annee: m.annee, source: sourceApl(m), ...this.indicateursDe(d, m, this.membres(d, ref.type, ref.code)) };
  }

  async horizon(type: string, code: string, annee: number | undefined, h: Partial<HypothesesHorizon>) {
    const ref = verifierReference(type, code);
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    return {
      type: ref.type,
      code: ref.code,
      nom: d.nomsTerritoires.get(`${ref.type}:${ref.code}`) ?? ref.code,
      annee: m.annee,
      couverture: await this.couverture.etat('apl', ref.type, ref.code),
      ...this.horizonsDe(d, m, this.membres(d, ref.type, ref.code), { remplacement: h.remplacement ?? 0, departsMoins65: h.departsMoins65 ?? 0 }),
    };
  }

  /** Under-served and fragile communes of a territory, most populated first. */
  async zonesSousDotees(territoire: string, annee?: number, classes?: string) {
    const [type, code] = territoire.split(':');
    const ref = verifierReference(type, code);
    const retenues = (classes ?? 'sous_dotee,fragile_menacee,fragile')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const inconnue = retenues.find((c) => !(CLASSES_ACCES as readonly string[]).includes(c));
    if (inconnue) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Classe inconnue « ${inconnue} » : attendu ${CLASSES_ACCES.join(', ')}.`, [
        { champ: 'classes', valeur: inconnue, message: `attendu ${CLASSES_ACCES.join(', ')}` },
      ]);
    }
    const d = await this.donnees();
    const m = this.millesime(d, annee);
    const membres = this.membres(d, ref.type, ref.code);
    const communes = membres
      .map((i) => ({ i, classe: classerAcces(m.apl[i], m.aplMoins65[i]) }))
      .filter((c): c is { i: number; classe: ClasseAcces } => c.classe !== null && retenues.includes(c.classe))
      .sort((a, b) => m.populationTotale[b.i] - m.populationTotale[a.i] || m.apl[a.i] - m.apl[b.i])
      .map(({ i, classe }) => ({
        code: d.codes[i],
        nom: d.noms[i],
        apl: arrondir(m.apl[i]),
        aplMoins65: arrondir(m.aplMoins65[i]),
        fragilite: arrondir(fragilite(m.apl[i], m.aplMoins65[i])),
        classe,
        population: m.populationTotale[i],
      }));
    const couverture = await this.couverture.etat('apl', ref.type, ref.code);
    return {
      territoire: { type: ref.type, code: ref.code, nom: d.nomsTerritoires.get(`${ref.type}:${ref.code}`) ?? ref.code },
      annee: m.annee,
      source: sourceApl(m),
      couverture,
      classes: Object.fromEntries(retenues.map((c) => [c, LIBELLES_CLASSES[c as ClasseAcces]])),
      total: siCouvert(couverture, { communes: communes.length, population: communes.reduce((s, c) => s + c.population, 0) }),
      communes: siCouvert(couverture, communes),
    };
  }

  async parametres() {
    const d = await this.donnees();
    return {
      formule: {
        description: 'APL_i = Σ_j f(t_ij) · S_j / Σ_k f(t_kj) · P̃_k (DREES, accessibilité potentielle localisée, méthode à deux étapes)',
        decroissance: DECROISSANCE_DREES.map((p, k) => ({ de: k === 0 ? 0 : DECROISSANCE_DREES[k - 1].jusqua, jusqua: p.jusqua, poids: p.poids })),
        porteeMinutes: d.modele.porteeMinutes,
        plafondsActivite: [
          { de: 0, a: 250, retenu: 0 },
          { de: 251, a: 3600, retenu: 3600 },
          { de: 3601, a: 6000, retenu: 'activité réelle' },
          { de: 6001, a: null, retenu: 6000 },
        ],
        nouveauMedecin: ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN,
        centresDeSante: 'sans plafonds',
        seuils: { sousDotee: SEUIL_SOUS_DOTEE, fragile: SEUIL_FRAGILE },
        agregation: 'moyenne des APL communales pondérée par la population standardisée ; population sous un seuil comptée en population non standardisée',
        source: { libelle: 'DREES, feuille « Paramètres » du fichier APL médecins généralistes', millesime: [...d.millesimes.keys()].join('-') },
      },
      poidsAgeParMillesime: [...d.millesimes.values()].map((m) => ({
        annee: m.annee,
        anneePopulation: m.anneePopulation,
        poids: m.poidsAge,
        source: sourceApl(m),
      })),
      modeleTrajet: {
        description: d.modele.description,
        formule:
          'minutes = distance à vol d’oiseau (km) × facteurDetour ÷ vitesseKmh × 60 ; paire (c, c) : 2/3 du rayon du disque de même surface, plafonné à 20 min',
        facteurDetour: d.modele.facteurDetour,
        vitesseKmh: d.modele.vitesseKmh,
        distanceMaxKm: arrondir(distanceMaxKm(d.modele), 2),
        paires: d.nbTrajets,
        avertissement:
          'Approximation du distancier routier INSEE Metric utilisé par la DREES (non disponible hors ligne) : les temps simulés diffèrent des temps routiers réels.',
        fichier: 'geo-data/acces/modele-trajet.json',
        iles: 'Aucune paire entre deux masses terrestres (contours communaux qui se touchent, réunis par les ponts de Ré, Oléron et Noirmoutier), sauf par une traversée en bateau de durée publiée : accès au port + traversée + trajet depuis l’autre port, dans la portée de 20 minutes.',
      },
      simulation: {
        mode: d.offre ? 'recalcul_complet' : 'incremental',
        consultationsParMedecin: ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN,
        justification:
          'Par défaut, un médecin ajouté ou retiré compte pour 5 400 consultations et visites par an : l’activité que la DREES impute à un médecin nouvellement installé (feuille « Paramètres »), entre le plancher de 3 600 et le plafond de 6 000.',
        offre: d.offre ? { source: d.offre.source, millesime: d.offre.millesime } : null,
      },
    };
  }

  // ---- calculs partagés -----------------------------------------------------------------------

  membres(d: DonneesAcces, type: TypeTerritoire, code: string): number[] {
    const membres = d.membres.get(`${type}:${code}`);
    if (!membres) throw introuvable(`${LIBELLES_TYPES[type]} « ${code} » introuvable dans le COG 2026.`);
    return membres;
  }

  precedent(d: DonneesAcces, m: MillesimeApl): MillesimeApl | null {
    const anterieurs = [...d.millesimes.keys()].filter((a) => a < m.annee);
    return anterieurs.length ? d.millesimes.get(Math.max(...anterieurs))! : null;
  }

  indicateursDe(d: DonneesAcces, m: MillesimeApl, membres: number[]) {
    const a = agreger(m, membres);
    const src = sourceApl(m);
    const v = (valeur: number | null): Valeur => ({ valeur: arrondir(valeur), source: src });
    const absence = a.communesAvecApl === 0 ? (membres.every((i) => d.departement[i] === '976') ? RAISON_MAYOTTE : RAISON_SANS_APL) : null;
    const repartition = Object.fromEntries(CLASSES_ACCES.map((c) => [c, { communes: 0, population: 0 }])) as Record<
      ClasseAcces,
      { communes: number; population: number }
    >;
    for (const i of membres) {
      const c = classerAcces(m.apl[i], m.aplMoins65[i]);
      if (c) {
        repartition[c].communes++;
        repartition[c].population += m.populationTotale[i];
      }
    }
    return {
      apl: v(a.apl),
      aplMoins65: v(a.aplMoins65),
      fragilite: v(a.apl === null || a.aplMoins65 === null ? null : fragilite(a.apl, a.aplMoins65)),
      classe: { valeur: a.apl === null ? null : classerAcces(a.apl, a.aplMoins65!), source: src },
      population: {
        totale: { valeur: a.populationTotale, source: src },
        standardisee: { valeur: arrondir(a.populationStandardisee, 0), source: src },
        // No commune with an APL (Mayotte, uninhabited communes): nobody is counted under the thresholds — unknown, not 0.
        sous2_5: { valeur: absence ? null : a.populationSous2_5, source: src },
        sous4: { valeur: absence ? null : a.populationSous4, source: src },
      },
      repartitionClasses: absence ? null : repartition,
      communes: { avecApl: a.communesAvecApl, sansApl: a.communesSansApl },
      absence,
      scission: this.scissionDe(d, m, membres),
    };
  }

  /** A single commune split after the vintage: label and explanation of what its APL and population are. */
  private scissionDe(d: DonneesAcces, m: MillesimeApl, membres: number[]): ExplicationScission | null {
    if (membres.length !== 1) return null;
    const i = membres[0];
    const s = m.scissions?.get(i);
    if (!s) return null;
    return expliquerScission(
      s,
      { code: d.codes[i], nom: d.noms[i] },
      (code) => d.noms[d.index.get(code) ?? -1] ?? code,
      { annee: m.annee, anneePopulation: m.anneePopulation },
      m.populationTotale[i],
    );
  }

  horizonsDe(d: DonneesAcces, m: MillesimeApl, membres: number[], h: HypothesesHorizon) {
    const cle = `horizons:${m.annee}:${h.remplacement}:${h.departsMoins65}`;
    let series = d.memo.get(cle) as ReturnType<typeof aplHorizons> | undefined;
    if (!series) d.memo.set(cle, (series = aplHorizons(m, h)));
    const src: Source = { libelle: `Projection Maillage à partir de ${sourceApl(m).libelle} (APL − APL des moins de 65 ans)`, millesime: String(m.annee) };
    const resume = (a: Agregat, annees: number) => {
      const s = annees === 0 ? sourceApl(m) : src;
      return {
        annee: m.annee + annees,
        apl: { valeur: arrondir(a.apl), source: s },
        // No commune with an APL: nobody is counted under the thresholds — unknown, not 0.
        populationSous2_5: { valeur: a.communesAvecApl ? a.populationSous2_5 : null, source: s },
        populationSous4: { valeur: a.communesAvecApl ? a.populationSous4 : null, source: s },
      };
    };
    return {
      hypotheses: {
        ...h,
        description:
          'À 5 ans, les médecins de 65 ans et plus ont cessé leur activité sans être remplacés (sauf la part de remplacement choisie). À 10 ans, une part des médecins de moins de 65 ans les a rejoints : inconnue sans les âges des médecins (extrait RPPS), elle est comptée nulle par défaut, et l’horizon à 10 ans est alors une borne haute.',
      },
      aujourdhui: resume(agreger(m, membres), 0),
      horizon5: resume(agreger(m, membres, { apl: series.a5 }), 5),
      horizon10: resume(agreger(m, membres, { apl: series.a10 }), 10),
    };
  }

  /** Rank (1 = best accessibility) among territories of the same level in the enclosing ones. */
  private rangs(d: DonneesAcces, m: MillesimeApl, type: TypeTerritoire, code: string) {
    const src = sourceApl(m);
    const classement = this.classement(d, m, type);
    return perimetresDe(d, type, code)
      .map((p) => ({ p, r: classement.rang(code, p) }))
      .filter((x): x is { p: PerimetreClassement; r: Rang } => x.r !== null)
      .map(({ p, r }) => ({
        perimetre: {
          type: p.type,
          code: p.code,
          nom: p.type === 'france' ? 'France (hors Mayotte)' : (d.nomsTerritoires.get(`${p.type}:${p.code}`) ?? p.code),
        },
        rang: r.rang,
        sur: r.sur,
        sens: '1 = meilleure accessibilité (APL la plus élevée)',
        source: src,
      }));
  }

  /** Ranks of every territory of a level, built once per vintage and loaded data (memo dropped with the data). */
  private classement(d: DonneesAcces, m: MillesimeApl, type: TypeTerritoire): Classement {
    const cle = `classement:${type}:${m.annee}`;
    const memo = d.memo.get(cle) as Classement | undefined;
    if (memo) return memo;
    const classement = new Classement(this.agregatsNiveau(d, m, type), (c) => perimetresDe(d, type, c));
    d.memo.set(cle, classement);
    return classement;
  }

  /** Aggregated APL of every territory of a level (memoised per vintage). */
  private agregatsNiveau(d: DonneesAcces, m: MillesimeApl, type: TypeTerritoire): Map<string, number | null> {
    const cle = `niveau:${type}:${m.annee}`;
    const memo = d.memo.get(cle) as Map<string, number | null> | undefined;
    if (memo) return memo;
    const resultat = new Map<string, number | null>();
    const prefixe = `${type}:`;
    for (const [k, membres] of d.membres) if (k.startsWith(prefixe)) resultat.set(k.slice(prefixe.length), agreger(m, membres).apl);
    d.memo.set(cle, resultat);
    return resultat;
  }
}

/**
 * Perimeters a territory is ranked in: a commune in its département and its région, an EPCI or a département in its
 * région (that of its first commune) and France, a région in France.
 */
function perimetresDe(d: DonneesAcces, type: TypeTerritoire, code: string): PerimetreClassement[] {
  if (type === 'region') return [{ type: 'france', code: 'FR' }];
  const i0 = d.membres.get(`${type}:${code}`)?.[0];
  if (i0 === undefined) return [];
  if (type === 'commune')
    return [
      { type: 'departement', code: d.departement[i0] },
      { type: 'region', code: d.region[i0] },
    ];
  return [
    { type: 'region', code: d.region[i0] },
    { type: 'france', code: 'FR' },
  ];
}
