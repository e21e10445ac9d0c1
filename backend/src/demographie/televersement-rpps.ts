import { Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { Requeteur } from '../import/importateur';
import { declarations, departementsDesPerimetres, limiteDuCompte, perimetresDepuisDepartements } from '../televersements/couverture-deduite';
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
import { DemographieRepository } from './demographie.repository';
import { LecteurRpps } from './lecture-rpps';

const nombre = (n: number) => new Intl.NumberFormat('fr-FR').format(n);

/**
 * « Extrait RPPS / Annuaire santé » on the « Données » screen (issue 10 finding 6): GPs per practice site. Scoped:
 * an ARS account loads its région only (rows elsewhere are reported and skipped), an administrator what the file
 * covers (its départements, the whole country for a national extract). Each covered département is then served
 * by this import; the others keep the import they had (an upload for Lyon no longer drops Occitanie).
 */
@Injectable()
export class TeleversementRpps implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'rpps';
  readonly libelle = 'Extrait RPPS / Annuaire santé (médecins par lieu d’exercice)';
  readonly description =
    'Fichier « PS_LibreAcces_Personne_activite_AAAAMMJJhhmm.txt » de l’Annuaire santé (séparateur « | », en-tête officiel de 52 colonnes), ' +
    'national ou filtré sur des départements. Les médecins généralistes et leurs lieux d’exercice remplacent ceux en place dans les départements du fichier ' +
    '(un compte ARS : dans sa région seulement).';
  readonly extensions = ['.txt', '.csv'];
  /** A national extract is about 200 Mo (issue 10); twice that is refused. */
  readonly tailleMax = 400 * 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: DemographieRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'rpps';
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const cog = CorrespondanceCog.referentiel();
    const limite = limiteDuCompte(ctx.utilisateur);
    const permis = limite
      ? new Set(
          departementsDesPerimetres([
            ...limite.regions.map((code) => ({ niveau: 'region' as const, code })),
            ...limite.departements.map((code) => ({ niveau: 'departement' as const, code })),
          ]),
        )
      : null;
    const medecins = new Set<string>();
    let sites = 0;
    let horsPerimetre = 0;
    const lecteur = new LecteurRpps(ctx.fichier.nom, cog, { erreur: (d) => ctx.erreur(d), ecarter: (d) => ctx.ecarter(d) }, async (s) => {
      if (permis && !permis.has(s.departementCode)) {
        horsPerimetre++;
        return;
      }
      medecins.add(s.identifiantPp);
      sites++;
      await ctx.stager({
        numero: s.ligne,
        cle: `${s.identifiantPp}|${s.communeCode}`,
        donnees: {
          identifiant_pp: s.identifiantPp,
          commune_code: s.communeCode,
          departement_code: s.departementCode,
          mode_exercice: s.modeExercice,
          finess_site: s.finessSite,
          siret_site: s.siretSite,
        },
      });
    });
    for await (const l of ctx.lignes()) {
      await lecteur.lire(l.numero, l.texte);
      if (ctx.erreurs > 10_000) break; // plainly not this format: the first faults say why
    }
    lecteur.terminer();
    const perimetres = perimetresDepuisDepartements(lecteur.departements, cog, limite);
    const departements = departementsDesPerimetres(perimetres, cog);
    if (!ctx.erreurs && perimetres.length && sites === 0) {
      ctx.erreur({ message: 'Aucun médecin généraliste (profession 10, savoir-faire médecine générale) localisé dans le périmètre du fichier.' });
    }
    await ctx.viderTampon();
    ctx.etape('Comparaison avec les médecins en place');
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: 'les médecins généralistes par lieu d’exercice en place dans les mêmes départements',
      sqlActuel: DemographieRepository.SQL_ACTUEL_RPPS,
      parametres: [departements],
      sqlNouveau: `jsonb_build_object('mode', coalesce(t.donnees->>'mode_exercice', ''))`,
      sqlLibelle: `'médecin ' || (t.donnees->>'identifiant_pp') || ' à ' || coalesce((SELECT nom FROM commune WHERE code = t.donnees->>'commune_code'), t.donnees->>'commune_code')`,
    });
    const date = /_(\d{4})(\d{2})(\d{2})\d{0,4}\./.exec(ctx.fichier.nom);
    const millesime = date ? `${date[1]}-${date[2]}-${date[3]}` : 'date d’extraction inconnue';
    return {
      couverture: declarations(['rpps'], perimetres, millesime),
      differences,
      version: { libelle: 'Extrait RPPS téléversé', source: `RPPS / Annuaire santé, extrait « ${ctx.fichier.nom} »`, millesime },
      resume: [
        { libelle: 'Médecins généralistes', valeur: medecins.size },
        { libelle: 'Lieux d’exercice de médecins généralistes', valeur: sites },
      ],
      avertissements: horsPerimetre
        ? [`${nombre(horsPerimetre)} lieux d’exercice hors de votre périmètre ne seront pas importés (le reste de la France garde ses données).`]
        : [],
      interne: { departements, medecins: medecins.size, sites, encodage: null },
    };
  }

  /** The GP sites are copied under an unpublished import before the transaction: no answer reads them yet. */
  async preparer(ctx: ContexteImport): Promise<void> {
    await this.repository.abandonnerRpps(ctx.requete, ctx.televersementId);
    const interne = ctx.analyse.interne ?? {};
    const importId = await this.repository.creerImportRpps(ctx.requete, {
      fichier: ctx.fichier.nom,
      encodage: 'détecté à l’analyse',
      lignes: Number(interne.sites ?? 0),
      medecins: Number(interne.medecins ?? 0),
      sites: Number(interne.sites ?? 0),
      auteur: ctx.utilisateur.email,
      televersementId: ctx.televersementId,
    });
    ctx.etape('Copie des lieux d’exercice');
    await this.repository.copierSitesRpps(ctx.requete, importId, ctx.televersementId);
  }

  /** In the transaction: the import takes over the départements it covers (short: a few hundred rows at most). */
  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const departements = (ctx.analyse.interne?.departements as string[] | undefined) ?? [];
    const [imp] = await ctx.requete<{ id: number; sites: number }>(
      `SELECT i.id, (SELECT count(*)::int FROM medecin_generaliste_site s WHERE s.import_id = i.id) AS sites
         FROM rpps_import i WHERE i.televersement_id = $1 AND NOT i.actif`,
      [ctx.televersementId],
    );
    const avant = await this.repository.publierRpps(ctx.requete, imp.id, departements);
    return { lignes: imp.sites, restauration: { importId: imp.id, avant }, bilan: { importId: imp.id, sites: imp.sites, departements: departements.length } };
  }

  async abandonner(televersementId: string, requete: Requeteur): Promise<void> {
    await this.repository.abandonnerRpps(requete, televersementId);
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const r = ctx.restauration as { importId: number; avant: Record<string, number | null> };
    await this.repository.retablirRpps(ctx.requete, r.importId, r.avant);
  }
}
