import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { lireListeLivree } from './lecture-zones-rouges';
import { ZonesRougesRepository } from './zones-rouges.repository';

export const FICHIER_LISTE = 'zones-rouges-2025-PARTIAL-55-of-151-epci.csv';
export const FICHIER_META = 'zones-rouges-2025.json';

export interface MetaZonesRouges {
  libelle: string;
  dateListe: string;
  libelleDate: string;
  nbAttendu: number;
  source: string;
  regionsCompletes: string[];
  noteRegionsCompletes: string;
  comptesRegionaux: { region: string; attendus: number; trouves: number }[];
}

/**
 * The zones rouges of June 2025 as far as public pages name them: 55 of the 151 EPCI, a PARTIAL list (its metadata
 * says which régions are complete). An uploaded complete list replaces it in use; re-importing the shipped one never
 * overrides an uploaded list.
 */
@Injectable()
export class ImportateurZonesRouges implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'zones-rouges';
  readonly libelle = 'Zones rouges 2025 (liste partielle : 55 EPCI sur 151)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source: 'Liste des 151 intercommunalités « zones rouges » (ministère de la Santé, juin 2025), 55 relevées dans des pages publiques',
    millesime: '2025-06',
    licence: 'Faits relevés dans des pages publiques ; EPCI : Licence Ouverte (COG 2026)',
  };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonesRougesRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private fichier(nom: string): string {
    return path.join(this.config.racineProjet, 'geo-data', 'zones-rouges', nom);
  }

  fichiersSource(): string[] {
    return [this.fichier(FICHIER_LISTE), this.fichier(FICHIER_META)];
  }

  lireMeta(): MetaZonesRouges {
    return JSON.parse(readFileSync(this.fichier(FICHIER_META), 'utf8')) as MetaZonesRouges;
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const meta = this.lireMeta();
    const lues = lireListeLivree(lireFichierLivre(this.fichier(FICHIER_LISTE)), FICHIER_LISTE);
    const connus = await this.repository.epciConnus(ctx.requete);
    const ignorees: LigneIgnoree[] = lues
      .filter((e) => !connus.has(e.siren))
      .map((e) => ({ ligne: e.ligne, champ: 'siren', valeur: e.siren, message: `Zones rouges, ligne ${e.ligne} : EPCI ${e.siren} absent du COG 2026` }));
    const epci = lues.filter((e) => connus.has(e.siren));
    await this.repository.enregistrer(
      ctx.requete,
      {
        libelle: meta.libelle,
        dateListe: meta.dateListe,
        nbAttendu: meta.nbAttendu,
        partielle: true,
        regionsCompletes: meta.regionsCompletes,
        source: meta.source,
        origine: 'livre',
        jeu: this.code,
        fichier: FICHIER_LISTE,
        auteur: null,
      },
      epci,
    );
    // Partial nationally; complete in the régions whose EPCI are all known (Normandie, the DROM listed by the amf69).
    const couverture = [
      {
        theme: 'zones-rouges' as const,
        niveau: 'national' as const,
        millesime: meta.libelleDate,
        complet: false,
        note: `Liste partielle : ${epci.length} EPCI sur ${meta.nbAttendu}.`,
      },
      ...meta.regionsCompletes.map((code) => ({ theme: 'zones-rouges' as const, niveau: 'region' as const, code, millesime: meta.libelleDate, complet: true })),
    ];
    return { lignes: epci.length, ignorees, couverture };
  }
}
