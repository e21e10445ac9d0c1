import { Injectable, OnModuleInit } from '@nestjs/common';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { decouperLigne } from '../common/fichiers/decouper-ligne';
import { declarations, limiteDuCompte } from '../televersements/couverture-deduite';
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
import { CptsListesRepository } from './cpts-listes.repository';

/** Accepted header names (lower case, accents dropped) of each column of a membership list. */
const COLONNES = {
  cpts: ['cpts', 'cpts_nom', 'nom_cpts', 'nom'],
  commune: ['code_insee', 'commune', 'code_commune', 'insee'],
  finess: ['finess', 'finess_cpts', 'numero_finess'],
} as const;

const cle = (t: string) =>
  t
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * « Liste des communes membres des CPTS » on the « Données » screen: one line per CPTS and member commune
 * (`cpts;code_insee`, optional `finess` of the CPTS; an arrondissement code makes the city a partial member).
 * Replaces the CPTS lists of the régions the file covers (an ARS: its own); a CPTS whose FINESS number is known
 * gets its members attached to the FINESS structure, the others are created. Perimeter = union of the members.
 */
@Injectable()
export class TeleversementCptsCommunes implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'cpts-communes';
  readonly libelle = 'Communes membres des CPTS (liste CPTS → communes)';
  readonly description =
    'Fichier CSV (séparateur « ; » ou « , ») avec une ligne par CPTS et commune membre : colonnes « cpts » (nom) et « code_insee », ' +
    '« finess » facultatif (numéro FINESS de la CPTS). Remplace les listes de CPTS des régions du fichier.';
  readonly extensions = ['.csv', '.txt'];
  /** A national list would hold about 35 000 lines (1 Mo). */
  readonly tailleMax = 10 * 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: CptsListesRepository,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(): string {
    return 'cpts-communes';
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const cog = CorrespondanceCog.referentiel();
    const limite = limiteDuCompte(ctx.utilisateur);
    let separateur = ';';
    let index: Record<keyof typeof COLONNES, number> | null = null;
    const lignesParCpts = new Map<
      string,
      { finess: string; membres: Map<string, { commune: string; arrondissement: string | null; population: number; numero: number }> }
    >();
    const regions = new Set<string>();
    let horsPerimetre = 0;
    for await (const l of enregistrementsDesLignes(ctx.lignes())) {
      if (!l.texte.trim()) continue;
      if (!index) {
        separateur = (l.texte.match(/;/g)?.length ?? 0) >= (l.texte.match(/,/g)?.length ?? 0) ? ';' : ',';
        const entete = decouperLigne(l.texte.replace(/^\ufeff/, ''), separateur).map(cle);
        const trouver = (noms: readonly string[]) => entete.findIndex((c) => noms.includes(c));
        index = { cpts: trouver(COLONNES.cpts), commune: trouver(COLONNES.commune), finess: trouver(COLONNES.finess) };
        if (index.cpts < 0 || index.commune < 0) {
          throw fichierInvalide(ctx.fichier.nom, 'en-tête attendu avec les colonnes « cpts » (nom de la CPTS) et « code_insee » (commune membre).', [
            { ligne: l.numero, valeur: l.texte.slice(0, 120), message: 'colonnes « cpts » et « code_insee » introuvables' },
          ]);
        }
        continue;
      }
      const champs = decouperLigne(l.texte, separateur);
      const nom = (champs[index.cpts] ?? '').trim();
      const code = (champs[index.commune] ?? '').trim().toUpperCase();
      const finess = index.finess >= 0 ? (champs[index.finess] ?? '').trim() : '';
      if (!nom) {
        ctx.erreur({ ligne: l.numero, champ: 'cpts', message: `Ligne ${l.numero} : nom de CPTS vide` });
        continue;
      }
      if (finess && !/^\d[0-9AB]\d{7}$/.test(finess)) {
        ctx.erreur({ ligne: l.numero, champ: 'finess', valeur: finess, message: `Ligne ${l.numero} : numéro FINESS mal formé « ${finess} »` });
        continue;
      }
      const c = cog.trouver(code);
      if (!c) {
        ctx.ecarter({
          ligne: l.numero,
          champ: 'code_insee',
          valeur: code,
          message: `Ligne ${l.numero} : commune « ${code} » inconnue du COG 2026, ligne non chargée`,
        });
        continue;
      }
      if (limite && !limite.regions.includes(c.commune.region) && !limite.departements.includes(c.commune.departement)) {
        horsPerimetre++;
        continue;
      }
      regions.add(c.commune.region);
      const cpts = lignesParCpts.get(nom) ?? { finess, membres: new Map() };
      lignesParCpts.set(nom, cpts);
      const arrondissement = c.nature === 'arrondissement' ? code : null;
      const population = arrondissement ? (cog.populationArrondissement(code) ?? 0) : c.commune.population;
      cpts.membres.set(arrondissement ?? c.commune.code, { commune: c.commune.code, arrondissement, population, numero: l.numero });
    }
    if (!index) throw fichierInvalide(ctx.fichier.nom, 'le fichier est vide.');
    for (const [nom, cpts] of lignesParCpts) {
      // a city listed whole and by some arrondissements: the whole city
      const entieres = new Set([...cpts.membres.values()].filter((m) => !m.arrondissement).map((m) => m.commune));
      const membres = [...cpts.membres.values()].filter((m) => !m.arrondissement || !entieres.has(m.commune));
      const population = membres.reduce((s, m) => s + m.population, 0);
      for (const m of membres) {
        await ctx.stager({
          numero: m.numero,
          cle: `${nom}|${m.arrondissement ?? m.commune}`,
          donnees: { cpts: nom, finess: cpts.finess, commune_code: m.commune, arrondissement: m.arrondissement, population_cpts: population },
        });
      }
    }
    await ctx.viderTampon();
    const perimetres = [...regions].sort().map((code) => ({ niveau: 'region' as const, code }));
    ctx.etape('Comparaison avec les listes en place');
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: 'les communes membres des CPTS en place dans les mêmes régions',
      sqlActuel: CptsListesRepository.SQL_ACTUEL,
      parametres: [[...regions]],
      sqlNouveau: `'{}'::jsonb`,
      sqlLibelle: `(t.donnees->>'cpts') || ' : ' || coalesce((SELECT nom FROM commune WHERE code = t.donnees->>'commune_code'), t.donnees->>'commune_code')`,
    });
    const millesime = new Date().toISOString().slice(0, 7);
    return {
      couverture: declarations(['cpts-communes'], perimetres, millesime),
      differences,
      version: { libelle: 'Liste des communes membres des CPTS', source: `Liste téléversée « ${ctx.fichier.nom} »`, millesime },
      resume: [
        { libelle: 'CPTS', valeur: lignesParCpts.size },
        { libelle: 'CPTS reliées à leur numéro FINESS', valeur: [...lignesParCpts.values()].filter((c) => c.finess).length },
      ],
      avertissements: horsPerimetre ? [`${horsPerimetre} lignes hors de votre région ne seront pas importées.`] : [],
      interne: { regions: [...regions].sort() },
    };
  }

  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const regions = (ctx.analyse.interne?.regions as string[] | undefined) ?? [];
    const cibles = await this.repository.cptsFinessVisees(ctx.requete, ctx.televersementId);
    await ctx.archiver('structure', CptsListesRepository.SQL_ARCHIVE_STRUCTURES, [regions]);
    await ctx.archiver('cpts_commune', CptsListesRepository.SQL_ARCHIVE_MEMBRES, [regions, cibles]);
    await ctx.archiver('cpts_perimetre', CptsListesRepository.SQL_ARCHIVE_PERIMETRES, [regions, cibles]);
    const r = await this.repository.remplacer(ctx.requete, ctx.televersementId, regions, cibles, ctx.analyse.version.source);
    return { lignes: r.membres, restauration: { regions, cibles }, bilan: { ...r, regions } };
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const r = ctx.restauration as { regions: string[]; cibles: number[] };
    await this.repository.retablir(ctx.requete, ctx.versionId, r.regions, r.cibles);
  }
}
