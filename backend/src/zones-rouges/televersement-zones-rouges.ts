import { Injectable, OnModuleInit } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { differencesParCle } from '../televersements/differences';
import { RegistreTeleversements } from '../televersements/registre-televersements';
import {
  ContexteAnalyse,
  ContexteImport,
  ContexteRetour,
  ResultatAnalyse,
  ResultatImportTeleverse,
  TypeFichierTeleversable,
} from '../televersements/type-fichier';
import { ImportateurZonesRouges } from './importateur-zones-rouges';
import { lireListeTeleversee } from './lecture-zones-rouges';
import { ZonesRougesRepository } from './zones-rouges.repository';

const SQL_ACTUEL = `SELECT e.siren AS cle, jsonb_build_object('siren', e.siren) AS donnees, e.nom AS libelle
  FROM zone_rouge_epci e JOIN zone_rouge_liste l ON l.id = e.liste_id WHERE l.active`;

/**
 * « Liste des zones rouges » on the « Données » screen (ADR 0005): the complete list of EPCI SIREN codes, checked
 * against the COG 2026, replaces the list in force (the shipped one is partial: 55 of 151); rollback to the previous.
 */
@Injectable()
export class TeleversementZonesRouges implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'zones-rouges';
  readonly libelle = 'Liste des zones rouges (EPCI de la mission de solidarité territoriale)';
  readonly description =
    'CSV avec une colonne « siren » (ou un code SIREN d’EPCI par ligne) : les 151 intercommunalités de la liste du ministère de la Santé (juin 2025). ' +
    'Remplace la liste en vigueur (la liste livrée est partielle : 55 EPCI relevés dans des pages publiques).';
  readonly extensions = ['.csv', '.txt'];
  readonly tailleMax = 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [{ nom: 'source', libelle: 'Source de la liste (page du ministère…)', format: 'texte' as const, obligatoire: false }];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: ZonesRougesRepository,
    private readonly importateur: ImportateurZonesRouges,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'zones-rouges';
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const lignes: string[] = [];
    for await (const l of ctx.lignes()) lignes[l.numero - 1] = l.texte;
    const meta = this.importateur.lireMeta();
    let epci;
    try {
      epci = lireListeTeleversee(lignes.join('\n'), ctx.fichier.nom, await this.repository.epciConnus(ctx.requete));
      if (epci.length > meta.nbAttendu)
        throw new ErreurDomaine('FICHIER_INVALIDE', `${epci.length} EPCI, plus que les ${meta.nbAttendu} de la liste de juin 2025.`);
    } catch (e) {
      if (!(e instanceof ErreurDomaine)) throw e;
      for (const d of e.details.length ? e.details : [{ message: e.message }]) ctx.erreur(d);
      return {
        couverture: [],
        differences: { comparaison: '', ajouts: 0, modifications: 0, retraits: 0, inchanges: 0, exemples: [] },
        version: { libelle: '', source: '', millesime: '' },
      };
    }
    for (const e of epci) await ctx.stager({ numero: e.ligne, cle: e.siren, donnees: { siren: e.siren, nom: e.nom } });
    await ctx.viderTampon();
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: 'la liste des zones rouges en vigueur',
      sqlActuel: SQL_ACTUEL,
      sqlNouveau: `jsonb_build_object('siren', t.cle)`,
      sqlLibelle: `t.donnees->>'nom'`,
    });
    const partielle = epci.length < meta.nbAttendu;
    return {
      couverture: [
        {
          theme: 'zones-rouges',
          niveau: 'national',
          millesime: meta.libelleDate,
          complet: !partielle,
          note: partielle ? `Liste partielle : ${epci.length} EPCI sur ${meta.nbAttendu}.` : null,
        },
      ],
      differences,
      version: {
        libelle: 'Liste des zones rouges téléversée',
        source: ctx.metadonnees.source || `Fichier « ${ctx.fichier.nom} »`,
        millesime: meta.libelleDate,
      },
      resume: [{ libelle: 'EPCI', valeur: epci.length }],
      avertissements: partielle ? [`Liste encore partielle : ${epci.length} EPCI sur ${meta.nbAttendu}.`] : [],
      interne: { partielle },
    };
  }

  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const meta = this.importateur.lireMeta();
    const precedente = await ctx.requete<{ id: number }>(`SELECT id FROM zone_rouge_liste WHERE active ORDER BY cree_le DESC, id DESC LIMIT 1`);
    const epci = await ctx.requete<{ siren: string; nom: string; ligne: number }>(
      `SELECT cle AS siren, donnees->>'nom' AS nom, numero AS ligne FROM televersement_ligne WHERE televersement_id = $1 ORDER BY numero`,
      [ctx.televersementId],
    );
    const id = await this.repository.enregistrer(
      ctx.requete,
      {
        libelle: meta.libelle,
        dateListe: meta.dateListe,
        nbAttendu: meta.nbAttendu,
        partielle: Boolean(ctx.analyse.interne?.partielle),
        regionsCompletes: [],
        source: ctx.metadonnees.source || `Liste téléversée par ${ctx.utilisateur.email} (fichier « ${ctx.fichier.nom} »)`,
        origine: 'televerse',
        jeu: null,
        fichier: ctx.fichier.nom,
        auteur: ctx.utilisateur.email,
      },
      epci.map((e) => ({ ...e, sources: [], note: null })),
    );
    return { lignes: epci.length, restauration: { liste: id, precedente: precedente[0]?.id ?? null }, bilan: { liste: id } };
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const r = ctx.restauration ?? {};
    await ctx.requete(`DELETE FROM zone_rouge_liste WHERE id = $1`, [r.liste]);
    await ctx.requete(`UPDATE zone_rouge_liste SET active = (id = $1)`, [r.precedente ?? null]);
  }
}
