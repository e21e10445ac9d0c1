import * as path from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { TypeTerritoire } from '../territoires/type-territoire';
import { AccesRepository } from './acces.repository';
import { Scission } from './apl/scissions-apres-millesime';
import { SeriesApl } from './indicateurs/agregation';
import { calculerDemande } from './moteur/apl-2sfca';
import { GrapheTrajets } from './moteur/graphe-trajets';
import { grapheDepuisPaires, indexerTrajets } from './moteur/graphe-depuis-trajets';
import { CacheTrajets } from './trajets/cache-trajets';
import { ModeleTrajet, lireModeleTrajet } from './trajets/modele-trajet';
import { LigneAjustement, OffreEstimeeRepository } from './offre-estimee/offre-estimee.repository';

export interface MillesimeApl extends SeriesApl {
  annee: number;
  anneePopulation: number;
  source: string;
  poidsAge: { tranche: string; poids: number }[];
  apl: Float64Array;
  aplMoins65: Float64Array;
  populationStandardisee: Float64Array;
  populationTotale: Float64Array;
  /** D_j = Σ_k f(t_kj) · P̃_k from the published standardised populations and the distance model */
  demande: Float64Array;
  /** supply estimated from this vintage's published APL (null until the « offre-estimee » dataset is imported) */
  offreEstimee: OffreEstimeeEnMemoire | null;
  /** communes split after this vintage (by commune index): their row owes its population to the former commune */
  scissions?: Map<number, Scission>;
}

export interface OffreEstimeeEnMemoire {
  consultations: Float64Array;
  consultations65Plus: Float64Array;
  source: string;
  rapport: LigneAjustement;
}

export interface OffreEnMemoire {
  consultations: Float64Array;
  consultations65Plus: Float64Array;
  source: string;
  millesime: string;
}

/** Everything the engine needs, in typed arrays indexed by commune (codes sorted). */
export interface DonneesAcces {
  version: string;
  codes: string[];
  index: Map<string, number>;
  noms: string[];
  /** legal population of the COG 2026 (INSEE, in force in 2026), for the recompute under the current populations */
  populationLegale: Float64Array;
  departement: string[];
  region: string[];
  epci: (string | null)[];
  /** commune indices of each territory, key `type:code` */
  membres: Map<string, number[]>;
  nomsTerritoires: Map<string, string>;
  /** the pairs within reach as CSR, with their minutes (other decay steps re-weight it, see `repondererGraphe`) */
  graphe: GrapheTrajets;
  nbTrajets: number;
  millesimes: Map<number, MillesimeApl>;
  offre: OffreEnMemoire | null;
  modele: ModeleTrajet;
  /** memo of derived results (payloads, aggregates), dropped with the data */
  memo: Map<string, unknown>;
}

const VERIFICATION_MS = 5000;

/**
 * Loads the access data once into memory (≈ 2 M pairs as CSR, APL vintages as typed arrays) and reloads it when
 * an import changed the tables (checked at most every 5 s).
 */
@Injectable()
export class DonneesAccesService {
  private readonly logger = new Logger('Accès');
  private courant: DonneesAcces | null = null;
  private chargement: Promise<DonneesAcces> | null = null;
  private verifieLe = 0;
  private readonly cacheTrajets: CacheTrajets;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly repository: AccesRepository,
    private readonly offreEstimee: OffreEstimeeRepository,
  ) {
    this.cacheTrajets = new CacheTrajets(path.join(config.dossierDonnees, 'cache', 'trajets-acces.bin'));
  }

  async donnees(): Promise<DonneesAcces> {
    if (this.courant && Date.now() - this.verifieLe < VERIFICATION_MS) return this.courant;
    if (this.chargement) return this.chargement;
    this.chargement = (async () => {
      try {
        const version = await this.repository.versionDonnees();
        this.verifieLe = Date.now();
        if (this.courant?.version !== version) this.courant = await this.charger(version);
        return this.courant;
      } finally {
        this.chargement = null;
      }
    })();
    return this.chargement;
  }

  /** Forgets the loaded data (after an import in this process). */
  invalider(): void {
    this.verifieLe = 0;
  }

  private async charger(version: string): Promise<DonneesAcces> {
    const debut = Date.now();
    const communes = await this.repository.communes();
    const codes = communes.map((c) => c.code);
    const index = new Map(codes.map((c, i) => [c, i]));
    const membres = new Map<string, number[]>();
    const ajouter = (cle: string, i: number) => (membres.get(cle) ?? membres.set(cle, []).get(cle)!).push(i);
    communes.forEach((c, i) => {
      ajouter(`commune:${c.code}`, i);
      ajouter(`departement:${c.departement_code}`, i);
      ajouter(`region:${c.region_code}`, i);
      if (c.epci_code) ajouter(`epci:${c.epci_code}`, i);
    });
    const nomsTerritoires = new Map<string, string>(communes.map((c) => [`commune:${c.code}`, c.nom]));
    for (const t of await this.repository.nomsTerritoires()) nomsTerritoires.set(`${t.type}:${t.code}`, t.nom);

    const millesimesLignes = await this.repository.millesimes();
    if (!millesimesLignes.length) {
      throw new ErreurDomaine(
        'DONNEES_NON_CHARGEES',
        'L’APL de la DREES n’est pas encore chargée (import au premier démarrage en cours, ou lancez « npm run import -- apl »).',
      );
    }
    const n = codes.length;
    const millesimes = new Map<number, MillesimeApl>();
    for (const m of millesimesLignes) {
      millesimes.set(m.annee, {
        annee: m.annee,
        anneePopulation: m.annee_population,
        source: m.source,
        poidsAge: m.poids_age,
        apl: new Float64Array(n).fill(NaN),
        aplMoins65: new Float64Array(n).fill(NaN),
        populationStandardisee: new Float64Array(n),
        populationTotale: new Float64Array(n),
        demande: new Float64Array(n),
        offreEstimee: null,
      });
    }
    for (const l of await this.repository.apl()) {
      const m = millesimes.get(l.annee);
      const i = index.get(l.commune_code);
      if (!m || i === undefined) continue;
      m.apl[i] = l.apl;
      m.aplMoins65[i] = l.apl_moins_65;
      m.populationStandardisee[i] = l.population_standardisee;
      m.populationTotale[i] = l.population_totale;
      if (l.scission) (m.scissions ??= new Map()).set(i, l.scission);
    }

    const { graphe, nbTrajets } = await this.chargerGraphe(version, codes, index, n);
    for (const m of millesimes.values()) m.demande = calculerDemande(graphe, m.populationStandardisee);
    await this.chargerOffreEstimee(index, n, millesimes);

    const lignesOffre = await this.repository.offre();
    let offre: OffreEnMemoire | null = null;
    if (lignesOffre.length) {
      offre = {
        consultations: new Float64Array(n),
        consultations65Plus: new Float64Array(n),
        source: lignesOffre[0].source,
        millesime: lignesOffre[0].millesime,
      };
      for (const l of lignesOffre) {
        const i = index.get(l.commune_code);
        if (i === undefined) continue;
        offre.consultations[i] = l.consultations;
        offre.consultations65Plus[i] = l.consultations_65_plus;
      }
    }
    this.logger.log(`Données d’accès chargées en mémoire : ${n} communes, ${nbTrajets} paires, ${millesimes.size} millésimes (${Date.now() - debut} ms)`);
    return {
      version,
      codes,
      index,
      noms: communes.map((c) => c.nom),
      populationLegale: Float64Array.from(communes, (c) => c.population ?? 0),
      departement: communes.map((c) => c.departement_code),
      region: communes.map((c) => c.region_code),
      epci: communes.map((c) => c.epci_code),
      membres,
      nomsTerritoires,
      graphe,
      nbTrajets,
      millesimes,
      offre,
      modele: lireModeleTrajet(path.join(this.config.racineProjet, 'geo-data', 'acces', 'modele-trajet.json')),
      memo: new Map(),
    };
  }

  private async chargerOffreEstimee(index: Map<string, number>, n: number, millesimes: Map<number, MillesimeApl>): Promise<void> {
    const rapports = new Map((await this.offreEstimee.ajustements()).map((r) => [r.annee, r]));
    for (const l of await this.offreEstimee.offre()) {
      const m = millesimes.get(l.annee);
      const rapport = rapports.get(l.annee);
      const i = index.get(l.commune_code);
      if (!m || !rapport || i === undefined) continue;
      m.offreEstimee ??= { consultations: new Float64Array(n), consultations65Plus: new Float64Array(n), source: rapport.source, rapport };
      m.offreEstimee.consultations[i] = l.consultations;
      m.offreEstimee.consultations65Plus[i] = Math.min(l.consultations_65_plus, l.consultations);
    }
  }

  /** The pairs from the file kept for this data version, else from the table (then saved for the next start). */
  private async chargerGraphe(
    version: string,
    codes: readonly string[],
    index: Map<string, number>,
    n: number,
  ): Promise<{ graphe: GrapheTrajets; nbTrajets: number }> {
    const cle = CacheTrajets.cle(version, codes);
    let paires = await this.cacheTrajets.lire(cle);
    if (!paires) {
      paires = indexerTrajets(index, await this.repository.trajetsParOrigine());
      // a read-only data folder costs the next start the query again, nothing more
      await this.cacheTrajets
        .ecrire(cle, paires)
        .catch((e: unknown) => this.logger.warn(`Paires de communes non gardées pour le prochain démarrage : ${(e as Error).message}`));
    }
    return { graphe: grapheDepuisPaires(n, paires), nbTrajets: paires.origines.length };
  }
}

export function cleTerritoire(type: TypeTerritoire, code: string): string {
  return `${type}:${code}`;
}
