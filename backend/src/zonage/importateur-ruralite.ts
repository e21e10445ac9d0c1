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
  'ANCT (Observatoire des territoires), classement des communes en zones de revitalisation rurale (ZRR) : arrêté du 16 mars 2017 modifié par le décret du 22 février 2018, communes du 1er janvier 2017 rapportées au COG 2026 ; remplacé par France Ruralités Revitalisation pour les exonérations depuis 2024';
export const FICHIER_ZRR = 'zrr-anct-classement-2017-cog2017.csv.gz';

const FRR: Record<string, string> = {
  'Non classée': 'non classée',
  'FRR socle': 'FRR',
  'FRR+': 'FRR+',
  'FRR bénéficiaire': 'FRR bénéficiaire',
  'Classée FRR partiellement': 'FRR partiellement',
  'FRR bénéficiaire partiellement': 'FRR bénéficiaire partiellement',
};
const ZRR: Record<string, string> = { C: 'C', NC: 'NC', P: 'P' };

/**
 * FRR classification (July 2025) and the former ZRR flag, per commune (COG 2026). The ZRR comes from the ANCT list by
 * INSEE code, not from the zonage médecins export: that export carries a ZRR column attached by commune name alone
 * (each row repeated once per homonym of France, with the homonym's flag), which set Saint-Denis 93, Bagneux 92,
 * Châtillon 92, Villepinte 93, Fresnes 94 or Périgny 17 « classée en ZRR ».
 */
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
    return [path.join(dossier, 'frr-communes-2025-07-10.csv.gz'), path.join(dossier, FICHIER_ZRR)];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichierFrr, fichierZrr] = this.fichiersSource();
    const ignorees: LigneIgnoree[] = [];
    const frr = this.parCommune(lignesDe(lireFichierLivre(fichierFrr)), ';', 1, (v) => FRR[v.trim()], 'FRR', ignorees);
    await this.repository.remplacerFrr(
      ctx.requete,
      [...frr].map(([commune_code, v]) => ({ commune_code, frr: v })),
      SOURCE_FRR,
    );
    const zrr = this.parCommune(lignesDe(lireFichierLivre(fichierZrr)), ';', 2, (v) => ZRR[v.split(' - ')[0].trim()], 'ZRR', ignorees);
    const sansZrr = CorrespondanceCog.referentiel()
      .communes()
      .filter((c) => !zrr.has(c.code));
    if (sansZrr.length) {
      ignorees.push({
        champ: 'ZRR',
        valeur: sansZrr.map((c) => c.code).join(' '),
        message: `${sansZrr.length} communes sans ZRR connue (absentes de la liste de 2017 : créées ou rétablies depuis) : ${sansZrr
          .slice(0, 20)
          .map((c) => `${c.code} ${c.nom}`)
          .join(', ')}${sansZrr.length > 20 ? '…' : ''}`,
      });
    }
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
