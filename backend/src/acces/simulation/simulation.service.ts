import { Injectable } from '@nestjs/common';
import { DetailErreur, ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { TypeTerritoire, verifierReference } from '../../territoires/type-territoire';
import { AccesService, arrondir, sourceApl } from '../acces.service';
import { DonneesAcces, MillesimeApl } from '../donnees-acces';
import { ChangementDto, ScenarioDto } from '../dto/requetes.dto';
import { agreger } from '../indicateurs/agregation';
import { SEUIL_FRAGILE, SEUIL_SOUS_DOTEE, classerAcces } from '../indicateurs/classes-acces';
import { calculerApl, deltaAplIncremental } from '../moteur/apl-2sfca';
import { ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN, activiteRetenue } from '../moteur/plafonds-activite';
import { nombreDe } from '../../common/texte/nombre-de';

const nombreFr = (x: number) => new Intl.NumberFormat('fr-FR').format(x);

interface Variation {
  commune: number;
  deltaOffre: number;
}

interface Etats {
  avant: Float64Array;
  apres: Float64Array;
  avant65: Float64Array;
  apres65: Float64Array;
}

/**
 * What-if on the GP supply. Without an imported supply table, the official APL is the baseline and a change ΔS at
 * commune j0 moves APL_i by f(t_i,j0) · ΔS / D_j0 (incremental formula); with a supply table, both states are fully
 * recomputed. Returns ΔAPL per commune, communes and population crossing 2.5 and 4, and per-territory summaries.
 */
@Injectable()
export class SimulationService {
  constructor(private readonly acces: AccesService) {}

  async simuler(s: ScenarioDto) {
    const d = await this.acces.donnees();
    const m = this.acces.millesime(d, s.annee);
    if (d.nbTrajets === 0) {
      throw new ErreurDomaine('DONNEES_NON_CHARGEES', 'La table des temps de trajet n’est pas encore construite (npm run import -- trajets).');
    }
    // Per-GP activity counts as in the DREES supply: 2,000 consultations count as 3,600, under 250 as 0, over 6,000 as 6,000.
    const declarees = s.consultationsParMedecin ?? ACTIVITE_IMPUTEE_NOUVEAU_MEDECIN;
    const parMedecin = activiteRetenue(declarees);
    const avertissements: string[] = [];
    const { variations, retraites, echo } = this.lireChangements(d, m, s.changements, parMedecin);
    const etats = d.offre ? this.recalculComplet(d, m, variations, retraites, avertissements) : this.incremental(d, m, variations, retraites, avertissements);
    return {
      annee: m.annee,
      mode: d.offre ? 'recalcul_complet' : 'incremental',
      source: d.offre
        ? {
            libelle: `APL recalculée par Maillage à partir de l’offre importée (${d.offre.source}) et des populations DREES ${m.anneePopulation}`,
            millesime: d.offre.millesime,
          }
        : { libelle: `${sourceApl(m).libelle}, modifiée par la formule incrémentale de Maillage`, millesime: String(m.annee) },
      hypotheses: {
        consultationsParMedecin: parMedecin,
        ...(declarees !== parMedecin
          ? {
              consultationsDeclarees: declarees,
              plafondsDrees: `${nombreFr(declarees)} consultations par médecin comptent pour ${nombreFr(parMedecin)}, comme dans l’APL de la DREES (moins de 250 → 0 ; de 251 à 3 600 → 3 600 ; au-delà de 6 000 → 6 000).`,
            }
          : {}),
        modeleTrajet: {
          facteurDetour: d.modele.facteurDetour,
          vitesseKmh: d.modele.vitesseKmh,
          approximation: 'distance × détour ÷ vitesse, approximation du distancier INSEE Metric',
        },
      },
      changements: echo,
      ...this.resultat(d, m, etats),
      avertissements,
    };
  }

  private lireChangements(d: DonneesAcces, m: MillesimeApl, changements: ChangementDto[], parMedecin: number) {
    const variations: Variation[] = [];
    const retraites = new Set<number>();
    const erreurs: DetailErreur[] = [];
    const echo: object[] = [];
    changements.forEach((c, k) => {
      const champ = (nom: string) => `changements[${k}].${nom}`;
      const exiger = (nom: keyof ChangementDto) => {
        if (c[nom] === undefined) erreurs.push({ champ: champ(nom), message: `${champ(nom)} est requis pour « ${c.type} »` });
        return c[nom] !== undefined;
      };
      const commune = (): number | null => {
        if (!exiger('commune')) return null;
        const i = d.index.get(c.commune!);
        if (i === undefined) erreurs.push({ champ: champ('commune'), valeur: c.commune, message: `commune ${c.commune} introuvable dans le COG 2026` });
        else if (!Number.isFinite(m.apl[i]))
          erreurs.push({
            champ: champ('commune'),
            valeur: c.commune,
            message: `commune ${c.commune} sans APL (Mayotte ou commune hors millésime) : simulation impossible`,
          });
        else return i;
        return null;
      };
      switch (c.type) {
        case 'ajout_medecins':
        case 'ouverture_msp':
        case 'retrait_medecins': {
          const i = commune();
          if (exiger('nombre') && i !== null) {
            const delta = (c.type === 'retrait_medecins' ? -1 : 1) * c.nombre! * parMedecin;
            variations.push({ commune: i, deltaOffre: delta });
            echo.push({ ...c, deltaConsultations: delta });
          }
          break;
        }
        case 'ajout_consultations':
        case 'retrait_consultations': {
          const i = commune();
          if (exiger('consultations') && i !== null) {
            const delta = (c.type === 'retrait_consultations' ? -1 : 1) * c.consultations!;
            variations.push({ commune: i, deltaOffre: delta });
            echo.push({ ...c, deltaConsultations: delta });
          }
          break;
        }
        case 'depart_retraite': {
          if ((c.ageMin ?? 65) !== 65) {
            erreurs.push({
              champ: champ('ageMin'),
              valeur: c.ageMin,
              message: 'seul le départ des médecins de plus de 65 ans est connu (APL des moins de 65 ans) ; un autre âge demande un import RPPS avec âges',
            });
            break;
          }
          const cible = c.territoire ?? (c.commune ? `commune:${c.commune}` : undefined);
          if (!cible) {
            erreurs.push({ champ: champ('territoire'), message: `${champ('territoire')} ou ${champ('commune')} est requis pour « depart_retraite »` });
            break;
          }
          const [type, code] = cible.split(':');
          let membres: number[] | undefined;
          try {
            const ref = verifierReference(type, code);
            membres = d.membres.get(`${ref.type}:${ref.code}`);
          } catch (e) {
            erreurs.push({ champ: champ('territoire'), valeur: cible, message: (e as Error).message });
            break;
          }
          if (!membres) erreurs.push({ champ: champ('territoire'), valeur: cible, message: `territoire ${cible} introuvable` });
          else {
            membres.forEach((i) => retraites.add(i));
            echo.push({ ...c, ageMin: 65, communes: membres.length });
          }
          break;
        }
      }
    });
    if (erreurs.length) throw new ErreurDomaine('ENTREE_INVALIDE', `Scénario invalide : ${erreurs.map((e) => e.message).join(' ; ')}`, erreurs);
    return { variations, retraites, echo };
  }

  /** Official APL + ΔAPL_i = Σ f(t_i,j0) · ΔS / D_j0; retirements: APL − APL<65 removed in the territory. */
  private incremental(d: DonneesAcces, m: MillesimeApl, variations: Variation[], retraites: Set<number>, avertissements: string[]): Etats {
    const deltas = deltaAplIncremental(d.graphe, m.demande, variations);
    const avant = m.apl;
    const apres = Float64Array.from(avant);
    const apres65 = Float64Array.from(m.aplMoins65);
    let plancher = 0;
    for (const [i, delta] of deltas) {
      apres[i] += delta;
      apres65[i] += delta;
    }
    for (const i of retraites) if (Number.isFinite(avant[i])) apres[i] -= avant[i] - m.aplMoins65[i];
    for (const [i] of deltas) {
      if (apres[i] < 0) {
        apres[i] = 0;
        plancher++;
      }
      if (apres65[i] < 0) apres65[i] = 0;
    }
    if (plancher)
      avertissements.push(
        `${nombreDe(plancher, 'commune ramenée', 'communes ramenées')} à une APL nulle : le retrait dépasse l’offre qui ${plancher > 1 ? 'les' : 'la'} dessert (offre de départ inconnue sans import de l’offre).`,
      );
    if (retraites.size) {
      avertissements.push(
        'Départs en retraite sans les âges des médecins : chaque commune du territoire perd tout l’accès apporté par les médecins de 65 ans et plus (l’écart entre l’APL et l’APL des moins de 65 ans), y compris ceux installés hors du territoire.',
      );
    }
    return { avant, apres, avant65: m.aplMoins65, apres65 };
  }

  /** Both states recomputed from the imported supply (all ages and under 65). */
  private recalculComplet(d: DonneesAcces, m: MillesimeApl, variations: Variation[], retraites: Set<number>, avertissements: string[]): Etats {
    const offre = d.offre!;
    const moins65 = offre.consultations.map((c, j) => c - offre.consultations65Plus[j]);
    const offreApres = Float64Array.from(offre.consultations);
    const moins65Apres = Float64Array.from(moins65);
    for (const v of variations) {
      offreApres[v.commune] += v.deltaOffre;
      moins65Apres[v.commune] += v.deltaOffre;
    }
    for (const j of retraites) offreApres[j] -= offre.consultations65Plus[j];
    let plancher = 0;
    for (let j = 0; j < offreApres.length; j++) {
      if (offreApres[j] < 0) {
        offreApres[j] = 0;
        plancher++;
      }
      if (moins65Apres[j] < 0) moins65Apres[j] = 0;
    }
    if (plancher) avertissements.push(`${nombreDe(plancher, 'commune', 'communes')} : retrait supérieur à l’offre importée, ramené à zéro.`);
    const p = m.populationStandardisee;
    return {
      avant: calculerApl(d.graphe, offre.consultations, p, m.demande).apl,
      apres: calculerApl(d.graphe, offreApres, p, m.demande).apl,
      avant65: calculerApl(d.graphe, moins65, p, m.demande).apl,
      apres65: calculerApl(d.graphe, moins65Apres, p, m.demande).apl,
    };
  }

  private resultat(d: DonneesAcces, m: MillesimeApl, e: Etats) {
    const touchees: number[] = [];
    for (let i = 0; i < e.avant.length; i++) if (Math.abs(e.apres[i] - e.avant[i]) > 1e-9) touchees.push(i);
    touchees.sort((a, b) => Math.abs(e.apres[b] - e.avant[b]) - Math.abs(e.apres[a] - e.avant[a]));
    const pop = m.populationTotale;
    const franchir = (seuil: number) => {
      const sortent = touchees.filter((i) => e.avant[i] < seuil && e.apres[i] >= seuil);
      const entrent = touchees.filter((i) => e.avant[i] >= seuil && e.apres[i] < seuil);
      const bilan = (l: number[]) => ({ communes: l.map((i) => d.codes[i]), population: l.reduce((s, i) => s + pop[i], 0) });
      return { seuil, passentAuDessus: bilan(sortent), passentEnDessous: bilan(entrent) };
    };
    const territoires = new Map<string, { type: TypeTerritoire; code: string }>();
    for (const i of touchees) {
      for (const [type, code] of [
        ['epci', d.epci[i]],
        ['departement', d.departement[i]],
        ['region', d.region[i]],
      ] as const) {
        if (code) territoires.set(`${type}:${code}`, { type, code });
      }
    }
    const serie = { ...m, apl: e.avant, aplMoins65: e.avant65 };
    return {
      communes: touchees.map((i) => ({
        code: d.codes[i],
        nom: d.noms[i],
        aplAvant: arrondir(e.avant[i], 4),
        aplApres: arrondir(e.apres[i], 4),
        delta: arrondir(e.apres[i] - e.avant[i], 4),
        population: pop[i],
        classeAvant: classerAcces(e.avant[i], e.avant65[i]),
        classeApres: classerAcces(e.apres[i], e.apres65[i]),
      })),
      franchissements: [franchir(SEUIL_SOUS_DOTEE), franchir(SEUIL_FRAGILE)],
      territoires: [...territoires.values()].map(({ type, code }) => {
        const membres = d.membres.get(`${type}:${code}`)!;
        const a = agreger(serie, membres);
        const b = agreger(serie, membres, { apl: e.apres });
        return {
          type,
          code,
          nom: d.nomsTerritoires.get(`${type}:${code}`) ?? code,
          aplAvant: arrondir(a.apl, 4),
          aplApres: arrondir(b.apl, 4),
          delta: a.apl === null || b.apl === null ? null : arrondir(b.apl - a.apl, 4),
          populationSous2_5: { avant: a.populationSous2_5, apres: b.populationSous2_5 },
          populationSous4: { avant: a.populationSous4, apres: b.populationSous4 },
        };
      }),
    };
  }
}
