import { Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { departementsDesPerimetres, declarations, limiteDuCompte, perimetresDepuisDepartements } from '../televersements/couverture-deduite';
import { differencesParCle } from '../televersements/differences';
import { enregistrementsDesLignes } from '../televersements/lecture-fichier';
import { RegistreTeleversements } from '../televersements/registre-televersements';
import {
  ContexteAnalyse,
  ContexteImport,
  ContexteRetour,
  ResultatAnalyse,
  ResultatImportTeleverse,
  TypeFichierTeleversable,
} from '../televersements/type-fichier';
import { AUCUNE_STRUCTURE, fauteLibelle, structureDepuisEtablissement } from './chargement-finess';
import { CATEGORIES_FINESS, LIBELLES_TYPES, TypeStructure } from './classement-structure';
import { LecteurFiness } from './lecture-finess';
import { StructuresRepository } from './structures.repository';

/** How far outside its département a FINESS point may fall before its coordinates are set aside (geocoding at the address). */
export const TOLERANCE_COORDONNEES_M = 3000;

const THEMES = ['structures', 'cpts-sieges'] as const;

/**
 * « Extrait FINESS » on the « Données » screen: the official national extract (or a regional one, same format,
 * or the flattened variant). Replaces the FINESS MSP / centres de santé / CPTS only in the départements the
 * file contains (all categories counted: a regional extract lists every establishment of its départements),
 * clipped to an ARS account's région.
 */
@Injectable()
export class TeleversementFiness implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'finess';
  readonly libelle = 'Extrait FINESS des établissements (national ou régional)';
  readonly description =
    'Fichier « etalab-cs1100507-stock-AAAAMMJJ.csv » tel que publié sur data.gouv.fr (Licence Ouverte), ou extrait régional au même format. ' +
    'Les maisons de santé, pôles, centres de santé et CPTS des départements que contient le fichier remplacent ceux en place ; ailleurs rien ne change.';
  readonly extensions = ['.csv', '.txt'];
  /**
   * The national extract is about 35 Mo (estimated from the 10,007 establishments of Occitanie in 3 Mo, ~100,000 in
   * France); a file three times larger is refused (MAILLAGE_TAILLE_MAX_FINESS raises the limit).
   */
  readonly tailleMax = 100 * 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: StructuresRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'finess';
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const cog = CorrespondanceCog.referentiel();
    const lecteur = new LecteurFiness(
      ctx.fichier.nom,
      { erreur: (d) => ctx.erreur(d), ecarter: (d) => ctx.ecarter(d) },
      (categorie) => categorie in CATEGORIES_FINESS,
    );
    let millesime: string | null = null;
    let premiere = true;
    for await (const l of enregistrementsDesLignes(ctx.lignes())) {
      if (premiere && l.texte.trim()) {
        premiere = false;
        millesime = /^finess;[^;]*;[^;]*;(\d{4}-\d{2}-\d{2})/i.exec(l.texte)?.[1] ?? null;
      }
      lecteur.lire(l.numero, l.texte);
      if (ctx.erreurs > 10_000) break; // plainly not this format: the first faults say why
    }
    const lu = lecteur.terminer();
    millesime ??= /stock-(\d{4})(\d{2})(\d{2})/.exec(ctx.fichier.nom)?.slice(1).join('-') ?? null;
    ctx.etape('Contrôle des établissements');
    const limite = limiteDuCompte(ctx.utilisateur);
    const perimetres = perimetresDepuisDepartements(lu.departements, cog, limite);
    const departements = new Set(departementsDesPerimetres(perimetres, cog));
    const parType = new Map<TypeStructure, number>();
    const source = `FINESS, extrait « ${ctx.fichier.nom} »${millesime ? ` du ${millesime}` : ''}`;
    for (const e of lu.etablissements) {
      const faute = fauteLibelle(e);
      if (faute) {
        ctx.erreur(faute);
        continue;
      }
      const r = structureDepuisEtablissement(e, source, cog);
      if (!r) continue;
      if ('ecartee' in r) {
        ctx.ecarter(r.ecartee);
        continue;
      }
      if (!departements.has(r.structure.departement_code)) {
        ctx.ecarter({
          ligne: e.ligne,
          champ: 'departement',
          valeur: r.structure.departement_code,
          message: `Ligne ${e.ligne} : établissement hors de votre périmètre (département ${r.structure.departement_code}), non chargé`,
        });
        continue;
      }
      parType.set(r.structure.type, (parType.get(r.structure.type) ?? 0) + 1);
      await ctx.stager({ numero: e.ligne, cle: e.finess, donnees: { ...r.structure, ligne: e.ligne } });
    }
    if (ctx.erreurs === 0 && parType.size === 0 && perimetres.length) {
      ctx.erreur({ message: `Fichier « ${ctx.fichier.nom} » : ${AUCUNE_STRUCTURE}` });
    }
    await ctx.viderTampon();
    ctx.etape('Contrôle des coordonnées');
    const hors = await this.repository.coordonneesHorsDepartement(ctx.requete, ctx.televersementId, TOLERANCE_COORDONNEES_M);
    for (const h of hors) {
      ctx.ecarter({
        ligne: h.numero,
        champ: 'coordx',
        valeur: h.finess,
        message: `Ligne ${h.numero} : coordonnées hors du département de la commune (${h.commune}, ${h.departement}) : structure placée au centre de sa commune`,
      });
    }
    if (hors.length) {
      await ctx.requete(
        `UPDATE televersement_ligne SET donnees = donnees || jsonb_build_object('x', NULL, 'y', NULL, 'srid', NULL,
                'geom_source', 'centre de la commune (coordonnées FINESS hors du département, écartées)')
          WHERE televersement_id = $1 AND numero = ANY($2::int[])`,
        [ctx.televersementId, hors.map((h) => h.numero)],
      );
    }
    ctx.etape('Comparaison avec la version en place');
    const deps = [...departements].sort();
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: 'les maisons, pôles, centres de santé et CPTS du FINESS en place dans les mêmes départements',
      sqlActuel: StructuresRepository.SQL_ACTUEL,
      parametres: ['finess', deps],
      sqlNouveau: StructuresRepository.SQL_NOUVEAU,
      sqlLibelle: StructuresRepository.SQL_LIBELLE,
    });
    return {
      couverture: declarations(THEMES, perimetres, millesime ?? 'date d’extraction inconnue'),
      differences,
      version: { libelle: 'Extrait FINESS téléversé', source, millesime: millesime ?? 'date d’extraction inconnue' },
      resume: [
        { libelle: 'Établissements lus (toutes catégories)', valeur: lu.total },
        ...(['msp', 'psp', 'cds', 'cpts'] as const).map((t) => ({ libelle: LIBELLES_TYPES[t], valeur: parType.get(t) ?? 0 })),
      ],
      avertissements: [
        ...(limite && lu.departements.some((d) => !departements.has(d))
          ? ['Le fichier couvre d’autres territoires que le vôtre : seuls ceux de votre périmètre seront importés.']
          : []),
        ...(differences.retraits
          ? [
              differences.retraits === 1
                ? '1 structure en place absente du fichier sera retirée (fermée ou sortie du FINESS).'
                : `${new Intl.NumberFormat('fr-FR').format(differences.retraits)} structures en place absentes du fichier seront retirées (fermées ou sorties du FINESS).`,
            ]
          : []),
      ],
      interne: { departements: deps },
    };
  }

  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const departements = (ctx.analyse.interne?.departements as string[] | undefined) ?? [];
    ctx.etape('Sauvegarde des structures remplacées');
    const archivees = await ctx.archiver('structure', StructuresRepository.SQL_ARCHIVE, ['finess', departements, ctx.televersementId]);
    ctx.etape('Écriture des structures');
    const { ecrites, supprimees } = await this.repository.remplacerDepuisTeleversement(ctx.requete, 'finess', ctx.televersementId, departements);
    const importees = await this.repository.compterParType(ctx.requete, 'finess');
    return { lignes: ecrites, restauration: { departements }, bilan: { ecrites, supprimees, archivees, structuresFinessEnPlace: importees } };
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const departements = (ctx.restauration?.departements as string[] | undefined) ?? [];
    await this.repository.retablirArchive(ctx.requete, 'finess', ctx.versionId, departements);
  }
}
