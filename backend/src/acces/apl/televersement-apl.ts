import { Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { nombreDe } from '../../common/texte/nombre-de';
import { declarations, perimetresDepuisDepartements } from '../../televersements/couverture-deduite';
import { differencesParCle } from '../../televersements/differences';
import { RegistreTeleversements } from '../../televersements/registre-televersements';
import {
  ContexteAnalyse,
  ContexteImport,
  ContexteRetour,
  ResultatAnalyse,
  ResultatImportTeleverse,
  TypeFichierTeleversable,
} from '../../televersements/type-fichier';
import { AccesRepository } from '../acces.repository';
import { agregerVersCog2026 } from './agreger-vers-cog-2026';
import { ImportateurApl } from './importateur-apl';
import { lireAplDrees } from './lecture-apl-drees';
import { repartirScissions } from './scissions-apres-millesime';

/** A département is covered by a vintage when 99 % of its communes (COG 2026) at least have a value in it. */
const PART_COMMUNES_COUVERTE = 0.99;
const LIGNES_PAR_COPIE = 5000;

/** The APL in place for the file's vintages, as the pipeline compares it ($2 = vintages). */
const SQL_ACTUEL = `SELECT a.annee || '|' || a.commune_code AS cle,
       jsonb_build_object('apl', round(a.apl::numeric, 3), 'apl_moins_65', round(a.apl_moins_65::numeric, 3), 'population', a.population_totale) AS donnees,
       coalesce(c.nom, a.commune_code) || ' (APL ' || a.annee || ')' AS libelle
  FROM apl_commune a LEFT JOIN commune c ON c.code = a.commune_code WHERE a.annee = ANY($2::int[])`;

const SQL_NOUVEAU = `jsonb_build_object('apl', round((t.donnees->>'apl')::real::numeric, 3), 'apl_moins_65', round((t.donnees->>'aplMoins65')::real::numeric, 3),
  'population', round((t.donnees->>'populationTotale')::numeric)::int)`;

const SQL_LIBELLE = `coalesce((SELECT nom FROM commune WHERE code = t.donnees->>'commune'), t.donnees->>'commune') || ' (APL ' || (t.donnees->>'annee') || ')'`;

interface MillesimeAnalyse {
  annee: number;
  anneePopulation: number;
  source: string;
  poidsAge: { tranche: string; poids: number }[];
  communes: number;
}

/**
 * « APL aux médecins généralistes (DREES) » on the « Données » screen (issue 11): the DREES workbook of a new
 * vintage, read by the same code as the shipped one (every sheet « APL <année> », columns found by their header,
 * age weights of « Paramètres », decay checked against the engine's), mapped to the 2026 communes, communes split
 * since the vintage handled the same way. Each vintage of the file replaces that vintage only (the others stay);
 * coverage: the départements where the vintage gives 99 % of the communes at least. Administrators only (national
 * data). Rollback restores the vintages as they were.
 */
@Injectable()
export class TeleversementApl implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'apl-drees';
  readonly libelle = 'APL aux médecins généralistes (DREES), nouveau millésime';
  readonly description =
    'Classeur Excel « Indicateur d’accessibilité potentielle localisée (APL) aux médecins généralistes » publié par la DREES (.xlsx) : ' +
    'chaque feuille « APL AAAA » devient le millésime AAAA, rapporté aux communes 2026. Un millésime déjà chargé est remplacé, les autres sont gardés.';
  readonly extensions = ['.xlsx'];
  /** The official workbook with two vintages is 3.8 Mo: 20 Mo leaves room for more vintages (read whole: a zip). */
  readonly tailleMax = 20 * 1024 ** 2;
  readonly roles = ['admin'] as const;
  readonly champs = [];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: AccesRepository,
    private readonly importateur: ImportateurApl,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'apl';
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    ctx.etape('Lecture du classeur');
    const morceaux: Buffer[] = [];
    for await (const m of ctx.flux()) morceaux.push(m as Buffer);
    let millesimes;
    try {
      millesimes = lireAplDrees(Buffer.concat(morceaux), ctx.fichier.nom);
    } catch (e) {
      if (!(e instanceof ErreurDomaine)) throw e;
      for (const d of e.details.length ? e.details : [{ message: e.message }]) ctx.erreur(d);
      return vide();
    }
    morceaux.length = 0;
    ctx.etape('Rattachement aux communes 2026');
    const cog = CorrespondanceCog.referentiel();
    const reference = await this.repository.communesDeReference(ctx.requete);
    const connues = new Set(reference.map((c) => c.code));
    const parents = this.importateur.parentsConnus();
    const communesParDepartement = new Map<string, number>();
    for (const c of reference) communesParDepartement.set(c.departement, (communesParDepartement.get(c.departement) ?? 0) + 1);
    const departementDe = new Map(reference.map((c) => [c.code, c.departement]));
    const analyses: MillesimeAnalyse[] = [];
    const avertissements: string[] = [];
    const couvertsParTous = new Map<string, number>();
    let numero = 0;
    for (const m of millesimes) {
      const { communes, sansCorrespondance } = agregerVersCog2026(m.lignes, cog, connues);
      // splits are looked for in the départements the vintage gives (a regional file leaves the others alone)
      const presents = new Set(communes.map((c) => departementDe.get(c.commune)));
      const referenceDuFichier = reference.filter((c) => presents.has(c.departement));
      const scindees = repartirScissions(communes, new Map(m.lignes.map((l) => [l.code, l.nom])), referenceDuFichier, parents, m.annee);
      for (const i of m.ignorees) ctx.ecarter(i);
      for (const l of sansCorrespondance) {
        ctx.ecarter({
          ligne: l.ligne,
          champ: 'Code commune INSEE',
          valeur: l.code,
          message: `APL ${m.annee} ligne ${l.ligne} : commune ${l.code} ${l.nom} sans correspondance dans les communes 2026`,
        });
      }
      if (scindees.signalements.length) {
        avertissements.push(
          `APL ${m.annee} : ${nombreDe(scindees.signalements.length, 'commune scindée ou rattachée depuis le millésime', 'communes scindées ou rattachées depuis le millésime')} ` +
            `(population répartie comme pour le fichier livré) — ${scindees.signalements[0].message}`,
        );
      }
      const parDepartement = new Map<string, number>();
      for (const c of scindees.communes) {
        const dep = departementDe.get(c.commune);
        if (dep) parDepartement.set(dep, (parDepartement.get(dep) ?? 0) + 1);
        await ctx.stager({ numero: ++numero, cle: `${m.annee}|${c.commune}`, donnees: { annee: m.annee, ...c } });
      }
      for (const [dep, n] of parDepartement) {
        if (n >= PART_COMMUNES_COUVERTE * (communesParDepartement.get(dep) ?? Infinity)) couvertsParTous.set(dep, (couvertsParTous.get(dep) ?? 0) + 1);
      }
      analyses.push({ annee: m.annee, anneePopulation: m.anneePopulation, source: m.source, poidsAge: m.poidsAge, communes: scindees.communes.length });
    }
    // covered: the départements every vintage of the file gives (nearly) whole
    const couverts = [...couvertsParTous].filter(([, n]) => n === analyses.length).map(([d]) => d);
    const perimetres = perimetresDepuisDepartements(couverts, cog);
    if (!perimetres.length) {
      ctx.erreur({ message: `« ${ctx.fichier.nom} » : aucun département dont le fichier donne l’APL de toutes les communes.` });
    }
    await ctx.viderTampon();
    const annees = analyses.map((a) => a.annee).sort((a, b) => a - b);
    const enPlace = (await ctx.requete<{ annee: number }>(`SELECT annee FROM apl_millesime WHERE annee = ANY($1::int[]) ORDER BY annee`, [annees])).map(
      (r) => r.annee,
    );
    if (enPlace.length) {
      avertissements.unshift(
        `${enPlace.length === 1 ? 'Le millésime' : 'Les millésimes'} ${enPlace.join(', ')} déjà ${enPlace.length === 1 ? 'chargé sera remplacé' : 'chargés seront remplacés'} en entier par celui du fichier.`,
      );
    }
    ctx.etape('Comparaison avec l’APL en place');
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: `l’APL en place pour ${annees.length === 1 ? 'le millésime' : 'les millésimes'} ${annees.join(', ')}`,
      sqlActuel: SQL_ACTUEL,
      parametres: [annees],
      sqlNouveau: SQL_NOUVEAU,
      sqlLibelle: SQL_LIBELLE,
    });
    const millesime = annees.length === 1 ? String(annees[0]) : `${annees[0]}-${annees.at(-1)}`;
    return {
      couverture: declarations(['apl'], perimetres, millesime),
      differences,
      version: { libelle: `APL aux médecins généralistes ${millesime} (DREES)`, source: analyses[0]?.source ?? 'DREES', millesime },
      resume: [
        { libelle: 'Millésimes', valeur: annees.join(', ') },
        ...analyses.map((a) => ({ libelle: `Communes 2026 avec une APL ${a.annee}`, valeur: a.communes })),
      ],
      avertissements,
      interne: { millesimes: analyses },
    };
  }

  /**
   * In the transaction: the file's vintages as they are go to the archive, then each is replaced (its communes
   * copied from the staged rows 5,000 at a time).
   */
  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const millesimes = (ctx.analyse.interne?.millesimes as MillesimeAnalyse[] | undefined) ?? [];
    const annees = millesimes.map((m) => m.annee);
    ctx.etape('Sauvegarde des millésimes remplacés');
    await ctx.archiver('apl_millesime', `SELECT to_jsonb(m) AS donnees FROM apl_millesime m WHERE m.annee = ANY($1::int[])`, [annees]);
    await ctx.archiver('apl_commune', `SELECT to_jsonb(a) AS donnees FROM apl_commune a WHERE a.annee = ANY($1::int[])`, [annees]);
    ctx.etape('Écriture des millésimes');
    const [{ max }] = await ctx.requete<{ max: number | null }>(`SELECT max(numero) AS max FROM televersement_ligne WHERE televersement_id = $1`, [
      ctx.televersementId,
    ]);
    let lignes = 0;
    for (const m of millesimes) {
      await this.repository.remplacerMillesime(ctx.requete, m, []);
      for (let de = 0; de < (max ?? 0); de += LIGNES_PAR_COPIE) {
        const ecrites = await ctx.requete<{ n: number }>(
          `WITH e AS (
             INSERT INTO apl_commune (commune_code, annee, apl, apl_moins_65, population_standardisee, population_totale, codes_source, scission)
             SELECT t.donnees->>'commune', $2, (t.donnees->>'apl')::real, (t.donnees->>'aplMoins65')::real, (t.donnees->>'populationStandardisee')::real,
                    round((t.donnees->>'populationTotale')::numeric)::int, ARRAY(SELECT jsonb_array_elements_text(t.donnees->'codesSource')),
                    nullif(t.donnees->'scission', 'null'::jsonb)
               FROM televersement_ligne t
              WHERE t.televersement_id = $1 AND t.numero > $3 AND t.numero <= $4 AND (t.donnees->>'annee')::int = $2
             RETURNING 1)
           SELECT count(*)::int AS n FROM e`,
          [ctx.televersementId, m.annee, de, de + LIGNES_PAR_COPIE],
        );
        lignes += ecrites[0]?.n ?? 0;
      }
    }
    return { lignes, restauration: { annees }, bilan: { millesimes: annees, communes: lignes } };
  }

  /** The file's vintages are removed, and those it replaced restored from the archive. */
  async retablir(ctx: ContexteRetour): Promise<void> {
    const annees = (ctx.restauration?.annees as number[] | undefined) ?? [];
    await ctx.requete(`DELETE FROM apl_millesime WHERE annee = ANY($1::int[])`, [annees]); // cascades to apl_commune
    await ctx.requete(
      `INSERT INTO apl_millesime SELECT r.* FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::apl_millesime, a.donnees) r
        WHERE a.version_id = $1 AND a.nature = 'apl_millesime'`,
      [ctx.versionId],
    );
    await ctx.requete(
      `INSERT INTO apl_commune SELECT r.* FROM version_jeu_archive a CROSS JOIN LATERAL jsonb_populate_record(NULL::apl_commune, a.donnees) r
        WHERE a.version_id = $1 AND a.nature = 'apl_commune'`,
      [ctx.versionId],
    );
  }
}

function vide(): ResultatAnalyse {
  return {
    couverture: [],
    differences: { comparaison: '', ajouts: 0, modifications: 0, retraits: 0, inchanges: 0, exemples: [] },
    version: { libelle: '', source: '', millesime: '' },
  };
}
