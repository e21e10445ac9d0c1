import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { enregistrements } from '../common/fichiers/decouper-ligne';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { ZonageRepository } from './zonage.repository';

export const SOURCE_QPV = 'ANCT, quartiers prioritaires de la politique de la ville 2024 par commune (liste partielle : 1 493 QPV sur environ 1 600)';
export const SOURCE_QPV_PACA = 'ARS Provence-Alpes-Côte d’Azur, zonage médecins des quartiers prioritaires (millésime 2025, date de l’arrêté inconnue)';
/** Where the shipped files were taken from (geo-data/README.md): for maintainers, never on screen. */
export const PROVENANCE_QPV =
  'ANCT (data.gouv) via anct-carto/superposeur-V2@3f2b0c0b ; ARS PACA Arrêté_zonage_QPV_MEDECINS_PACA_2026_02.xlsx via SKHTay/Carto-Sante-PACA-T-l-med@79b88fd9';

interface ZonageQpvPaca {
  millesime: string;
  source: string;
  communes: Record<string, { qpv: { id: string; n: string; z: string }[] }>;
}

/**
 * QPV 2024 per commune, and the QPV-level zonage médecins of ARS PACA (135 QPV, ZIP or ZAC) as a version with
 * `niveau = 'qpv'` (validity start = its vintage, 2025-01-01, arrêté date unknown).
 */
@Injectable()
export class ImportateurQpv implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'qpv';
  readonly libelle = 'QPV 2024 et zonage médecins des QPV (PACA)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source: `${SOURCE_QPV} ; ${SOURCE_QPV_PACA}`,
    millesime: '2024 / 2025',
    licence: 'Licence Ouverte (ANCT, ARS PACA)',
    provenance: PROVENANCE_QPV,
  };
  /** 2: source labels without repository handles. */
  readonly versionImport = 2;

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
    return [path.join(dossier, 'qpv2024-par-commune.csv.gz'), path.join(dossier, 'qpv-zonage-medecins-paca-2025.json')];
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fichierQpv, fichierPaca] = this.fichiersSource();
    const cog = CorrespondanceCog.referentiel();
    const ignorees: LigneIgnoree[] = [];
    const lignes = enregistrements(lireFichierLivre(fichierQpv), ',');
    if (lignes[0]?.champs.join(',') !== 'code_qp,lib_qp,insee_com,lib_com') throw new Error(`${path.basename(fichierQpv)} : en-tête inattendu.`);
    const qpv = new Map<string, { code: string; nom: string; source: string }>();
    const liens: { qpv_code: string; commune_code: string }[] = [];
    for (const { ligne, champs } of lignes.slice(1)) {
      const [code, nom, commune] = champs;
      const c = cog.trouver(commune);
      if (!/^QN\d{2}[0-9AB]\d{2}[A-Z]$/.test(code) || !c) {
        ignorees.push({
          ligne,
          champ: c ? 'code_qp' : 'insee_com',
          valeur: c ? code : commune,
          message: `Ligne ${ligne} : ${c ? 'code QPV mal formé' : 'commune hors COG 2026'}`,
        });
        continue;
      }
      qpv.set(code, { code, nom, source: SOURCE_QPV });
      liens.push({ qpv_code: code, commune_code: c.commune.code });
    }
    await this.repository.remplacerQpv(ctx.requete, [...qpv.values()], liens);

    const paca = JSON.parse(readFileSync(fichierPaca, 'utf8')) as ZonageQpvPaca;
    const parQpv = new Map<string, { qpv_code: string; qpv_nom: string; classe: string; communes: string[] }>();
    for (const [commune, { qpv: liste }] of Object.entries(paca.communes)) {
      const c = cog.trouver(commune);
      if (!c) ignorees.push({ champ: 'commune', valeur: commune, message: `Zonage QPV PACA : commune ${commune} hors COG 2026` });
      for (const q of liste) {
        if (q.z !== 'ZIP' && q.z !== 'ZAC') {
          ignorees.push({ champ: 'classe', valeur: q.z, message: `Zonage QPV PACA : classe inconnue « ${q.z} » pour ${q.id}` });
          continue;
        }
        const ligne = parQpv.get(q.id) ?? { qpv_code: q.id, qpv_nom: q.n, classe: q.z, communes: [] };
        if (c && !ligne.communes.includes(c.commune.code)) ligne.communes.push(c.commune.code);
        parQpv.set(q.id, ligne);
      }
    }
    const versionId = await this.repository.enregistrerVersionDuJeu(ctx.requete, {
      profession: 'medecin',
      niveau: 'qpv',
      libelle: `Zonage médecins des QPV — ARS Provence-Alpes-Côte d’Azur (${paca.millesime})`,
      region: '93',
      arrete: paca.source,
      dateArrete: null,
      debut: `${paca.millesime}-01-01`,
      debutConnu: false,
      fin: null,
      source: SOURCE_QPV_PACA,
      jeu: 'qpv-zonage-paca',
    });
    await this.repository.enregistrerZonageQpv(ctx.requete, versionId, [...parQpv.values()]);
    return {
      lignes: qpv.size + parQpv.size,
      ignorees,
      couverture: [
        {
          theme: 'qpv',
          niveau: 'national',
          millesime: '2024',
          complet: false,
          note: `${qpv.size.toLocaleString('fr-FR')} quartiers sur environ 1 600 dans la liste ouverte chargée`,
        },
      ],
    };
  }
}
