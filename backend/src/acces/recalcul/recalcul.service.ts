import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../../config/configuration';
import { AccesService, arrondir, sourceApl } from '../acces.service';
import { DonneesAcces } from '../donnees-acces';
import { RecalculDto } from '../dto/recalcul.dto';
import { agreger } from '../indicateurs/agregation';
import { calculerApl, calculerDemande } from '../moteur/apl-2sfca';
import { GrapheTrajets, repondererGraphe } from '../moteur/graphe-trajets';
import { CouvertureDonneesService } from '../../jeux-de-donnees/couverture-donnees.service';
import { mesurerAjustement } from '../offre-estimee/ajustement-offre';
import { millesimeDeLOffre, texteMillesimeNonEstime } from '../offre-estimee/millesime-offre';
import { LIBELLE_OFFRE_ESTIMEE } from '../offre-estimee/parametres-offre-estimee';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { paliersAPortee, populationStandardiseeRebasee, sontLesPaliersDrees } from './parametres-recalcul';
import { StructureAges, lireStructureAges, populationRepondereeParDepartement } from './poids-age';

/**
 * Full national recompute of the APL on the GP supply (imported, else estimated from the published APL) under
 * user-chosen parameters: decay steps, reach (up to 20 minutes), population vintage (the DREES one, or the 2026 legal
 * populations with each commune's standardisation kept). Returns the map values and how far they are from the
 * published APL, in milliseconds (other steps re-weight the engine's pair structure, which is not rebuilt).
 */
@Injectable()
export class RecalculService {
  private structure: StructureAges | null = null;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly acces: AccesService,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  private structureAges(): StructureAges {
    this.structure ??= lireStructureAges(path.join(this.config.racineProjet, 'geo-data', 'demographie', 'insee-population-departement-age-2020-2021.csv'));
    return this.structure;
  }

  async recalculer(dto: RecalculDto) {
    const d = await this.acces.donnees();
    const debut = performance.now(); // the computation only (the first request also loads the engine's data)
    const { millesime: m, plusRecentNonEstime } = millesimeDeLOffre(d, dto.annee, (a) => this.acces.millesime(d, a));
    const offre = d.offre
      ? { consultations: d.offre.consultations, plus65: d.offre.consultations65Plus, libelle: `offre importée (${d.offre.source})` }
      : m.offreEstimee
        ? { consultations: m.offreEstimee.consultations, plus65: m.offreEstimee.consultations65Plus, libelle: LIBELLE_OFFRE_ESTIMEE }
        : null;
    if (!offre) {
      throw new ErreurDomaine(
        'DONNEES_NON_CHARGEES',
        'Aucune offre de médecine générale chargée pour ce millésime : lancez « npm run import -- offre-estimee ».',
      );
    }
    const croissants = (dto.paliers ?? []).every((p, k, t) => k === 0 || p.jusqua > t[k - 1].jusqua);
    if (!croissants) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'paliers : les bornes jusqua doivent croître strictement d’un palier au suivant.', [
        { champ: 'paliers', message: 'bornes jusqua strictement croissantes attendues' },
      ]);
    }
    const paliers = paliersAPortee(dto.paliers, dto.porteeMinutes);
    const graphe = this.graphe(d, paliers);
    const legales = dto.populations === 'legales-2026';
    let population = legales ? populationStandardiseeRebasee(m.populationStandardisee, m.populationTotale, d.populationLegale) : m.populationStandardisee;
    let ages: { annee: number; communesSansStructure: number } | null = null;
    if (dto.poidsAge) {
      const structures = this.structureAges();
      const annees = [...structures.keys()];
      const annee = annees.reduce((a, b) => (Math.abs(b - m.anneePopulation) < Math.abs(a - m.anneePopulation) ? b : a));
      const r = populationRepondereeParDepartement(
        population,
        d.departement,
        structures.get(annee)!,
        m.poidsAge.map((p) => p.poids),
        dto.poidsAge,
      );
      population = r.population;
      ages = { annee, communesSansStructure: r.communesSansStructure };
    }
    const populationTotale = legales ? d.populationLegale : m.populationTotale;
    const demande = legales || ages || !sontLesPaliersDrees(paliers) || paliers.at(-1)!.jusqua !== 20 ? calculerDemande(graphe, population) : m.demande;
    const apl = calculerApl(graphe, offre.consultations, population, demande).apl;
    const moins65 = calculerApl(
      graphe,
      offre.consultations.map((c, j) => c - Math.min(offre.plus65[j], c)),
      population,
      demande,
    ).apl;
    // Communes outside the DREES scope (Mayotte) or without APL stay without value.
    for (let i = 0; i < apl.length; i++) {
      if (!Number.isFinite(m.apl[i])) {
        apl[i] = NaN;
        moins65[i] = NaN;
      }
    }
    const dureeMs = performance.now() - debut;
    const serie = { apl, aplMoins65: moins65, populationStandardisee: population, populationTotale };
    const france = agreger(
      serie,
      d.codes.map((_, i) => i),
    );
    const ecart = mesurerAjustement(
      { codes: d.codes, noms: d.noms, departement: d.departement, populationStandardisee: population, populationTotale },
      m.apl,
      apl,
      5,
    );
    const valeurs: Record<string, number | null> = {};
    d.codes.forEach((code, i) => (valeurs[code] = arrondir(apl[i])));
    return {
      annee: m.annee,
      source: {
        libelle: `APL recalculée par Maillage sur l’${offre.libelle}, populations ${legales ? 'légales 2026 (Insee)' : `DREES ${m.anneePopulation}`}`,
        millesime: String(m.annee),
      },
      // Outside the published APL (Mayotte) the recomputed values are null: the coverage says why.
      couverture: await this.couverture.etatFrance('apl'),
      offre: {
        libelle: offre.libelle,
        millesimeApl: m.annee,
        millesimePlusRecentNonEstime: plusRecentNonEstime,
        note: plusRecentNonEstime ? texteMillesimeNonEstime(m.annee, plusRecentNonEstime) : null,
      },
      parametres: {
        paliers,
        porteeMinutes: paliers.at(-1)!.jusqua,
        populations: legales ? 'legales-2026' : 'drees',
        poidsAge: dto.poidsAge ?? m.poidsAge.map((p) => p.poids),
        ...(ages
          ? {
              poidsAgeApplication: `par le rapport des poids moyens de chaque département (estimations Insee ${ages.annee} par âge) ; ${ages.communesSansStructure} communes habitées (outre-mer) gardent leur population standardisée DREES`,
            }
          : {}),
      },
      france: {
        apl: arrondir(france.apl),
        aplMoins65: arrondir(france.aplMoins65),
        populationSous2_5: france.populationSous2_5,
        populationSous4: france.populationSous4,
      },
      ecartAuPublie: {
        libelle: `Écart à ${sourceApl(m).libelle}`,
        partCommunesA5Pourcent: arrondir(ecart.partA5Pourcent),
        ecartRelatifMedian: arrondir(ecart.ecartRelatifMedian),
        departementsA5Pourcent: ecart.departementsA5Pourcent,
        departements: ecart.departements,
      },
      dureeCalculMs: arrondir(dureeMs, 1),
      valeurs,
    };
  }

  /**
   * The engine's graph under other steps: the weights of the same pair structure recomputed, in one spare set of
   * weight arrays per loaded data overwritten at each change of steps (the computation that uses it is synchronous).
   */
  private graphe(d: DonneesAcces, paliers: ReturnType<typeof paliersAPortee>): GrapheTrajets {
    if (sontLesPaliersDrees(paliers)) return d.graphe;
    const cle = JSON.stringify(paliers);
    const memo = d.memo.get(CLE_GRAPHE) as { cle: string; graphe: GrapheTrajets } | undefined;
    if (memo?.cle === cle) return memo.graphe;
    const graphe = repondererGraphe(d.graphe, paliers, memo?.graphe);
    d.memo.set(CLE_GRAPHE, { cle, graphe });
    return graphe;
  }
}

const CLE_GRAPHE = 'recalcul:graphe-repondere';
