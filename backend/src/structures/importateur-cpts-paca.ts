import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { trancheAci } from './classement-structure';
import { CptsAImporter, StructuresRepository } from './structures.repository';

export const SOURCE_CPTS_PACA = 'ARS Provence-Alpes-Côte d’Azur, liste des CPTS et de leurs communes membres (janvier 2026)';
/** Where the shipped file was taken from (geo-data/README.md): for maintainers, never on screen. */
export const PROVENANCE_CPTS_PACA = 'ARS PACA « Listing CPTS_012026.xlsx » via SKHTay/Carto-Sante-PACA-T-l-med@62e8489e';
export const SOURCE_PERIMETRE_CPTS_PACA =
  'Union des contours communaux IGN ADMIN EXPRESS COG 2024 des communes membres (arrondissements de Marseille pour les CPTS marseillaises), reconstruite (écart ≤ 62 m au tracé d’origine)';

interface EntiteCpts {
  properties: { nom: string; statut: string; communes: string[]; arrondissements?: string[]; site?: string };
  geometry: unknown;
}

/**
 * The 70 CPTS of PACA: member communes (a CPTS is a set of communes; the Marseille ones cover only some
 * arrondissements), perimeter, population covered (legal population 2026 of the members) and ACI size band.
 */
@Injectable()
export class ImportateurCptsPaca implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'cpts-paca';
  readonly libelle = 'CPTS de Provence-Alpes-Côte d’Azur (communes membres et périmètres)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source: SOURCE_CPTS_PACA,
    millesime: '2026-01',
    licence: 'Donnée publique ARS PACA (licence non précisée)',
    provenance: PROVENANCE_CPTS_PACA,
  };
  /** 2: source labels without repository handles. */
  readonly versionImport = 2;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: StructuresRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    return [path.join(this.config.racineProjet, 'geo-data', 'structures', 'cpts-paca-2026-01.geojson.gz')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichier] = this.fichiersSource();
    const { features } = JSON.parse(lireFichierLivre(fichier)) as { features: EntiteCpts[] };
    const cog = CorrespondanceCog.referentiel();
    const ignorees: LigneIgnoree[] = [];
    const cpts: CptsAImporter[] = features.map((f, i) => {
      const p = f.properties;
      const arrondissements = p.arrondissements ?? [];
      const membres = new Map<string, { commune_code: string; partielle: boolean; arrondissements: string[] }>();
      for (const code of p.communes) {
        const c = cog.trouver(code);
        if (!c) {
          ignorees.push({ ligne: i + 1, champ: 'communes', valeur: code, message: `${p.nom} : commune ${code} hors COG 2026` });
          continue;
        }
        if (c.nature !== 'identique')
          ignorees.push({
            ligne: i + 1,
            champ: 'communes',
            valeur: code,
            message: `${p.nom} : commune ${code} rattachée à ${c.commune.code} ${c.commune.nom} (COG 2026)`,
          });
        const arrondissementsDeLaCommune = arrondissements.filter((a) => cog.trouver(a)?.commune.code === c.commune.code);
        membres.set(c.commune.code, {
          commune_code: c.commune.code,
          partielle: arrondissementsDeLaCommune.length > 0,
          arrondissements: arrondissementsDeLaCommune,
        });
      }
      const population = [...membres.values()].reduce(
        (s, m) =>
          s +
          (m.partielle ? m.arrondissements.reduce((t, a) => t + (cog.populationArrondissement(a) ?? 0), 0) : (cog.commune(m.commune_code)?.population ?? 0)),
        0,
      );
      return {
        nom: p.nom,
        site: p.site ?? null,
        membres: [...membres.values()],
        population_couverte: population,
        tranche_aci: trancheAci(population),
        perimetre: f.geometry,
      };
    });
    await this.repository.remplacerCpts(ctx.requete, this.code, cpts, SOURCE_CPTS_PACA, SOURCE_PERIMETRE_CPTS_PACA);
    // The ARS PACA listing: every CPTS of Provence-Alpes-Côte d'Azur, with its member communes.
    const couverture = (['cpts-sieges', 'cpts-communes'] as const).map((theme) => ({ theme, niveau: 'region' as const, code: '93', millesime: '2026-01' }));
    return { lignes: cpts.length, ignorees, couverture };
  }
}
