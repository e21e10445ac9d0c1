import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { decouperLigne, lignesDe } from '../common/fichiers/decouper-ligne';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { ZonageRepository } from './zonage.repository';

export const SOURCE_FRR = 'DGCL, classement des communes en France Ruralités Revitalisation (FRR, FRR+) au 10 juillet 2025';
export const SOURCE_ZRR =
  'ZRR (zones de revitalisation rurale) de l’export CartoSanté du zonage médecins (2024-2025), remplacées par FRR pour les exonérations depuis 2024';

const FRR: Record<string, string> = {
  'Non classée': 'non classée',
  'FRR socle': 'FRR',
  'FRR+': 'FRR+',
  'FRR bénéficiaire': 'FRR bénéficiaire',
  'Classée FRR partiellement': 'FRR partiellement',
  'FRR bénéficiaire partiellement': 'FRR bénéficiaire partiellement',
};
const ZRR: Record<string, string> = { C: 'C', NC: 'NC', P: 'P' };

/** FRR classification (July 2025) and the former ZRR flag, per commune (COG 2026). */
@Injectable()
export class ImportateurRuralite implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'ruralite';
  readonly libelle = 'Ruralité : FRR (juillet 2025) et ZRR';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = { source: `${SOURCE_FRR} ; ${SOURCE_ZRR}`, millesime: '2025', licence: 'Licence Ouverte (DGCL, ARS)' };

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: ZonageRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  fichiersSource(): string[] {
    const dossier = path.join(this.config.racineProjet, 'geo-data', 'zonage');
    return [path.join(dossier, 'frr-communes-2025-07-10.csv.gz'), path.join(dossier, 'zonage-medecins-par-commune-insee.csv.gz')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichierFrr, fichierZonage] = this.fichiersSource();
    const ignorees: LigneIgnoree[] = [];
    const frr = this.parCommune(lignesDe(lireFichierLivre(fichierFrr)), ';', 1, (v) => FRR[v.trim()], 'FRR', ignorees);
    await this.repository.remplacerFrr(
      ctx.requete,
      [...frr].map(([commune_code, v]) => ({ commune_code, frr: v })),
      SOURCE_FRR,
    );
    const zrr = this.parCommune(
      lignesDe(lireFichierLivre(fichierZonage)),
      ',',
      3,
      (v) => (v.trim() === '' ? '' : ZRR[v.split(' - ')[0].trim()]),
      'ZRR',
      ignorees,
    );
    await this.repository.remplacerZrr(
      ctx.requete,
      [...zrr].map(([commune_code, v]) => ({ commune_code, zrr: v })),
      SOURCE_ZRR,
    );
    return { lignes: frr.size + zrr.size, ignorees };
  }

  /** One value per COG 2026 commune; merged communes whose parts differ get « mixte (…) ». */
  private parCommune(
    lignes: string[],
    separateur: string,
    colonne: number,
    lire: (v: string) => string | undefined,
    quoi: string,
    ignorees: LigneIgnoree[],
  ): Map<string, string> {
    const cog = CorrespondanceCog.referentiel();
    const parties = new Map<string, string[]>();
    for (let i = 1; i < lignes.length; i++) {
      const champs = decouperLigne(lignes[i], separateur);
      const valeur = lire(champs[colonne] ?? '');
      if (valeur === '') continue; // arrondissements: no ZRR value
      const c = cog.trouver(champs[0]);
      if (valeur === undefined || !c) {
        ignorees.push({
          ligne: i + 1,
          champ: valeur === undefined ? quoi : 'code',
          valeur: valeur === undefined ? champs[colonne] : champs[0],
          message: `${quoi}, ligne ${i + 1} : ${valeur === undefined ? 'valeur inconnue' : 'commune hors COG 2026'}`,
        });
        continue;
      }
      if (c.nature === 'arrondissement') continue;
      parties.set(c.commune.code, [...(parties.get(c.commune.code) ?? []), valeur]);
    }
    const resultat = new Map<string, string>();
    for (const [code, valeurs] of parties) {
      const distinctes = [...new Set(valeurs)];
      resultat.set(code, distinctes.length === 1 ? distinctes[0] : `mixte (${distinctes.join(', ')})`);
    }
    return resultat;
  }
}
