import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { AccesService, arrondir, sourceApl } from '../acces/acces.service';
import { DonneesAcces, MillesimeApl } from '../acces/donnees-acces';
import { SeriesApl, agreger } from '../acces/indicateurs/agregation';
import { CLASSES_ACCES, ClasseAcces, LIBELLES_CLASSES, SEUIL_FRAGILE, SEUIL_SOUS_DOTEE, classerAcces } from '../acces/indicateurs/classes-acces';
import { millesimeDeLOffre, texteMillesimeNonEstime } from '../acces/offre-estimee/millesime-offre';
import { LIBELLE_OFFRE_ESTIMEE } from '../acces/offre-estimee/parametres-offre-estimee';
import { DetailErreur, ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { EtatCouverture } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { verifierReference } from '../territoires/type-territoire';
import { ScenariosDto } from './dto/scenarios.dto';
import { CatalogueProspective, LETTRES, Lettre, leviersDuScenario, lireCatalogueProspective, modeleAges } from './hypotheses/catalogue-prospective';
import { CODES_LEVIERS, CodeLevier, ValeurLevier, ValeursLeviers, valeurAHorizon } from './moteur/leviers';
import { BaseProjection, ModeleAges, Projection, projeter } from './moteur/projection';

/** Communes of 20,000 inhabitants or more stand for the urban poles (no INSEE urban-area layer is loaded). */
export const SEUIL_POLE_URBAIN = 20_000;
/** Above this many communes, the per-commune table is left out of the answer (the map arrays carry them). */
const COMMUNES_MAX_TABLEAU = 3000;

interface Choix {
  hypotheses: Record<number, Lettre>;
  surcharges: Partial<Record<CodeLevier, ValeurLevier>>;
}

interface BaseEnMemoire {
  base: BaseProjection;
  offre: { libelle: string; estimee: boolean };
}

/**
 * Scenarios at 5 and 10 years on the access engine: one hypothesis per issue (six issues × A/B/C) and a common
 * demographic frame give lever values per horizon; the projection engine turns them into APL and APL<65 per
 * commune from the GP supply (estimated from the published APL, or imported), for the observed and the target
 * scenario, with the gap per lever and per issue on the territory asked.
 */
@Injectable()
export class ProspectiveService {
  private catalogueCharge: CatalogueProspective | null = null;
  private agesCharges: ModeleAges | null = null;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly acces: AccesService,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  catalogue(): CatalogueProspective {
    this.catalogueCharge ??= lireCatalogueProspective(path.join(this.config.racineProjet, 'geo-data', 'prospective', 'hypotheses-2026.json'));
    return this.catalogueCharge;
  }

  private ages(): ModeleAges {
    this.agesCharges ??= modeleAges(this.catalogue());
    return this.agesCharges;
  }

  /** The issues, their hypotheses with the lever values at each horizon, the levers with their sources, the supply used. */
  async hypotheses() {
    const c = this.catalogue();
    const d = await this.acces.donnees();
    const { millesime: m, plusRecentNonEstime } = millesimeDeLOffre(d, undefined, (a) => this.acces.millesime(d, a));
    const offre = this.decrireOffre(this.offreDe(d, m), m, plusRecentNonEstime);
    const valeurs = (leviers: Partial<Record<CodeLevier, ValeurLevier>>) =>
      Object.entries(leviers).map(([code, v]) => ({
        code,
        libelle: c.leviers[code as CodeLevier].libelle,
        unite: c.leviers[code as CodeLevier].unite,
        parHorizon: Object.fromEntries(c.horizons.map((h) => [h, valeurAHorizon(v, h)])),
      }));
    return {
      version: c.version,
      publieLe: c.publieLe,
      anneeReference: c.anneeReference,
      horizons: c.horizons.map((h) => ({ annees: h, annee: c.anneeReference + h })),
      etude: c.etude,
      cadre: { ...c.cadre, leviers: valeurs(c.cadre.leviers) },
      enjeux: c.enjeux.map((e) => ({
        ...e,
        hypotheses: Object.fromEntries(LETTRES.map((l) => [l, { ...e.hypotheses[l], leviers: valeurs(e.hypotheses[l].leviers) }])),
      })),
      leviers: CODES_LEVIERS.map((code) => ({
        code,
        ...c.leviers[code],
        sources: c.leviers[code].sources.map((s) => c.pages[s]),
      })),
      modeleAges: c.modeleAges,
      offre: offre ? { ...offre, ajustement: m.offreEstimee && !d.offre ? this.resumeAjustement(m) : null } : null,
      annee: m.annee,
    };
  }

  /** INSEE codes in the order of the map arrays of `scenarios` (carte: true). */
  async communes() {
    const d = await this.acces.donnees();
    return { codes: d.codes };
  }

  async scenarios(dto: ScenariosDto) {
    const c = this.catalogue();
    const erreurs: DetailErreur[] = [];
    const cadre = this.lireLeviers(dto.cadre, 'cadre', erreurs);
    const observe = this.lireChoix(dto.observe, 'observe', erreurs);
    const cible = this.lireChoix(dto.cible, 'cible', erreurs);
    if (dto.territoire && dto.communes) erreurs.push({ champ: 'communes', message: 'donner soit territoire, soit communes, pas les deux' });
    if (erreurs.length) throw new ErreurDomaine('ENTREE_INVALIDE', `Scénario invalide : ${erreurs.map((e) => e.message).join(' ; ')}`, erreurs);

    const d = await this.acces.donnees();
    const { millesime: m, plusRecentNonEstime } = millesimeDeLOffre(d, dto.annee, (a) => this.acces.millesime(d, a));
    const { base, offre: offreBase } = this.base(d, m);
    const offre = this.decrireOffre(offreBase, m, plusRecentNonEstime)!;
    const { membres, territoire } = this.membres(d, dto);
    const couverture = await this.couvertureDe(dto, d, membres);
    const horizons = [...new Set(dto.horizons ?? c.horizons)].sort((a, b) => a - b);
    const leviers = (choix: Choix, h: number): ValeursLeviers => leviersDuScenario(c, choix.hypotheses, h, { ...cadre, ...choix.surcharges });
    const lignes = dto.carte ? undefined : membres;
    const serie = (p: Projection): SeriesApl => ({
      apl: p.apl,
      aplMoins65: p.aplMoins65,
      populationStandardisee: m.populationStandardisee,
      populationTotale: m.populationTotale,
    });
    const aujourdhui = this.resume(m, membres);

    const parHorizon = horizons.map((h) => {
      const lo = leviers(observe, h);
      const lc = leviers(cible, h);
      const po = projeter(base, lo, h, this.ages(), { lignes });
      const pc = projeter(base, lc, h, this.ages(), { lignes });
      return { h, lo, lc, po, pc, ro: this.resume(serie(po), membres), rc: this.resume(serie(pc), membres) };
    });

    const detail = dto.detailLeviers !== false;
    const aplDe = (l: ValeursLeviers, h: number) => agreger(serie(projeter(base, l, h, this.ages(), { lignes: membres, sansMoins65: true })), membres).apl;
    const ecartLeviers = detail
      ? CODES_LEVIERS.filter((k) => parHorizon.some((x) => x.lo[k] !== x.lc[k])).map((k) => ({
          code: k,
          libelle: c.leviers[k].libelle,
          unite: c.leviers[k].unite,
          statut: c.leviers[k].statut,
          enjeu: c.enjeux.find((e) => LETTRES.some((l) => k in e.hypotheses[l].leviers))?.numero ?? null,
          horizons: parHorizon.map((x) => {
            const a = aplDe({ ...x.lo, [k]: x.lc[k] }, x.h);
            return { annees: x.h, observe: x.lo[k], cible: x.lc[k], ecartApl: a === null || x.ro.apl === null ? null : arrondir(a - x.ro.apl, 4) };
          }),
        }))
      : [];
    const dernier = (l: { horizons: { ecartApl: number | null }[] }) => Math.abs(l.horizons.at(-1)?.ecartApl ?? 0);
    ecartLeviers.sort((a, b) => dernier(b) - dernier(a));
    const ecartEnjeux = detail
      ? c.enjeux.map((e) => {
          const codes = new Set(LETTRES.flatMap((l) => Object.keys(e.hypotheses[l].leviers)));
          return {
            numero: e.numero,
            titre: e.titre,
            observee: observe.hypotheses[e.numero] ?? e.observee,
            cible: cible.hypotheses[e.numero] ?? e.cible,
            horizons: parHorizon.map((x) => {
              const l = { ...x.lo };
              for (const k of codes) l[k as CodeLevier] = x.lc[k as CodeLevier];
              const a = aplDe(l, x.h);
              return { annees: x.h, ecartApl: a === null || x.ro.apl === null ? null : arrondir(a - x.ro.apl, 4) };
            }),
          };
        })
      : [];

    const arrondirTableau = (v: Float64Array) => Array.from(v, (x) => arrondir(x, 3));
    return {
      territoire,
      annee: m.annee,
      anneeReference: c.anneeReference,
      source: {
        libelle: `Projection Maillage à partir de ${sourceApl(m).libelle} et de l’${offre.libelle}`,
        millesime: `${m.annee}`,
      },
      offre,
      couverture,
      aujourdhui: { annee: c.anneeReference, ...aujourdhui },
      scenarios: {
        observe: {
          hypotheses: this.hypothesesRetenues(observe),
          horizons: parHorizon.map((x) => ({ annees: x.h, annee: c.anneeReference + x.h, ...x.ro })),
        },
        cible: {
          hypotheses: this.hypothesesRetenues(cible),
          horizons: parHorizon.map((x) => ({ annees: x.h, annee: c.anneeReference + x.h, ...x.rc })),
        },
      },
      ecarts: parHorizon.map((x) => ({
        annees: x.h,
        annee: c.anneeReference + x.h,
        apl: x.ro.apl === null || x.rc.apl === null ? null : arrondir(x.rc.apl - x.ro.apl, 4),
        populationSous2_5: x.rc.populationSous2_5 === null || x.ro.populationSous2_5 === null ? null : x.rc.populationSous2_5 - x.ro.populationSous2_5,
        populationSous4: x.rc.populationSous4 === null || x.ro.populationSous4 === null ? null : x.rc.populationSous4 - x.ro.populationSous4,
      })),
      leviers: ecartLeviers,
      enjeux: ecartEnjeux,
      communes:
        membres.length <= COMMUNES_MAX_TABLEAU
          ? membres.map((i) => ({
              code: d.codes[i],
              nom: d.noms[i],
              population: m.populationTotale[i],
              apl: arrondir(m.apl[i]),
              horizons: parHorizon.map((x) => ({
                annees: x.h,
                observe: arrondir(x.po.apl[i]),
                cible: arrondir(x.pc.apl[i]),
                classeObserve: classerAcces(x.po.apl[i], x.po.aplMoins65[i]),
                classeCible: classerAcces(x.pc.apl[i], x.pc.aplMoins65[i]),
              })),
            }))
          : null,
      carte: dto.carte
        ? {
            ordre: 'codes de GET /api/prospective/communes',
            horizons: parHorizon.map((x) => ({ annees: x.h, observe: arrondirTableau(x.po.apl), cible: arrondirTableau(x.pc.apl) })),
          }
        : null,
      classes: LIBELLES_CLASSES,
      avertissements: [
        ...(plusRecentNonEstime ? [texteMillesimeNonEstime(m.annee, plusRecentNonEstime)] : []),
        ...this.avertissements(m, offre.estimee, detail),
      ],
    };
  }

  // ---- lecture et validation des choix ------------------------------------------------------

  private lireChoix(dto: { hypotheses?: Record<string, string>; leviers?: Record<string, unknown> }, champ: string, erreurs: DetailErreur[]): Choix {
    const c = this.catalogue();
    const hypotheses: Record<number, Lettre> = {};
    for (const [cle, lettre] of Object.entries(dto.hypotheses ?? {})) {
      const numero = Number(cle);
      if (!c.enjeux.some((e) => e.numero === numero)) {
        erreurs.push({
          champ: `${champ}.hypotheses.${cle}`,
          valeur: cle,
          message: `${champ}.hypotheses : enjeu « ${cle} » inconnu (attendu 1 à ${c.enjeux.length})`,
        });
      } else if (!(LETTRES as readonly string[]).includes(String(lettre).toUpperCase())) {
        erreurs.push({ champ: `${champ}.hypotheses.${cle}`, valeur: lettre, message: `${champ}.hypotheses.${cle} doit valoir A, B ou C` });
      } else hypotheses[numero] = String(lettre).toUpperCase() as Lettre;
    }
    return { hypotheses, surcharges: this.lireLeviers(dto.leviers, `${champ}.leviers`, erreurs) };
  }

  private lireLeviers(brut: Record<string, unknown> | undefined, champ: string, erreurs: DetailErreur[]): Partial<Record<CodeLevier, ValeurLevier>> {
    const c = this.catalogue();
    const resultat: Partial<Record<CodeLevier, ValeurLevier>> = {};
    for (const [code, v] of Object.entries(brut ?? {})) {
      const def = c.leviers[code as CodeLevier];
      const nom = `${champ}.${code}`;
      if (!def) {
        erreurs.push({ champ: nom, valeur: code, message: `${champ} : levier « ${code} » inconnu` });
        continue;
      }
      const valeurs: [string, unknown][] = typeof v === 'object' && v !== null ? Object.entries(v) : [['', v]];
      let valide = true;
      for (const [h, x] of valeurs) {
        const ou = h ? `${nom}.${h}` : nom;
        if (h && !c.horizons.includes(Number(h))) {
          erreurs.push({ champ: ou, valeur: h, message: `${ou} : horizon inconnu (attendu ${c.horizons.join(' ou ')})` });
          valide = false;
        } else if (typeof x !== 'number' || !Number.isFinite(x) || x < def.min || x > def.max) {
          erreurs.push({ champ: ou, valeur: x, message: `${ou} doit être un nombre entre ${def.min} et ${def.max} (${def.unite})` });
          valide = false;
        }
      }
      if (valide) {
        if (typeof v === 'number') resultat[code as CodeLevier] = v;
        else {
          const parH = v as Record<string, number>;
          const complet = Object.fromEntries(c.horizons.map((h) => [String(h), parH[String(h)] ?? def.neutre]));
          resultat[code as CodeLevier] = complet;
        }
      }
    }
    return resultat;
  }

  private hypothesesRetenues(choix: Choix) {
    return this.catalogue().enjeux.map((e) => {
      const lettre = choix.hypotheses[e.numero] ?? e.observee;
      return { numero: e.numero, titre: e.titre, lettre, hypothese: e.hypotheses[lettre].titre };
    });
  }

  // ---- état de départ -----------------------------------------------------------------------

  /** The supply used, with the APL vintage it comes from and the newer vintage loaded but not used (else null). */
  private decrireOffre(offre: { libelle: string; estimee: boolean } | null, m: MillesimeApl, plusRecentNonEstime: number | null) {
    if (!offre) return null;
    return {
      ...offre,
      millesimeApl: m.annee,
      millesimePlusRecentNonEstime: plusRecentNonEstime,
      note: plusRecentNonEstime ? texteMillesimeNonEstime(m.annee, plusRecentNonEstime) : null,
    };
  }

  /** Coverage of the territory asked by the APL the projection starts from (Mayotte: none, figures null). */
  private couvertureDe(dto: ScenariosDto, d: DonneesAcces, membres: number[]): Promise<EtatCouverture> {
    if (dto.communes) return this.couverture.etatDeCommunes('apl', [...new Set(dto.communes)]);
    if (!dto.territoire) return this.couverture.etatFrance('apl');
    const [type, code] = dto.territoire.split(':');
    return membres.length ? this.couverture.etat('apl', type, code) : this.couverture.etatDeCommunes('apl', []);
  }

  private offreDe(d: DonneesAcces, m: MillesimeApl): { libelle: string; estimee: boolean } | null {
    if (d.offre) return { libelle: `offre importée (${d.offre.source}, ${d.offre.millesime})`, estimee: false };
    if (m.offreEstimee) return { libelle: LIBELLE_OFFRE_ESTIMEE, estimee: true };
    return null;
  }

  private base(d: DonneesAcces, m: MillesimeApl): BaseEnMemoire {
    const cle = `prospective:base:${m.annee}`;
    const memo = d.memo.get(cle) as BaseEnMemoire | undefined;
    if (memo) return memo;
    const offre = this.offreDe(d, m);
    if (!offre) {
      throw new ErreurDomaine(
        'DONNEES_NON_CHARGEES',
        'Aucune offre de médecine générale n’est encore chargée pour ce millésime : l’offre estimée se calcule à l’import (« npm run import -- offre-estimee »).',
      );
    }
    const n = d.codes.length;
    const moins65 = new Float64Array(n);
    const plus65 = new Float64Array(n);
    const source = d.offre ?? m.offreEstimee!;
    for (let j = 0; j < n; j++) {
      plus65[j] = Math.min(source.consultations65Plus[j], source.consultations[j]);
      moins65[j] = source.consultations[j] - plus65[j];
    }
    const drapeau = (f: (i: number) => boolean) => Uint8Array.from({ length: n }, (_, i) => (f(i) ? 1 : 0));
    const resultat: BaseEnMemoire = {
      base: {
        graphe: d.graphe,
        demande: m.demande,
        populationStandardisee: m.populationStandardisee,
        populationTotale: m.populationTotale,
        apl: m.apl,
        aplMoins65: m.aplMoins65,
        offreMoins65: moins65,
        offrePlus65: plus65,
        zoneFragile: drapeau((i) => m.apl[i] < SEUIL_FRAGILE),
        sousDotee: drapeau((i) => m.apl[i] < SEUIL_SOUS_DOTEE),
        poleUrbain: drapeau((i) => m.populationTotale[i] >= SEUIL_POLE_URBAIN),
      },
      offre,
    };
    d.memo.set(cle, resultat);
    return resultat;
  }

  private membres(d: DonneesAcces, dto: ScenariosDto): { membres: number[]; territoire: { type: string; code: string; nom: string; communes: number } } {
    if (dto.communes) {
      const inconnus = dto.communes.filter((c) => !d.index.has(c));
      if (inconnus.length) {
        throw new ErreurDomaine(
          'ENTREE_INVALIDE',
          `Communes introuvables dans le COG 2026 : ${inconnus.slice(0, 10).join(', ')}.`,
          inconnus.slice(0, 50).map((c) => ({ champ: 'communes', valeur: c, message: 'commune inconnue du COG 2026' })),
        );
      }
      const membres = [...new Set(dto.communes)].map((c) => d.index.get(c)!);
      return { membres, territoire: { type: 'selection', code: 'selection', nom: `Sélection de ${membres.length} communes`, communes: membres.length } };
    }
    if (!dto.territoire) {
      const membres = d.codes.map((_, i) => i);
      return { membres, territoire: { type: 'france', code: 'FR', nom: 'France (hors Mayotte)', communes: membres.length } };
    }
    const [type, code] = dto.territoire.split(':');
    let ref: ReturnType<typeof verifierReference>;
    try {
      ref = verifierReference(type, code);
    } catch (e) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `territoire invalide : ${(e as Error).message}`, [
        { champ: 'territoire', valeur: dto.territoire, message: (e as Error).message },
      ]);
    }
    const membres = this.acces.membres(d, ref.type, ref.code);
    return {
      membres,
      territoire: { type: ref.type, code: ref.code, nom: d.nomsTerritoires.get(`${ref.type}:${ref.code}`) ?? ref.code, communes: membres.length },
    };
  }

  // ---- résumés ------------------------------------------------------------------------------

  private resume(s: SeriesApl, membres: number[]) {
    const a = agreger(s, membres);
    const repartition = Object.fromEntries(CLASSES_ACCES.map((k) => [k, { communes: 0, population: 0 }])) as Record<
      ClasseAcces,
      { communes: number; population: number }
    >;
    for (const i of membres) {
      const k = classerAcces(s.apl[i], s.aplMoins65[i]);
      if (k) {
        repartition[k].communes++;
        repartition[k].population += s.populationTotale[i];
      }
    }
    return {
      apl: arrondir(a.apl),
      aplMoins65: arrondir(a.aplMoins65),
      classe: a.apl === null || a.aplMoins65 === null ? null : classerAcces(a.apl, a.aplMoins65),
      // No commune with an APL (Mayotte): nobody is counted under the thresholds, which is not « 0 inhabitants ».
      populationSous2_5: a.communesAvecApl ? a.populationSous2_5 : null,
      populationSous4: a.communesAvecApl ? a.populationSous4 : null,
      populationTotale: a.populationTotale,
      repartitionClasses: repartition,
    };
  }

  resumeAjustement(m: MillesimeApl) {
    const r = m.offreEstimee!.rapport;
    return { annee: r.annee, source: r.source, ajustement: r.ajustement, effectifs: r.effectifs, parametres: r.parametres, dureeMs: r.duree_ms };
  }

  private avertissements(m: MillesimeApl, estimee: boolean, detail: boolean): string[] {
    const a = [
      'Les temps de trajet sont approchés par la distance (le distancier routier utilisé par la DREES n’est pas disponible hors ligne).',
      'Chaque scénario part de l’APL publiée aujourd’hui et lui ajoute l’effet des changements d’offre et de demande : sans aucun changement, il redonne l’APL d’aujourd’hui.',
    ];
    if (estimee && m.offreEstimee) {
      const f = (m.offreEstimee.rapport.ajustement as { apl: { partA5Pourcent: number; departementsA5Pourcent: number; departements: number } }).apl;
      a.push(
        `L’offre de départ est estimée à partir de l’APL publiée : recalculée, elle reproduit l’APL de ${Math.round(f.partA5Pourcent * 100)} % des communes à 5 % près et de ${f.departementsA5Pourcent} départements sur ${f.departements} à 5 % près ; les effets sont plus sûrs à l’échelle d’un EPCI ou d’un département que d’une commune.`,
      );
    }
    if (detail)
      a.push(
        'L’écart dû à un levier est mesuré en basculant ce seul levier du scénario observé à sa valeur cible ; la somme des écarts diffère de l’écart total (les leviers interagissent).',
      );
    a.push('Les valeurs marquées « hypothèse » ne sont pas des chiffres publiés : ce sont des choix de Maillage, modifiables.');
    return a;
  }
}
