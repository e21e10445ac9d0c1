import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CONFIGURATION, Configuration } from '../../config/configuration';
import { CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../../import/importateur';
import { RegistreImports } from '../../import/registre-imports';
import { AccesRepository } from '../acces.repository';
import { agregerVersCog2026 } from './agreger-vers-cog-2026';
import { lireAplDrees } from './lecture-apl-drees';
import { repartirScissions } from './scissions-apres-millesime';

/** Shipped DREES files: every `geo-data/acces/apl-*.xlsx` (a later file wins for a vintage present twice). */
const MOTIF_FICHIER = /^apl-.*\.xlsx$/i;

/**
 * Official APL to general practitioners by commune (DREES), every vintage of the shipped workbook(s), mapped
 * from the vintage's COG to the 2026 communes. Mayotte is outside the DREES scope: its communes get no row.
 */
/** Régions the DREES APL files cover: every région but Mayotte (06). */
const REGIONS_APL = ['01', '02', '03', '04', '11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];

@Injectable()
export class ImportateurApl implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'apl';
  readonly libelle = 'APL aux médecins généralistes (DREES)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source: 'DREES, indicateur d’accessibilité potentielle localisée (APL) aux médecins généralistes (SNIIR-AM, Cnam ; Insee)',
    millesime: '2022-2023',
    licence: 'Licence Ouverte Etalab 2.0',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: AccesRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private dossier(): string {
    return path.join(this.config.racineProjet, 'geo-data', 'acces');
  }

  private fichiersApl(): string[] {
    return readdirSync(this.dossier())
      .filter((f) => MOTIF_FICHIER.test(f))
      .sort()
      .map((f) => path.join(this.dossier(), f));
  }

  private fichierReconciliation(): string {
    return path.join(this.config.racineProjet, 'geo-data', 'territoires', 'reconciliation.json');
  }

  fichiersSource(): string[] {
    return [...this.fichiersApl(), require.resolve('@etalab/decoupage-administratif/data/communes.json'), this.fichierReconciliation()];
  }

  /** Communes re-created inside a commune nouvelle, from the shipped reconciliation (code → former commune nouvelle). */
  parentsConnus(): Map<string, string> {
    const r = JSON.parse(readFileSync(this.fichierReconciliation(), 'utf8')) as { retablies?: { code: string; parent: string }[] };
    return new Map((r.retablies ?? []).map((x) => [x.code, x.parent]));
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const fichiers = this.fichiersApl();
    if (!fichiers.length) throw new Error(`Aucun fichier APL (apl-*.xlsx) dans ${this.dossier()} (voir geo-data/README.md).`);
    const correspondance = CorrespondanceCog.referentiel();
    const reference = await this.repository.communesDeReference(ctx.requete);
    const connues = new Set(reference.map((c) => c.code));
    const parentsConnus = this.parentsConnus();
    const ignorees: LigneIgnoree[] = [];
    let lignes = 0;
    for (const [n, fichier] of fichiers.entries()) {
      for (const m of lireAplDrees(readFileSync(fichier), path.basename(fichier))) {
        ctx.progression(n, fichiers.length, `APL ${m.annee}`);
        const { communes, sansCorrespondance } = agregerVersCog2026(m.lignes, correspondance, connues);
        const noms = new Map(m.lignes.map((l) => [l.code, l.nom]));
        const scindees = repartirScissions(communes, noms, reference, parentsConnus, m.annee);
        await this.repository.remplacerMillesime(ctx.requete, m, scindees.communes);
        ignorees.push(...scindees.signalements);
        lignes += m.lignes.length;
        ignorees.push(...m.ignorees);
        ignorees.push(
          ...sansCorrespondance.map((l) => ({
            ligne: l.ligne,
            champ: 'Code commune INSEE',
            valeur: l.code,
            message: `APL ${m.annee} ligne ${l.ligne} : commune ${l.code} ${l.nom} sans correspondance dans le COG 2026 chargé`,
          })),
        );
      }
    }
    // DREES publishes the APL for France except Mayotte.
    const couverture = REGIONS_APL.map((code) => ({ theme: 'apl' as const, niveau: 'region' as const, code, millesime: '2022-2023' }));
    return { lignes, ignorees, couverture };
  }
}
