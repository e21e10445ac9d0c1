import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, ResultatImport } from '../../import/importateur';
import { RegistreImports } from '../../import/registre-imports';
import { grapheDepuisPaires, indexerTrajets } from '../moteur/graphe-depuis-trajets';
import { comparerEffectifs, mesurerAjustement } from './ajustement-offre';
import { inverserOffre } from './inversion-offre';
import { OffreEstimeeRepository } from './offre-estimee.repository';
import { LIBELLE_OFFRE_ESTIMEE, lireParametresOffreEstimee } from './parametres-offre-estimee';

/**
 * The estimated national GP supply (`offre_mg_estimee`), one per DREES vintage, with its fit report. Computed at
 * import from the published APL, the travel model, the standardised populations and the RPPS presence layer; it
 * is recomputed whenever one of those files or the settings file changes.
 */
@Injectable()
export class ImportateurOffreEstimee implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'offre-estimee';
  readonly libelle = 'Offre de médecine générale estimée à partir de l’APL publiée (modèle de distance)';
  readonly dependances = ['apl', 'trajets', 'demographie-mg'] as const;
  readonly description: DescriptionJeu = {
    source: `Calculé par Maillage (${LIBELLE_OFFRE_ESTIMEE}) : inversion de l’APL DREES sur les communes où exercent des médecins (RPPS, avril 2026)`,
    millesime: '2022-2023',
    licence: 'Licence Ouverte Etalab 2.0',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: OffreEstimeeRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private fichier(...morceaux: string[]): string {
    return path.join(this.config.racineProjet, 'geo-data', ...morceaux);
  }

  fichiersSource(): string[] {
    return [
      this.fichier('acces', 'offre-estimee.json'),
      ...readdirSync(this.fichier('acces'))
        .filter((f) => /^apl-.*\.xlsx$/i.test(f))
        .sort()
        .map((f) => this.fichier('acces', f)),
      this.fichier('acces', 'modele-trajet.json'),
      this.fichier('territoires', 'communes.geojson.gz'),
      this.fichier('demographie', 'rpps-medecins-presents-par-commune-2026-04-santescope.csv.gz'),
      this.fichier('demographie', 'ameli-medecins-generalistes-liberaux-2024-par-departement.csv'),
      require.resolve('@etalab/decoupage-administratif/data/communes.json'),
    ];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const parametres = lireParametresOffreEstimee(this.fichier('acces', 'offre-estimee.json'));
    const communes = await this.repository.communes(ctx.requete);
    const codes = communes.map((c) => c.code);
    const index = new Map(codes.map((c, i) => [c, i]));
    const n = codes.length;
    ctx.progression(0, 3, 'paires de communes');
    const paires = indexerTrajets(index, await this.repository.trajetsParOrigine(ctx.requete));
    if (!paires.origines.length) throw new Error('La table des temps de trajet est vide : lancez « npm run import -- trajets » avant « offre-estimee ».');
    const graphe = grapheDepuisPaires(n, paires);
    const support = new Uint8Array(n);
    for (const c of await this.repository.communesAvecMedecins(ctx.requete)) {
      const i = index.get(c);
      if (i !== undefined) support[i] = 1;
    }
    const ameli = await this.repository.effectifsAmeli(ctx.requete);
    const lignesApl = await this.repository.apl(ctx.requete);
    const annees = [...new Set(lignesApl.map((l) => l.annee))].sort();
    let lignes = 0;
    for (const [k, annee] of annees.entries()) {
      ctx.progression(k + 1, annees.length + 1, `inversion de l’APL ${annee}`);
      const debut = Date.now();
      const apl = new Float64Array(n).fill(NaN);
      const aplMoins65 = new Float64Array(n).fill(NaN);
      const populationStandardisee = new Float64Array(n);
      const populationTotale = new Float64Array(n);
      for (const l of lignesApl) {
        const i = index.get(l.commune_code);
        if (l.annee !== annee || i === undefined) continue;
        apl[i] = l.apl;
        aplMoins65[i] = l.apl_moins_65;
        populationStandardisee[i] = l.population_standardisee;
        populationTotale[i] = l.population_totale;
      }
      const r = inverserOffre(
        { graphe, apl, aplMoins65, populationStandardisee, support },
        { balayagesMax: parametres.balayagesMax, toleranceRelative: parametres.toleranceRelative },
      );
      const descr = { codes, noms: communes.map((c) => c.nom), departement: communes.map((c) => c.departement_code), populationStandardisee, populationTotale };
      const ajustement = { apl: mesurerAjustement(descr, apl, r.aplRecalculee), aplMoins65: mesurerAjustement(descr, aplMoins65, r.aplMoins65Recalculee) };
      const effectifs = comparerEffectifs(descr.departement, r.consultations, parametres.consultationsParEtp.valeur, ameli);
      const estimees = codes
        .map((code, j) => ({ commune: code, consultations: r.consultations[j], consultations65Plus: r.consultations65Plus[j] }))
        .filter((l) => l.consultations > 0);
      await this.repository.remplacer(ctx.requete, annee, estimees, {
        source: `${LIBELLE_OFFRE_ESTIMEE} (APL DREES ${annee})`,
        parametres: {
          ...parametres,
          communesSupport: r.colonnes,
          communesAvecOffre: estimees.length,
          balayages: r.balayages,
          ecartKkt: r.ecartKkt,
        },
        ajustement,
        effectifs,
        dureeMs: Date.now() - debut,
      });
      lignes += estimees.length;
    }
    ctx.progression(annees.length + 1, annees.length + 1);
    // Derived from the APL: it covers what the APL covers (France but Mayotte), for the vintages inverted.
    const couverture = (await this.repository.couvertureApl(ctx.requete)).map((c) => ({
      theme: 'offre-estimee' as const,
      niveau: c.niveau,
      ...(c.niveau === 'national' ? {} : { code: c.code }),
      millesime: annees.join('-'),
    }));
    return { lignes, ignorees: [], couverture };
  }
}
