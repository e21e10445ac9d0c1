import * as path from 'node:path';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { enregistrements } from '../common/fichiers/decouper-ligne';
import { lireFichierLivre } from '../common/fichiers/lire-fichier-livre';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ContexteImport, DescriptionJeu, ImportateurJeuDeDonnees, LigneIgnoree, ResultatImport } from '../import/importateur';
import { RegistreImports } from '../import/registre-imports';
import { lireExportCartoSante } from '../zonage/lecture-cartosante';
import { DemographieRepository } from './demographie.repository';

export const SOURCES_DEMOGRAPHIE = {
  bv: 'INSEE, table d’appartenance géographique des communes 2024 (bassins de vie 2022)',
  densite: 'CartoSanté, densité de médecins généralistes libéraux 2024 par bassin de vie (pour 10 000 habitants)',
  apl: 'CartoSanté, APL médecins généralistes 2023 par bassin de vie',
  ameli: 'Assurance maladie (data.ameli), effectifs et densités des médecins généralistes libéraux 2024 par département',
  bpe: 'INSEE, base permanente des équipements 2024 : médecins généralistes par département (statistiques locales)',
  rpps: 'Répertoire partagé des professionnels de santé (RPPS), médecins inscrits par commune d’exercice, extraction d’avril 2026 — ce n’est pas un effectif de généralistes (surestimé de 1,4 à 3 fois)',
};
/** Where the shipped RPPS aggregate was taken from (geo-data/README.md): for maintainers, never on screen. */
export const PROVENANCE_RPPS = 'extrait RPPS du 7 avril 2026 agrégé par commune par le projet santescope, H-Zak/santescope@6adf278e';

/**
 * Default GP demographics layers (until a user imports an RPPS extract): bassins de vie with their liberal GP
 * density (CartoSanté 2024), GP headcounts by département (ameli 2024, INSEE BPE 2024) and the per-commune count
 * of RPPS doctors (santescope, April 2026: doctors present, never shown as GPs).
 */
@Injectable()
export class ImportateurDemographie implements ImportateurJeuDeDonnees, OnModuleInit {
  readonly code = 'demographie-mg';
  readonly libelle = 'Démographie des médecins généralistes (bassins de vie, départements, RPPS)';
  readonly dependances = ['territoires'] as const;
  readonly description: DescriptionJeu = {
    source: Object.values(SOURCES_DEMOGRAPHIE).join(' ; '),
    millesime: '2024 / 2026-04',
    licence: 'Licence Ouverte (INSEE, Assurance maladie, CartoSanté)',
    provenance: PROVENANCE_RPPS,
  };
  /** 2: source labels without repository handles. */
  readonly versionImport = 2;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreImports,
    private readonly repository: DemographieRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  private fichier(nom: string): string {
    return path.join(this.config.racineProjet, 'geo-data', 'demographie', nom);
  }

  fichiersSource(): string[] {
    return [
      'insee-communes-bassin-de-vie-2022-cog2024.csv.gz',
      'cartosante-par-bassin-de-vie-2024.csv',
      'ameli-medecins-generalistes-liberaux-2024-par-departement.csv',
      'insee-statloc-departements-bpe2024.csv',
      'rpps-medecins-presents-par-commune-2026-04-santescope.csv.gz',
    ].map((n) => this.fichier(n));
  }

  async importer(ctx: ContexteImport): Promise<ResultatImport> {
    const [fBv, fCarto, fAmeli, fBpe, fRpps] = this.fichiersSource();
    const cog = CorrespondanceCog.referentiel();
    const ignorees: LigneIgnoree[] = [];

    // Bassins de vie: COG 2024 → 2026; a commune nouvelle takes the bassin of its most populous part (chef-lieu first).
    const bassins = new Map<string, string>();
    const communes = new Map<string, string>();
    for (const { ligne, champs } of enregistrements(lireFichierLivre(fBv), ',').slice(1)) {
      const [codgeo, bv, nom] = champs;
      bassins.set(bv, nom);
      const c = cog.trouver(codgeo);
      if (!c) {
        ignorees.push({ ligne, champ: 'CODGEO', valeur: codgeo, message: `Bassins de vie, ligne ${ligne} : commune ${codgeo} hors COG 2026` });
        continue;
      }
      if (!communes.has(c.commune.code) || codgeo === c.commune.code) communes.set(c.commune.code, bv);
    }
    await this.repository.remplacerBassinsDeVie(
      ctx.requete,
      [...bassins].map(([code, nom]) => ({ code, nom })),
      [...communes].map(([commune_code, bv_code]) => ({ commune_code, bv_code })),
    );

    const carto = lireExportCartoSante(lireFichierLivre(fCarto), path.basename(fCarto));
    const entete = lireFichierLivre(fCarto).split(/\r?\n/)[2].split(';');
    const colonne = (motif: RegExp) => entete.findIndex((c) => motif.test(c));
    const iDensite = colonne(/^Densité de généralistes lib\. 2024$/);
    const iApl = colonne(/^APL Médecins généralistes 2023$/);
    if (iDensite < 0 || iApl < 0)
      throw new Error(`${path.basename(fCarto)} : colonnes « Densité de généralistes lib. 2024 » / « APL Médecins généralistes 2023 » introuvables.`);
    const lignesCarto = lireFichierLivre(fCarto)
      .split(/\r?\n/)
      .slice(3)
      .filter((l) => l.trim());
    const indicateurs = lignesCarto.flatMap((l) => {
      const c = l.split(';');
      const val = (i: number) => (/^N\/A/.test(c[i]) ? null : Number(c[i]));
      return [
        {
          bv_code: c[0],
          indicateur: 'densite_mg_liberaux',
          annee: 2024,
          valeur: val(iDensite),
          secret: /^N\/A/.test(c[iDensite] ?? ''),
          source: SOURCES_DEMOGRAPHIE.densite,
        },
        { bv_code: c[0], indicateur: 'apl_mg', annee: 2023, valeur: val(iApl), secret: /^N\/A/.test(c[iApl] ?? ''), source: SOURCES_DEMOGRAPHIE.apl },
      ];
    });
    if (carto.lignes.length !== lignesCarto.length) throw new Error(`${path.basename(fCarto)} : lecture incohérente.`);
    await this.repository.enregistrerIndicateursBv(ctx.requete, indicateurs);

    const departements: object[] = [];
    for (const { champs } of enregistrements(lireFichierLivre(fAmeli), ',').slice(1)) {
      const [annee, , , , departement, , , , , effectif, densite] = champs;
      if (departement === '999') continue; // regional totals
      departements.push({
        departement_code: departement,
        source_code: 'ameli',
        annee: Number(annee),
        effectif: Number(effectif),
        densite: Number(densite),
        champ: 'médecins généralistes libéraux',
        source: SOURCES_DEMOGRAPHIE.ameli,
      });
    }
    const bpe = lireExportCartoSante(lireFichierLivre(fBpe), path.basename(fBpe));
    if (!/^Médecin généraliste \(en nombre\) 2024$/.test(bpe.indicateur))
      throw new Error(`${path.basename(fBpe)} : 3e colonne inattendue « ${bpe.indicateur} ».`);
    for (const l of bpe.lignes) {
      if (!/^\d+$/.test(l.valeur)) continue;
      departements.push({
        departement_code: l.code,
        source_code: 'bpe',
        annee: 2024,
        effectif: Number(l.valeur),
        densite: null,
        champ: 'médecins généralistes (BPE)',
        source: SOURCES_DEMOGRAPHIE.bpe,
      });
    }
    await this.repository.remplacerMedecinsDepartement(ctx.requete, departements);

    const rpps: object[] = [];
    for (const { ligne, champs } of enregistrements(lireFichierLivre(fRpps), ',').slice(1)) {
      const [code, generalistes, medecins] = champs;
      const c = cog.trouver(code);
      if (!c) {
        ignorees.push({ ligne, champ: 'code_insee', valeur: code, message: `RPPS, ligne ${ligne} : commune ${code} hors COG 2026` });
        continue;
      }
      rpps.push({ commune_code: c.commune.code, medecins: Number(medecins), generalistes: Number(generalistes) });
    }
    await this.repository.remplacerRppsCommunes(ctx.requete, rpps, SOURCES_DEMOGRAPHIE.rpps);
    return { lignes: communes.size + indicateurs.length + departements.length + rpps.length, ignorees };
  }
}
