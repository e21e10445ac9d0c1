import { Inject, Optional, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { UtilisateurConnecte } from '../common/auth/role';
import { CacheReponses } from '../common/cache/cache-reponses';
import { CorpsEncode } from '../common/cache/corps-encode';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { MemoParVersion } from '../common/cache/memo-par-version';
import { DetailErreur, ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { PorteeService } from '../auth/portee.service';
import { ImportService } from '../import/import.service';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { AidesParVersion, aidesDeLaCommune, DonneesAides, versionPublieeAu } from './aides-par-version';
import { AidesRepository, LigneAide, LigneCatalogue } from './aides.repository';
import { construireFaits, ContexteZonage, nomZonage, zonageDuDemandeur } from './eligibilite/construire-faits';
import { CommuneDemande, Demande } from './eligibilite/demande';
import { evaluerEligibilite, FaitsALaDateInstallation, ResultatEvaluation } from './eligibilite/evaluer-eligibilite';
import { SOURCE_ZONAGE, SourceZonage } from './ports/source-zonage';
import { SOURCE_ZONES_ROUGES, SourceZonesRouges } from './ports/source-zones-rouges';
import { aujourdhuiAParis, dateEnFrancais, estDateCalendaire } from './regles/dates';
import { ArsRegion, categorieFinanceur, Critere, DefinitionAide, SITUATIONS_STRUCTURES, SourceAide } from './regles/definition-aide';
import { AideAnterieure } from './regles/fait';
import { verifierDefinitionAide } from './regles/verifier-definition';
import { regionAvecArticle } from '../jeux-de-donnees/regions-avec-article';
import { THEMES_DONNEES } from '../jeux-de-donnees/themes-donnees';
import { libelle } from './regles/libelles';

/** Local aids of the commune's territories, or « aucune aide locale recensée ici » with the région's ARS portal. */
export interface AidesLocalesDeLaCommune {
  /** Local aids (région, département, intercommunalité, commune) recorded for the commune, open or not at the date. */
  recensees: number;
  /** Plain French, e.g. « Aucune aide locale recensée ici : consultez le portail de l’ARS Occitanie. » ; null when some are recorded. */
  message: string | null;
  /** The région's ARS and its installation portal (PAPS). */
  ars: (ArsRegion & { region: string }) | null;
}

export interface ReponseEligibilite extends ResultatEvaluation {
  date: string;
  commune: CommuneDemande;
  demande: Demande;
  zonage: ContexteZonage;
  catalogue: { version: string; publieLe: string; versionPublieeALaDate: string | null; verification: string | null; aidesLocales: number };
  aidesLocales: AidesLocalesDeLaCommune;
  /** The previous aids declared, resolved to their names, families and funders (null: not stated). */
  aidesAnterieures: AideAnterieure[] | null;
  avertissements: string[];
}

/** Profiles of the commune view: who can ask, with what they usually are. */
export const PROFILS_COMMUNE: { id: string; libelle: string; demande: Omit<Demande, 'commune' | 'date'> }[] = [
  { id: 'etudiant', libelle: 'Étudiant ou interne en médecine', demande: { situation: 'interne', profession: 'medecin-generaliste' } },
  { id: 'docteur-junior', libelle: 'Docteur junior de médecine générale', demande: { situation: 'docteur-junior', profession: 'medecin-generaliste' } },
  { id: 'installation', libelle: 'Médecin généraliste qui s’installe', demande: { situation: 'installation', profession: 'medecin-generaliste' } },
  { id: 'installe', libelle: 'Médecin généraliste installé', demande: { situation: 'installe', profession: 'medecin-generaliste' } },
  { id: 'maitre-de-stage', libelle: 'Maître de stage universitaire', demande: { situation: 'maitre-de-stage', profession: 'medecin-generaliste' } },
  { id: 'infirmier', libelle: 'Infirmier qui s’installe', demande: { situation: 'installation', profession: 'infirmier' } },
  { id: 'msp', libelle: 'Porteur de maison de santé (MSP)', demande: { situation: 'structure', typeProjet: 'msp' } },
  { id: 'cpts', libelle: 'Porteur de CPTS', demande: { situation: 'structure', typeProjet: 'cpts' } },
  { id: 'collectivite', libelle: 'Collectivité (bâtiment de MSP)', demande: { situation: 'collectivite', typeProjet: 'msp' } },
];

/** Funder types an elected official may publish for a collectivité of each level (its own aids only). */
const TYPES_FINANCEUR_LOCAUX: Record<string, DefinitionAide['financeur']['type'][]> = {
  region: ['region'],
  departement: ['departement'],
  epci: ['epci'],
  commune: ['commune'],
};

/** Answers per commune and date (~4 kB of JSON each). */
const TAILLE_CACHE_REPONSES_OCTETS = 32 * 1024 * 1024;

@Injectable()
export class AidesService implements OnModuleInit, OnModuleDestroy {
  /** Catalogue and local aids version; the zonage has its own (the answer depends on both). */
  private readonly version = new VersionMemorisee(() => this.repository.versionDonnees());
  private readonly reponsesCommunes = new CacheReponses(TAILLE_CACHE_REPONSES_OCTETS);
  private readonly parVersion: AidesParVersion;
  /** Every commune by code, read once per version of the zonage data (which includes the territories' loads). */
  private readonly communes = new MemoParVersion<'communes', ReadonlyMap<string, CommuneDemande>>(1);
  private desabonner: (() => void) | null = null;

  constructor(
    private readonly repository: AidesRepository,
    @Inject(SOURCE_ZONAGE) private readonly zonage: SourceZonage,
    private readonly portee: PorteeService,
    private readonly imports: ImportService,
    // Absent in the cockpit's hypothetical evaluations and in unit tests: the zone rouge criterion is then to confirm.
    @Optional() @Inject(SOURCE_ZONES_ROUGES) private readonly zonesRouges: SourceZonesRouges | null = null,
  ) {
    this.parVersion = new AidesParVersion(repository);
  }

  onModuleInit(): void {
    this.desabonner = this.imports.suivre(() => this.version.oublier());
  }

  onModuleDestroy(): void {
    this.desabonner?.();
  }

  /** The single-window answer: every aid for the situation at the date, with reasons, amounts and sources. */
  async eligibilite(entree: Omit<Demande, 'date'> & { date?: string }): Promise<ReponseEligibilite> {
    const demande: Demande = { ...entree, commune: entree.commune.trim().toUpperCase(), date: entree.date ?? aujourdhuiAParis() };
    exigerProfession(demande);
    const commune = await this.exigerCommune(demande.commune);
    const donnees = await this.donneesAides();
    const catalogue = exigerCatalogue(donnees.catalogue);
    const lignes = aidesDeLaCommune(donnees.aides, commune);
    this.verifierReponses(demande, lignes);
    const aidesAnterieures = demande.aidesAnterieures
      ? this.resoudreAidesAnterieures(
          demande.aidesAnterieures,
          catalogue,
          lignes.map((l) => l.definition),
          demande.date,
        )
      : undefined;
    const zonage = await this.contexteZonage(demande, commune);
    this.verifierQpv(demande, zonage);
    const installation = demande.dateInstallation ? await this.contexteZonage({ ...demande, date: demande.dateInstallation }, commune) : null;
    const versionPubliee = await this.versionPubliee(donnees, demande.date);
    return this.repondre(demande, commune, catalogue, lignes, zonage, aidesAnterieures, versionPubliee, installation);
  }

  private repondre(
    demande: Demande,
    commune: CommuneDemande,
    catalogue: LigneCatalogue,
    lignes: LigneAide[],
    zonage: ContexteZonage,
    aidesAnterieures: AideAnterieure[] | undefined,
    versionPubliee: string | null,
    zonageInstallation: ContexteZonage | null = null,
  ): ReponseEligibilite {
    const faits = construireFaits(demande, commune, zonage, aidesAnterieures);
    // What applied at the installation date: the same facts, with the zonage of that date.
    const installation: FaitsALaDateInstallation | null =
      demande.dateInstallation && zonageInstallation
        ? {
            date: demande.dateInstallation,
            faits: construireFaits({ ...demande, date: demande.dateInstallation }, commune, zonageInstallation, aidesAnterieures),
          }
        : null;
    const ars = arsDeLaRegion(catalogue, commune.region);
    const resultat = evaluerEligibilite(
      lignes.map((l) => l.definition),
      catalogue.contenu.regles,
      faits,
      demande.date,
      commune,
      { installation, sourceRegion: sourceDuPortail(ars, commune) },
    );
    const locales = lignes.filter((l) => l.definition.territoire !== null);
    return {
      date: demande.date,
      commune,
      demande,
      zonage,
      catalogue: {
        version: catalogue.version,
        publieLe: catalogue.publie_le,
        versionPublieeALaDate: versionPubliee,
        verification: catalogue.contenu.verification ?? null,
        aidesLocales: locales.length,
      },
      aidesLocales: {
        recensees: locales.length,
        message: locales.length
          ? null
          : `Aucune aide locale recensée ici (région, département, intercommunalité ou commune)${ars?.paps ? ` : consultez le portail de ${ars.ars} pour ${regionAvecArticle(commune.region, commune.regionNom)}${ars.papsVerifie ? '' : ' (adresse non vérifiée)'}` : ''}.`,
        ars: ars ? { region: commune.region, ...ars } : null,
      },
      aidesAnterieures: aidesAnterieures ?? null,
      avertissements: avertissements(demande, catalogue, zonage),
      ...resultat,
    };
  }

  /**
   * `aidesDeLaCommune` encoded once per commune, date, and versions of the catalogue and the zonage:
   * nine queries and eight evaluations become one lookup.
   */
  async aidesDeLaCommuneEncodees(code: string, date?: string): Promise<CorpsEncode> {
    const jour = date ?? aujourdhuiAParis();
    const cle = `${code.trim().toUpperCase()}:${jour}`;
    const version = `${await this.version.version()}|${await this.zonage.versionDonnees()}|${(await this.zonesRouges?.versionDonnees()) ?? ''}`;
    return this.reponsesCommunes.json(cle, version, () => this.aidesDeLaCommune(code, jour));
  }

  /** Aids open in a commune at a date, for each typical profile (only what the profile may obtain). */
  async aidesDeLaCommune(code: string, date?: string) {
    const jour = date ?? aujourdhuiAParis();
    const commune = await this.exigerCommune(code.trim().toUpperCase());
    const donnees = await this.donneesAides();
    const catalogue = exigerCatalogue(donnees.catalogue);
    const lignes = aidesDeLaCommune(donnees.aides, commune);
    const zonage = await this.contexteZonage({ commune: commune.code, date: jour, situation: 'installe' }, commune);
    const versionPubliee = await this.versionPubliee(donnees, jour);
    let horsPeriode: ReponseEligibilite['horsPeriode'] = [];
    let aidesLocales: AidesLocalesDeLaCommune | null = null;
    // Each profile sees only its own public's aids; the aids out of period are the same for all.
    const profils = PROFILS_COMMUNE.map((profil) => {
      const r = this.repondre({ ...profil.demande, commune: commune.code, date: jour }, commune, catalogue, lignes, zonage, undefined, versionPubliee);
      aidesLocales = r.aidesLocales;
      horsPeriode = r.horsPeriode;
      return {
        id: profil.id,
        libelle: profil.libelle,
        situation: profil.demande.situation,
        aides: r.aides
          .filter((a) => a.statut !== 'non-eligible')
          .map((a) => ({ id: a.id, nom: a.nom, statut: a.statut, montant: a.montant, financeur: a.financeur, aPreciser: a.aPreciser, sources: a.sources })),
        zonage: r.zonage.profession ?? null,
        total: r.total,
      };
    });
    return {
      date: jour,
      commune,
      zonage,
      catalogue: {
        version: catalogue.version,
        publieLe: catalogue.publie_le,
        versionPublieeALaDate: versionPubliee,
        aidesLocales: lignes.filter((l) => l.origine === 'locale').length,
      },
      aidesLocales,
      profils,
      horsPeriode,
    };
  }

  async catalogue(filtre: { date?: string; territoireType?: string; territoireCode?: string; origine?: string }) {
    if ((filtre.territoireType === undefined) !== (filtre.territoireCode === undefined)) {
      const champ = filtre.territoireType === undefined ? 'territoireType' : 'territoireCode';
      throw new ErreurDomaine('ENTREE_INVALIDE', 'territoireType et territoireCode vont ensemble.', [{ champ, message: `${champ} manquant` }]);
    }
    const catalogue = await this.exigerCatalogue();
    const lignes = await this.repository.lister({
      date: filtre.date,
      territoire: filtre.territoireType ? { type: filtre.territoireType, code: filtre.territoireCode!.trim().toUpperCase() } : undefined,
      origine: filtre.origine,
    });
    return {
      version: catalogue.version,
      publieLe: catalogue.publie_le,
      verification: catalogue.contenu.verification ?? null,
      historique: catalogue.contenu.historique,
      regles: catalogue.contenu.regles,
      aidesAnterieuresGeneriques: catalogue.contenu.aidesAnterieuresGeneriques,
      arsParRegion: catalogue.contenu.arsParRegion ?? {},
      aides: lignes.map((l) => ({ ...l.definition, origine: l.origine })),
    };
  }

  async aide(id: string) {
    const ligne = await this.repository.trouver(id);
    if (!ligne) throw introuvable(`Aide « ${id} » introuvable dans le catalogue.`);
    return { ...ligne.definition, origine: ligne.origine };
  }

  /**
   * A local aid (région, département, EPCI, commune), by an account whose territory covers it:
   * ARS for its région, an elected official for its collectivité, the administrator anywhere.
   */
  async creerAideLocale(corps: unknown, utilisateur: UtilisateurConnecte) {
    const erreurs = verifierDefinitionAide(corps);
    const definition = corps as DefinitionAide;
    if (!erreurs.length && !definition.territoire)
      erreurs.push({ champ: 'territoire', message: 'territoire : une aide locale porte sur une région, un département, un EPCI ou une commune' });
    if (erreurs.length) throw new ErreurDomaine('ENTREE_INVALIDE', `Aide invalide : ${erreurs.map((e) => e.message).join(' ; ')}`, erreurs);
    const t = { type: definition.territoire!.type, code: definition.territoire!.code.trim().toUpperCase() };
    if (!(await this.repository.territoireExiste(t.type, t.code))) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Territoire ${t.type} « ${t.code} » introuvable dans le COG 2026.`, [
        { champ: 'territoire.code', valeur: t.code, message: 'territoire introuvable' },
      ]);
    }
    if (utilisateur.role === 'elu' && !TYPES_FINANCEUR_LOCAUX[t.type].includes(definition.financeur.type)) {
      throw new ErreurDomaine(
        'INTERDIT',
        `Un élu ne publie que les aides de sa collectivité : financeur ${TYPES_FINANCEUR_LOCAUX[t.type].join(' ou ')} attendu pour un territoire ${t.type}.`,
        [{ champ: 'financeur.type', valeur: definition.financeur.type, message: `attendu ${TYPES_FINANCEUR_LOCAUX[t.type].join(' ou ')}` }],
      );
    }
    await this.portee.verifierPortee(utilisateur, t);
    if (await this.repository.existe(definition.id)) {
      throw new ErreurDomaine(
        'CONFLIT',
        `Une aide « ${definition.id} » existe déjà : les aides ne sont pas modifiées, publiez une nouvelle version sous un autre identifiant et fermez l’ancienne.`,
        [{ champ: 'id', valeur: definition.id, message: 'identifiant déjà pris' }],
      );
    }
    // Only the fields of the schema are stored (no stray properties in the catalogue).
    const d = definition;
    const propre: DefinitionAide = {
      id: d.id,
      nom: d.nom,
      famille: d.famille,
      financeur: { type: d.financeur.type, nom: d.financeur.nom },
      cibles: d.cibles,
      nature: d.nature,
      description: d.description,
      montant: d.montant,
      duree: d.duree ?? null,
      validite: { debut: d.validite.debut ?? null, fin: d.validite.fin ?? null, ...(d.validite.note ? { note: d.validite.note } : {}) },
      territoire: t,
      criteres: d.criteres,
      ...(d.demarches ? { demarches: d.demarches } : {}),
      sources: d.sources,
    };
    await this.repository.creerLocale(propre, utilisateur.id);
    this.version.oublier();
    return { ...propre, origine: 'locale' as const };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private async exigerCommune(code: string): Promise<CommuneDemande> {
    const commune = (await this.communeConnue(code)) ?? (await this.arrondissement(code));
    if (!commune) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Commune « ${code} » introuvable dans le COG 2026 (métropole et DROM).`, [
        { champ: 'commune', valeur: code, message: 'commune introuvable dans le COG 2026' },
      ]);
    }
    return commune;
  }

  private async communeConnue(code: string): Promise<CommuneDemande | null> {
    const toutes = await this.communes.lire(await this.zonage.versionDonnees(), 'communes', async () => {
      const liste = await this.repository.communes();
      return new Map(liste.map((c) => [c.code, c]));
    });
    return toutes.get(code) ?? null;
  }

  /** A Paris, Lyon or Marseille arrondissement: the zonage classes it on its own, the rest comes from the city. */
  private async arrondissement(code: string): Promise<CommuneDemande | null> {
    const correspondance = CorrespondanceCog.referentiel().trouver(code);
    if (correspondance?.nature !== 'arrondissement') return null;
    const ville = await this.communeConnue(correspondance.commune.code);
    if (!ville) return null;
    const rang = Number(code.startsWith('6938') ? code.slice(-1) : code.slice(-2));
    return { ...ville, code, nom: `${ville.nom} ${rang === 1 ? '1er' : `${rang}e`} arrondissement`, communeParente: ville.code };
  }

  private async exigerCatalogue(): Promise<LigneCatalogue> {
    return exigerCatalogue(await this.repository.catalogueCourant());
  }

  /** Catalogue, aids and publication days of the current version, read once per version (`AidesParVersion`). */
  private async donneesAides(): Promise<DonneesAides> {
    return this.parVersion.donnees(await this.version.version());
  }

  private async versionPubliee(donnees: DonneesAides, date: string): Promise<string | null> {
    const enMemoire = versionPublieeAu(donnees.publications, date);
    return enMemoire === undefined ? this.repository.versionPublieeAu(date) : enMemoire;
  }

  /** Previous aids named by catalogue id or generic code; unknown codes or future dates are refused (400). */
  private resoudreAidesAnterieures(
    liste: { code: string; date: string }[],
    catalogue: LigneCatalogue,
    aides: DefinitionAide[],
    date: string,
  ): AideAnterieure[] {
    const connues = new Map<string, Omit<AideAnterieure, 'code' | 'date'>>();
    catalogue.contenu.aidesAnterieuresGeneriques.forEach((g) =>
      connues.set(g.code, { libelle: g.libelle, famille: g.famille, categorie: g.categorie === undefined ? null : g.categorie }),
    );
    aides.forEach((a) => connues.set(a.id, { libelle: a.nom, famille: a.famille, categorie: categorieFinanceur(a.financeur.type) }));
    const erreurs: DetailErreur[] = [];
    const resolues = liste.flatMap((a, i) => {
      const connue = connues.get(a.code);
      if (!connue) {
        erreurs.push({
          champ: `aidesAnterieures.${i}.code`,
          valeur: a.code,
          message: `aidesAnterieures.${i}.code : aide inconnue ; codes possibles : identifiants de GET /api/aides ou ${catalogue.contenu.aidesAnterieuresGeneriques.map((g) => g.code).join(', ')}`,
        });
        return [];
      }
      if (a.date > date) {
        erreurs.push({
          champ: `aidesAnterieures.${i}.date`,
          valeur: a.date,
          message: `aidesAnterieures.${i}.date : une aide déjà perçue ne peut pas être datée après la date de la question (${date})`,
        });
        return [];
      }
      return [{ code: a.code, date: a.date, ...connue }];
    });
    if (erreurs.length) throw new ErreurDomaine('ENTREE_INVALIDE', `Aides antérieures invalides : ${erreurs.map((e) => e.message).join(' ; ')}`, erreurs);
    return resolues;
  }

  private async contexteZonage(d: Demande, commune: CommuneDemande): Promise<ContexteZonage> {
    // One query at a time (PGlite): sequential awaits, no Promise.all.
    const medecin = await this.zonage.classeCommune('medecin', commune.code, d.date);
    const infirmier = await this.zonage.classeCommune('infirmier', commune.code, d.date);
    const medecinInstallation =
      d.dateInstallation && estDateCalendaire(d.dateInstallation) ? await this.zonage.classeCommune('medecin', commune.code, d.dateInstallation) : null;
    // The declared profession's own zonage (sages-femmes, kinésithérapeutes…): uploaded by the ARS, else not loaded.
    const duDemandeur = zonageDuDemandeur(d);
    const profession =
      duDemandeur && duDemandeur !== 'medecin' && duDemandeur !== 'infirmier'
        ? { zonage: duDemandeur, classe: await this.zonage.classeCommune(duDemandeur, commune.code, d.date) }
        : duDemandeur
          ? { zonage: duDemandeur, classe: duDemandeur === 'medecin' ? medecin : infirmier }
          : null;
    // QPV and rurality are known for the whole city, not per arrondissement.
    const qpv = await this.zonage.qpvDeCommune(commune.communeParente ?? commune.code, d.date);
    const ruralite = await this.zonage.ruralite(commune.communeParente ?? commune.code);
    const zoneRouge = this.zonesRouges ? await this.zonesRouges.faitCommune(commune.communeParente ?? commune.code, d.date) : null;
    return { medecin, infirmier, medecinInstallation, profession, qpv, ruralite, zoneRouge };
  }

  /** Answers to questions (`reponses`) must name a question asked by an aid of this commune (400 naming the key otherwise). */
  private verifierReponses(d: Demande, lignes: LigneAide[]): void {
    const cles = Object.keys(d.reponses ?? {});
    if (!cles.length) return;
    const connues = new Set<string>(['lieu-dans-partie-frr', 'lieu-dans-partie-zrr']);
    const visiter = (c: Critere) => {
      if ('unDe' in c) return c.unDe.forEach(visiter);
      if ('tous' in c) return c.tous.forEach(visiter);
      if (c.op === 'aVerifier') {
        const cle = c.cle ?? c.id;
        if (cle) connues.add(cle);
      }
    };
    for (const l of lignes) {
      l.definition.criteres.forEach(visiter);
      if (l.definition.montant.type === 'cas') l.definition.montant.cas.forEach((x) => x.si && visiter(x.si));
    }
    const inconnues = cles.filter((c) => !connues.has(c));
    if (inconnues.length) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `Réponses à des questions inconnues pour cette commune : ${inconnues.join(', ')}.`,
        inconnues.map((c) => ({
          champ: `reponses.${c}`,
          valeur: d.reponses![c],
          message: `reponses.${c} : aucune aide de cette commune ne pose cette question`,
        })),
      );
    }
  }

  private verifierQpv(d: Demande, z: ContexteZonage): void {
    if (d.codeQpv && !z.qpv.some((q) => q.code === d.codeQpv)) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `QPV « ${d.codeQpv} » inconnu dans la commune ${d.commune} ; QPV recensés : ${z.qpv.map((q) => q.code).join(', ') || 'aucun'}.`,
        [{ champ: 'codeQpv', valeur: d.codeQpv, message: 'QPV absent de la commune' }],
      );
    }
    if (d.codeQpv && d.dansQpv === false) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'codeQpv est donné mais dansQpv vaut faux.', [
        { champ: 'dansQpv', valeur: false, message: 'incohérent avec codeQpv' },
      ]);
    }
  }
}

function avertissements(d: Demande, catalogue: LigneCatalogue, z: ContexteZonage): string[] {
  // Both: the catalogue lists aids by validity period, never deleted, so a past date replays its rules.
  const liste: string[] = [];
  if (d.date < catalogue.publie_le)
    liste.push(
      `Réponse reconstituée pour une date antérieure à la publication du catalogue (version ${catalogue.version} du ${dateEnFrancais(catalogue.publie_le)}) : elle applique les règles en vigueur à cette date telles que connues à la publication.`,
    );
  if (d.date > catalogue.publie_le)
    liste.push(`Date postérieure à la publication du catalogue (${dateEnFrancais(catalogue.publie_le)}) : des aides ouvertes depuis peuvent manquer.`);
  if (!z.medecin.version)
    liste.push(`Aucun zonage médecins généralistes chargé ne couvre le ${dateEnFrancais(d.date)} : les critères de zone sont « à confirmer ».`);
  else if (z.medecin.validite?.statut === 'perimee')
    liste.push(
      `Le zonage médecins généralistes en vigueur au ${dateEnFrancais(d.date)} n’est pas chargé (${z.medecin.validite.motif ?? 'version chargée périmée'}) : les critères de zone sont « à confirmer » ; vous pouvez indiquer la classe lue dans l’arrêté de l’ARS.`,
    );
  else if (!z.medecin.version.dateArrete)
    liste.push('La date de l’arrêté de zonage médecins applicable n’est pas connue des données publiées : vérifiez le classement auprès de l’ARS.');
  const p = z.profession;
  if (p && p.zonage !== 'medecin' && p.zonage !== 'infirmier' && !p.classe.version)
    liste.push(
      `Zonage de votre profession non chargé : le ${nomZonage(p.zonage)} n’est pas chargé ici, les contrats qui en dépendent restent « à confirmer ». ${THEMES_DONNEES[`zonage-${p.zonage}`].commentCharger}`,
    );
  if (d.profession === 'chirurgien-dentiste')
    liste.push(
      'Contrats incitatifs des chirurgiens-dentistes (convention dentaire de 2023) : aucune page officielle lue, ils ne sont pas évalués ici ; renseignez-vous auprès de votre CPAM.',
    );
  if (d.profession === 'orthoptiste')
    liste.push('Aucun contrat incitatif des orthoptistes n’a été vérifié sur une page officielle : renseignez-vous auprès de votre CPAM.');
  if (d.situation === 'collectivite')
    liste.push(
      'Dotations de l’État aux collectivités (DETR, DSIL) : aucune page officielle lue sur leur usage pour les maisons de santé, elles ne sont pas évaluées ici ; renseignez-vous auprès de la préfecture.',
    );
  if ((d.situation === 'structure' || d.situation === 'collectivite') && !d.typeProjet)
    liste.push('Précisez le type de projet (maison de santé, CPTS, centre de santé) pour évaluer les financements de structure.');
  return liste;
}

function exigerCatalogue(catalogue: LigneCatalogue | null): LigneCatalogue {
  if (!catalogue) throw new ErreurDomaine('DONNEES_NON_CHARGEES', 'Le catalogue des aides n’est pas encore chargé : lancez « npm run import -- aides ».');
  return catalogue;
}

/** An individual professional's request names the profession (400 naming the field); a structure's does not. */
function exigerProfession(d: Demande): void {
  if (!d.profession && !SITUATIONS_STRUCTURES.includes(d.situation)) {
    throw new ErreurDomaine(
      'ENTREE_INVALIDE',
      `profession est obligatoire pour un professionnel (situation : ${libelle('situation', d.situation)}) : les aides dépendent de la profession et de son zonage.`,
      [{ champ: 'profession', message: 'profession obligatoire pour un professionnel ; une structure (MSP, CPTS) ou une collectivité n’en indique pas' }],
    );
  }
}

function arsDeLaRegion(catalogue: LigneCatalogue, region: string): ArsRegion | null {
  return catalogue.contenu.arsParRegion?.[region] ?? null;
}

/** The région's ARS installation portal as a source (address seen in pages read, the portal itself not read). */
function sourceDuPortail(ars: ArsRegion | null, commune: CommuneDemande): SourceAide | null {
  if (!ars?.paps) return null;
  return {
    libelle: `Portail d’accompagnement des professionnels de santé de ${ars.ars} (${regionAvecArticle(commune.region, commune.regionNom)})${ars.papsVerifie ? '' : ', adresse non vérifiée'}`,
    url: ars.paps,
    saisiLe: '2026-12-01',
    fiabilite: 'officielle',
    region: commune.region,
  };
}
