import { Injectable, OnModuleInit } from '@nestjs/common';
import { PorteeService } from '../auth/portee.service';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { ErreurDomaine, entreeInvalide } from '../common/erreurs/erreur-domaine';
import { fichierInvalide } from '../common/fichiers/decoder-texte';
import { regionAvecArticle } from '../jeux-de-donnees/regions-avec-article';
import { declarations } from '../televersements/couverture-deduite';
import { differencesParCle } from '../televersements/differences';
import { RegistreTeleversements } from '../televersements/registre-televersements';
import {
  ContexteAnalyse,
  ContexteImport,
  ContexteRetour,
  DemandeTeleversement,
  Metadonnees,
  ResultatAnalyse,
  ResultatImportTeleverse,
  TypeFichierTeleversable,
} from '../televersements/type-fichier';
import { classesParCommune } from './classes-par-commune';
import { PROFESSIONS_ZONAGE, ProfessionZonage } from './classes-zonage';
import { lireFichierZonage } from './lecture-fichier-zonage';
import { ZonageRepository } from './zonage.repository';

const LIBELLES_PROFESSION: Record<ProfessionZonage, string> = {
  medecin: 'médecins généralistes',
  infirmier: 'infirmiers',
  'sage-femme': 'sages-femmes',
  'masseur-kinesitherapeute': 'masseurs-kinésithérapeutes',
  'chirurgien-dentiste': 'chirurgiens-dentistes',
  orthophoniste: 'orthophonistes',
  orthoptiste: 'orthoptistes',
};
/** The shipped national zonages' dataset codes: an uploaded version of the same profession belongs to the same dataset. */
const JEU_PAR_PROFESSION: Partial<Record<ProfessionZonage, string>> = { medecin: 'zonage-medecins', infirmier: 'zonage-infirmiers' };

const veille = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);

/**
 * « Version de zonage (export CartoSanté) » on the « Données » screen: an ARS arrêté for its région (or a national
 * file, administrators), with the arrêté's number, date, link and validity (ADR 0004). Refuses a file with no
 * commune of its région; a version starting the same day as one in place replaces it (same id, content replaced);
 * otherwise the open version ends the day before, and a later version ends this one.
 */
@Injectable()
export class TeleversementZonage implements TypeFichierTeleversable, OnModuleInit {
  readonly code = 'zonage';
  readonly libelle = 'Version de zonage (export CartoSanté par commune)';
  readonly description =
    'Export par commune de CartoSanté (« Code;Libellé;<indicateur> » après les lignes de titre) ou fichier « code_insee,nom,zonage_mg », ' +
    'avec le numéro, la date, le lien et la période de validité de l’arrêté. Un compte ARS charge le zonage de sa région.';
  readonly extensions = ['.csv', '.txt'];
  /** A national export by commune is about 2 Mo (35 000 lines). */
  readonly tailleMax = 20 * 1024 ** 2;
  readonly roles = ['ars', 'admin'] as const;
  readonly champs = [
    {
      nom: 'profession',
      libelle: 'Profession',
      format: 'choix' as const,
      obligatoire: true,
      choix: PROFESSIONS_ZONAGE.map((p) => ({ valeur: p, libelle: LIBELLES_PROFESSION[p] })),
    },
    { nom: 'region', libelle: 'Région de l’ARS', format: 'region' as const, obligatoire: false, aide: 'Vide : zonage national (administrateur).' },
    { nom: 'libelle', libelle: 'Intitulé', format: 'texte' as const, obligatoire: true, aide: 'Ex. « Arrêté zonage médecins ARS Occitanie 2026 »' },
    { nom: 'arrete', libelle: 'Numéro de l’arrêté', format: 'texte' as const, obligatoire: false },
    { nom: 'dateArrete', libelle: 'Date de l’arrêté', format: 'date' as const, obligatoire: false },
    { nom: 'lienArrete', libelle: 'Lien vers l’arrêté', format: 'url' as const, obligatoire: false },
    { nom: 'debut', libelle: 'Début de validité', format: 'date' as const, obligatoire: true },
    { nom: 'fin', libelle: 'Fin de validité', format: 'date' as const, obligatoire: false, aide: 'Vide : en vigueur jusqu’au prochain arrêté.' },
  ];

  constructor(
    private readonly registre: RegistreTeleversements,
    private readonly repository: ZonageRepository,
    private readonly portee: PorteeService,
  ) {}

  onModuleInit(): void {
    this.registre.enregistrer(this);
  }

  jeu(m: Metadonnees): string {
    return JEU_PAR_PROFESSION[m.profession as ProfessionZonage] ?? `zonage-${m.profession}`;
  }

  async verifierDemande({ metadonnees: m, utilisateur }: DemandeTeleversement): Promise<void> {
    if (m.fin && m.fin < m.debut) throw entreeInvalide('Fin de validité : elle doit suivre le début.', 'fin', m.fin);
    if (m.region) await this.portee.verifierPortee(utilisateur, { type: 'region', code: m.region });
    else if (utilisateur.role !== 'admin') {
      throw new ErreurDomaine('INTERDIT', 'Seul un administrateur peut charger un zonage national : précisez la région de votre ARS.', [
        { champ: 'region', message: 'obligatoire pour un compte ARS' },
      ]);
    }
  }

  async analyser(ctx: ContexteAnalyse): Promise<ResultatAnalyse> {
    const m = ctx.metadonnees;
    const profession = m.profession as ProfessionZonage;
    const region = m.region ?? null;
    // a zonage by commune is a few MB at most (limit 20 MB): read whole, parsed by the shared reader
    const lignes: string[] = [];
    for await (const l of ctx.lignes()) lignes.push(l.texte);
    const lu = lireFichierZonage(lignes.join('\n'), ctx.fichier.nom);
    const cog = CorrespondanceCog.referentiel();
    const r = classesParCommune(profession, lu.lignes, cog);
    r.invalides.forEach((d) => ctx.erreur(d));
    r.ignorees.forEach((d) => ctx.ecarter(d));
    if (!r.invalides.length && r.valeurs.length < 0.5 * lu.lignes.length) {
      throw fichierInvalide(
        ctx.fichier.nom,
        `seules ${r.valeurs.length} lignes sur ${lu.lignes.length} ont une classe utilisable : ce n’est pas un zonage ${LIBELLES_PROFESSION[profession]} par commune.`,
      );
    }
    const regionDe = (code: string) => cog.trouver(code)?.commune.region ?? null;
    let horsRegion = 0;
    let retenues = 0;
    for (const v of r.valeurs) {
      const regionCommune = regionDe(v.commune_code);
      if (region !== null && regionCommune !== region) {
        horsRegion++;
        continue;
      }
      retenues++;
      await ctx.stager({ numero: retenues, cle: v.commune_code, donnees: { ...v, region_code: regionCommune } });
    }
    const noms = new Map((await ctx.requete<{ code: string; nom: string }>(`SELECT code, nom FROM region`)).map((x) => [x.code, x.nom]));
    const nomRegion = region ? regionAvecArticle(region, noms.get(region)) : 'la France entière';
    if (!r.invalides.length && retenues === 0) {
      // a file for the wrong région used to create an empty version
      ctx.erreur({
        champ: 'region',
        valeur: region,
        message: `Aucune commune de ${nomRegion} dans le fichier : ce n’est pas le zonage de cette région (vérifiez la région choisie ou le fichier).`,
      });
    }
    await ctx.viderTampon();
    ctx.etape('Comparaison avec le zonage en vigueur');
    const differences = await differencesParCle(ctx.requete, ctx.televersementId, {
      comparaison: `les classes en vigueur au ${m.debut} pour ${nomRegion}`,
      sqlActuel: ZonageRepository.SQL_CLASSES_EN_VIGUEUR,
      parametres: [profession, m.debut, region],
      sqlNouveau: `jsonb_build_object('classe', t.donnees->>'classe')`,
      sqlLibelle: `coalesce((SELECT nom FROM commune WHERE code = t.cle), t.cle) || ' : ' || (t.donnees->>'classe')`,
    });
    const enPlace = await this.repository.versionsTouchees(ctx.requete, { profession, region, debut: m.debut });
    const avertissements = enPlace.map((v) =>
      v.debut === m.debut
        ? `La version « ${v.libelle} » commence le même jour : elle sera remplacée par celle-ci (même identifiant, contenu remplacé).`
        : v.debut < m.debut
          ? `La version « ${v.libelle} » (depuis le ${v.debut}) prendra fin le ${veille(m.debut)}.`
          : `La version « ${v.libelle} » commence le ${v.debut} : celle-ci prendra fin le ${veille(v.debut)}.`,
    );
    if (horsRegion) avertissements.push(`${horsRegion} communes hors de ${nomRegion} sont ignorées.`);
    const theme = `zonage-${profession}` as const;
    // The version holds from its start to its end (given, or the eve of a later version): so does its coverage.
    const suivante = enPlace.filter((v) => v.debut > m.debut).sort((a, b) => a.debut.localeCompare(b.debut))[0];
    const validite = { debut: m.debut, fin: m.fin ?? (suivante ? veille(suivante.debut) : null) };
    return {
      couverture: declarations([theme], [region ? { niveau: 'region', code: region } : { niveau: 'national' }], m.debut).map((d) => ({ ...d, ...validite })),
      differences,
      version: {
        libelle: m.libelle,
        source: `Fichier « ${ctx.fichier.nom} » (${lu.format === 'cartosante' ? `export CartoSanté, indicateur « ${lu.indicateur} »` : 'CSV par code INSEE'})`,
        millesime: m.debut,
      },
      resume: [
        { libelle: 'Communes classées', valeur: retenues },
        ...Object.entries(
          r.valeurs
            .filter((v) => region === null || regionDe(v.commune_code) === region)
            .reduce<Record<string, number>>((acc, v) => ({ ...acc, [v.classe]: (acc[v.classe] ?? 0) + 1 }), {}),
        ).map(([classe, n]) => ({ libelle: classe, valeur: n })),
      ],
      avertissements,
    };
  }

  async importer(ctx: ContexteImport): Promise<ResultatImportTeleverse> {
    const m = ctx.metadonnees;
    const profession = m.profession as ProfessionZonage;
    const region = m.region ?? null;
    const touchees = await this.repository.versionsTouchees(ctx.requete, { profession, region, debut: m.debut });
    const meme = touchees.find((v) => v.debut === m.debut);
    const suivante = touchees.filter((v) => v.debut > m.debut).sort((a, b) => a.debut.localeCompare(b.debut))[0];
    const fin = m.fin ?? (suivante ? veille(suivante.debut) : null);
    const version = {
      profession,
      niveau: 'commune' as const,
      libelle: m.libelle,
      region,
      arrete: m.arrete ?? null,
      dateArrete: m.dateArrete ?? null,
      debut: m.debut,
      debutConnu: true,
      fin,
      source: `${ctx.analyse.version.source}, chargé par ${ctx.utilisateur.email}`,
      lienArrete: m.lienArrete ?? null,
      origine: 'televerse' as const,
      jeu: null,
      auteur: ctx.utilisateur.email,
    };
    let id: number;
    let closes: { id: number; fin: string | null }[] = [];
    if (meme) {
      // same arrêté loaded again, or corrected: the version keeps its id, its content is replaced (ADR 0004)
      await ctx.archiver('zonage_version', `SELECT to_jsonb(v) AS donnees FROM zonage_version v WHERE v.id = $1`, [meme.id]);
      await ctx.archiver('zonage_commune', `SELECT to_jsonb(z) AS donnees FROM zonage_commune z WHERE z.version_id = $1`, [meme.id]);
      id = meme.id;
      await this.repository.remplacerVersion(ctx.requete, id, version);
    } else {
      id = await this.repository.creerVersion(ctx.requete, version);
      closes = await this.repository.clorePrecedentesAvecFin(ctx.requete, version, id);
    }
    const communes = await this.repository.classesDepuisTeleversement(ctx.requete, id, ctx.televersementId);
    return {
      lignes: communes,
      restauration: { versionZonage: id, remplacee: !!meme, closes },
      bilan: { versionZonage: id, remplacee: !!meme, versionsCloses: closes.map((c) => c.id), communes, fin },
    };
  }

  async retablir(ctx: ContexteRetour): Promise<void> {
    const r = ctx.restauration as { versionZonage: number; remplacee: boolean; closes: { id: number; fin: string | null }[] };
    if (r.remplacee) await this.repository.restaurerVersionArchivee(ctx.requete, r.versionZonage, ctx.versionId);
    else await ctx.requete(`DELETE FROM zonage_version WHERE id = $1`, [r.versionZonage]);
    for (const c of r.closes) await ctx.requete(`UPDATE zonage_version SET fin = $2::date, modifie_le = now() WHERE id = $1`, [c.id, c.fin]);
  }
}
