import { Injectable, OnModuleInit } from '@nestjs/common';
import { PorteeService } from '../../auth/portee.service';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { nombreDe } from '../../common/texte/nombre-de';
import { differencesParCle } from '../../televersements/differences';
import { RegistreTeleversements } from '../../televersements/registre-televersements';
import {
  ContexteAnalyse,
  ContexteImport,
  ContexteRetour,
  DemandeTeleversement,
  ResultatAnalyse,
  ResultatImportTeleverse,
  TypeFichierTeleversable,
} from '../../televersements/type-fichier';
import { CompositionsRepository } from './compositions.repository';
import { lireCompositionTvs } from './lecture-composition-tvs';

/** The région's active composition, as the pipeline compares it ($2 = région). */
const SQL_ACTUEL = `SELECT t.commune_code AS cle, jsonb_build_object('tvs', t.tvs_code, 'nom', t.tvs_nom) AS donnees, t.commune_code || ' → ' || t.tvs_nom AS libelle
  FROM composition_tvs_commune t JOIN composition_tvs c ON c.id = t.composition_id WHERE c.region_code = $2 AND c.active`;

/**
 * « Composition des territoires de vie-santé » on the « Données » screen (ADR 0005): the same validation as the
 * cockpit's upload (every commune of the région exactly once, COG 2026 codes, PLM arrondissements allowed), analysed
 * without writing (differences with the active composition), imported as the région's new version, rollback to the
 * previous one.
 */
@Injectable()
export class TeleversementTvs implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'tvs-composition';
  readonly libelle = 'Composition des territoires de vie-santé (TVS) d’une région';
  readonly description =
    'CSV « code_commune;code_tvs;nom_tvs » (séparateur ; ou ,), une ligne par commune du COG 2026 — chaque commune de la région exactement une fois ; ' +
    'Paris, Lyon et Marseille par leur code ou par tous leurs arrondissements. Devient l’unité « territoire de vie-santé » du cockpit de zonage de la région.';
  readonly extensions = ['.csv', '.txt'];
  /** 35 000 communes of France at ~40 bytes a line: 5 MB leaves room for long TVS names. */
  readonly tailleMax = 5 * 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [{ nom: 'region', libelle: 'Région de la composition', format: 'region' as const, obligatoire: true }];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: CompositionsRepository,
    private readonly portee: PorteeService,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'tvs-composition';
  }

  async verifierDemande(d: DemandeTeleversement): Promise<void> {
    await this.portee.verifierPortee(d.utilisateur, { type: 'region', code: d.metadonnees.region });
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const region = ctx.metadonnees.region;
    const lignes: string[] = [];
    for await (const l of ctx.lignes()) lignes[l.numero - 1] = l.texte;
    const communes = await this.repository.communesRegion(region);
    let lu;
    try {
      lu = lireCompositionTvs(lignes.join('\n'), ctx.fichier.nom, region, communes);
    } catch (e) {
      if (!(e instanceof ErreurDomaine)) throw e;
      for (const d of e.details.length ? e.details : [{ message: e.message }]) ctx.erreur(d);
      return {
        couverture: [],
        differences: { comparaison: '', ajouts: 0, modifications: 0, retraits: 0, inchanges: 0, exemples: [] },
        version: { libelle: '', source: '', millesime: '' },
      };
    }
    for (const m of lu.membres) await ctx.stager({ numero: m.ligne, cle: m.commune, donnees: { tvs: m.tvs, nom: m.nom, region: m.region } });
    await ctx.viderTampon();
    ctx.etape('Comparaison avec la composition en place');
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: 'la composition des TVS en place pour la région',
      sqlActuel: SQL_ACTUEL,
      parametres: [region],
      sqlNouveau: `jsonb_build_object('tvs', t.donnees->>'tvs', 'nom', t.donnees->>'nom')`,
      sqlLibelle: `t.cle || ' → ' || (t.donnees->>'nom')`,
    });
    return {
      couverture: [{ theme: 'tvs', niveau: 'region', code: region, millesime: new Date().toISOString().slice(0, 10) }],
      differences,
      version: {
        libelle: `Composition des TVS (région ${region})`,
        source: `Fichier « ${ctx.fichier.nom} » téléversé par ${ctx.utilisateur.email}`,
        millesime: new Date().toISOString().slice(0, 10),
      },
      resume: [
        { libelle: 'TVS', valeur: lu.unites },
        { libelle: 'Communes de la région', valeur: lu.communesRegion },
        { libelle: 'Communes hors région (TVS interrégionaux)', valeur: lu.horsRegion },
      ],
      avertissements: lu.villesParArrondissement.length
        ? [
            `${nombreDe(lu.villesParArrondissement.length, 'ville découpée', 'villes découpées')} par arrondissement : ${lu.villesParArrondissement.join(', ')}.`,
          ]
        : [],
      interne: { region, unites: lu.unites },
    };
  }

  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const interne = ctx.analyse.interne?.region;
    const region = typeof interne === 'string' ? interne : ctx.metadonnees.region;
    const precedente = await ctx.requete<{ id: number }>(`SELECT id FROM composition_tvs WHERE region_code = $1 AND active ORDER BY version DESC LIMIT 1`, [
      region,
    ]);
    const membres = await ctx.requete<{ commune: string; tvs: string; nom: string; ligne: number; region: string }>(
      `SELECT cle AS commune, donnees->>'tvs' AS tvs, donnees->>'nom' AS nom, numero AS ligne, donnees->>'region' AS region
         FROM televersement_ligne WHERE televersement_id = $1 ORDER BY numero`,
      [ctx.televersementId],
    );
    const id = await this.repository.enregistrer(
      ctx.requete,
      {
        region,
        fichier: ctx.fichier.nom,
        empreinte: ctx.fichier.empreinte,
        lignes: membres.length,
        unites: Number(ctx.analyse.interne?.unites ?? 0),
        auteur: ctx.utilisateur.email,
      },
      membres,
    );
    return { lignes: membres.length, restauration: { region, composition: id, precedente: precedente[0]?.id ?? null }, bilan: { composition: id } };
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const r = ctx.restauration ?? {};
    await ctx.requete(`DELETE FROM composition_tvs WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM brouillon_zonage WHERE composition_id = $1)`, [r.composition]);
    await ctx.requete(`UPDATE composition_tvs SET active = (id = $2) WHERE region_code = $1`, [r.region, r.precedente ?? null]);
  }
}
