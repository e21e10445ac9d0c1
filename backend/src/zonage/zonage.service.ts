import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { PorteeService } from '../auth/portee.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { CacheReponses } from '../common/cache/cache-reponses';
import { CorpsEncode } from '../common/cache/corps-encode';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { MemoParVersion } from '../common/cache/memo-par-version';
import { CorrespondanceCog, FORME_CODE_COMMUNE } from '../common/cog/correspondance-cog';
import { ErreurDomaine, entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { ImportService } from '../import/import.service';
import { VersionsJeuRepository } from '../import/versions-jeu.repository';
import { AuditService } from '../audit/audit.service';
import type { EtatTeleversement } from '../televersements/chaine-televersement.service';
import { EtatCouverture, siCouvert } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { THEMES_DONNEES } from '../jeux-de-donnees/themes-donnees';
import { PROFESSIONS_ZONAGE, ProfessionZonage, themeZonage } from './classes-zonage';
import { ClasseApplicable, VersionZonage, ZonageRepository } from './zonage.repository';
import { FinPresumee, ValiditeALaDate, validiteALaDate, VersionDatee } from './validite-version';
import { ZonageParVersion } from './zonage-par-version';

/** The version shape promised to other features (aid eligibility). */
export interface VersionZonageContrat {
  id: number;
  libelle: string;
  region: string | null;
  arrete: string | null;
  dateArrete: string | null;
  debut: string;
  /** false: `debut` is the vintage of the published file, the arrêté date is unknown. */
  debutConnu: boolean;
  fin: string | null;
  source: string;
  /** URL of the arrêté or of the ARS page publishing it, null when unknown. */
  lienArrete: string | null;
  /** Presumed end when no end is known (e.g. replaced by a 2026 ARS zonage that is not loaded), null when none. */
  finPresumee: string | null;
  motifFinPresumee: string | null;
  /** Shipped with the product, uploaded from an arrêté file, or published from a draft in the zonage cockpit. */
  origine: 'livre' | 'televerse' | 'cockpit';
}

export interface ClasseCommune {
  /** One of CLASSES_MEDECIN or CLASSES_INFIRMIER (by profession), or CLASSE_MIXTE; null outside any version. */
  classe: string | null;
  version: VersionZonageContrat | null;
  /**
   * Whether that version still applies at the date (ADR 0004). `perimee`: past its presumed end — the class is the
   * last one loaded, shown for reference; the zonage in force at that date is not loaded. Null without a version.
   */
  validite: ValiditeALaDate | null;
}

/** Validity of the zonage applied in one région at the map's date. */
export interface ValiditeRegion extends ValiditeALaDate {
  region: string;
  /** The région's name (COG 2026), for the map legend. */
  nomRegion: string;
  versionId: number;
}

export interface QpvClasse {
  code: string;
  nom: string;
  classe: 'ZIP' | 'ZAC' | null;
  source: string;
}

export interface Ruralite {
  frr: string | null;
  zrr: string | null;
  source: string;
}

export interface CarteZonage {
  profession: ProfessionZonage;
  date: string;
  /** Where this profession's zonage is loaded (ADR 0005); `valeurs` is null where it is loaded nowhere. */
  couverture: EtatCouverture;
  /** Main version (the national one when there is one), see `versions` for every version used. */
  version: VersionZonageContrat | null;
  versions: VersionZonageContrat[];
  source: string;
  /** Per région: the version applied there and whether it is still valid at the date (the map hatches `perimee`). */
  validite: ValiditeRegion[];
  valeurs: Record<string, string> | null;
}

export interface ChangementZonage {
  code: string;
  nom: string | null;
  avant: string | null;
  apres: string | null;
}

const DATE_ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Arrêté metadata an ARS or an administrator may edit on a version (null clears a field). */
export interface ModificationVersion {
  arrete?: string | null;
  dateArrete?: string | null;
  lienArrete?: string | null;
  debut?: string;
  fin?: string | null;
}

@Injectable()
export class ZonageService implements OnModuleInit, OnModuleDestroy {
  private readonly cog = CorrespondanceCog.referentiel();
  private readonly version = new VersionMemorisee(() => this.repository.versionDonnees());
  /** Map payloads (`carte`) per profession and date, ~0.5 MB of JSON each before gzip. */
  private readonly cartes = new CacheReponses(16 * 1024 * 1024);
  /**
   * A national version's régions' presumed ends, read once per version of the zonage data: every commune class
   * asked (two or three per eligibility request) reads them, and they change only with that version.
   */
  private readonly finsParId = new MemoParVersion<number, Map<string, FinPresumee>>();
  /** Versions, classes, rurality and QPV presence read once per version of the zonage data (`zonage-par-version.ts`). */
  private readonly parVersion: ZonageParVersion;
  private desabonner: (() => void) | null = null;

  constructor(
    private readonly repository: ZonageRepository,
    private readonly imports: ImportService,
    private readonly portee: PorteeService,
    private readonly versionsJeu: VersionsJeuRepository,
    private readonly audit: AuditService,
    private readonly couverture: CouvertureDonneesService,
  ) {
    this.parVersion = new ZonageParVersion(repository);
  }

  onModuleInit(): void {
    this.desabonner = this.imports.suivre(() => this.version.oublier());
  }

  onModuleDestroy(): void {
    this.desabonner?.();
  }

  /** A version was written in this process outside an import (cockpit publication): answers show it at once. */
  versionEcrite(): void {
    this.version.oublier();
  }

  /** Version of the zonage data (for the response caches here and in the aids), re-read at most every 2 s. */
  versionDonnees(): Promise<string> {
    return this.version.version();
  }

  /**
   * The answer of `POST /api/zonages/:profession/versions` (the upload pipeline run in one request): the version
   * loaded, its communes, the versions it closed, the rows left out and the warnings of the report.
   */
  async apresTeleversement(etat: EtatTeleversement) {
    const bilan = etat.versionId ? ((await this.versionsJeu.trouver(etat.versionId))?.bilan ?? {}) : {};
    const id = Number(bilan.versionZonage);
    this.version.oublier();
    return {
      version: contrat(await this.repository.version(id)),
      communes: Number(bilan.communes ?? 0),
      versionsCloses: (bilan.versionsCloses as number[] | undefined) ?? [],
      remplacee: bilan.remplacee === true,
      ignorees: [...(etat.rapport?.ecartees.premieres ?? []), ...(etat.rapport?.avertissements ?? []).map((message) => ({ message }))],
      televersement: etat.id,
    };
  }

  /**
   * Edits the arrêté metadata of a version (number, date, link, start, end; ADR 0004), audited: an ARS planner for
   * its région's versions, an administrator for any. The period may not overlap another version of the same ARS.
   */
  async modifierVersion(utilisateur: UtilisateurConnecte, id: number, m: ModificationVersion) {
    const avant = await this.repository.version(id);
    if (!avant) throw introuvable(`Version de zonage ${id} introuvable.`);
    if (avant.region) await this.portee.verifierPortee(utilisateur, { type: 'region', code: avant.region });
    else if (utilisateur.role !== 'admin') throw new ErreurDomaine('INTERDIT', 'Seul un administrateur peut modifier une version nationale du zonage.');
    for (const [champ, d] of [
      ['dateArrete', m.dateArrete],
      ['debut', m.debut],
      ['fin', m.fin],
    ] as const)
      if (d) verifierDate(d, champ);
    const debut = m.debut ?? avant.debut;
    const fin = m.fin === undefined ? avant.fin : m.fin;
    if (fin && fin < debut) throw entreeInvalide('fin doit être postérieure ou égale à debut.', 'fin', fin);
    const autre = await this.repository.chevauchement(id, debut, fin);
    if (autre) {
      throw new ErreurDomaine('CONFLIT', `Cette période chevauche la version « ${autre.libelle} » (${autre.id}) de la même ARS : modifiez d’abord celle-ci.`, [
        { champ: m.debut ? 'debut' : 'fin', message: 'période déjà couverte' },
      ]);
    }
    await this.repository.modifierMetadonnees(id, { ...m, arrete: m.arrete === undefined ? undefined : m.arrete?.trim() || null });
    this.version.oublier();
    const apres = await this.repository.version(id);
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'zonage-version',
      ressourceId: String(id),
      avant: { arrete: avant.arrete, dateArrete: avant.dateArrete, lienArrete: avant.lienArrete, debut: avant.debut, fin: avant.fin },
      apres: { arrete: apres!.arrete, dateArrete: apres!.dateArrete, lienArrete: apres!.lienArrete, debut: apres!.debut, fin: apres!.fin },
      utilisateur,
    });
    return contrat(apres);
  }

  /**
   * Class of a commune in the zonage of a profession at a date (YYYY-MM-DD). `version` is null when no
   * zonage version covers that date; `classe` is null when the version has no class for the commune.
   * Accepts COG 2026 codes and Paris/Lyon/Marseille arrondissement codes (classed on their own).
   */
  async classeCommune(profession: ProfessionZonage, codeCommune: string, date: string): Promise<ClasseCommune> {
    verifierProfession(profession);
    verifierDate(date, 'date');
    const code = this.verifierCommune(codeCommune);
    const donnees = await this.version.version();
    const ligne = await this.parVersion.classe(donnees, profession, date, code);
    const region = this.cog.trouver(code)!.commune.region;
    let version: VersionZonage | null;
    if (ligne) version = await this.parVersion.versionCommunale(donnees, ligne.version_id);
    else {
      const enVigueur = await this.parVersion.enVigueur(donnees, profession, date);
      version = enVigueur.find((v) => v.region === region) ?? enVigueur.find((v) => v.region === null) ?? null;
    }
    return { classe: ligne?.classe ?? null, version: contrat(version), validite: version ? await this.validite(version, region, date) : null };
  }

  /** Validity of a version at a date for a commune of `region` (the région's own presumed end first). */
  private async validite(version: VersionZonage, region: string, date: string): Promise<ValiditeALaDate> {
    const fins =
      version.region === null
        ? await this.finsParId.lire(
            await this.version.version(),
            version.id,
            async () => (await this.repository.finsRegionales([version.id])).get(version.id) ?? new Map(),
          )
        : null;
    const finRegion = fins?.get(region) ?? null;
    return validiteALaDate(datee(version), date, finRegion);
  }

  /** Per région, the version applied at the date (the région's own, else the national one) and its validity. */
  private async validiteParRegion(versions: VersionZonage[], date: string): Promise<ValiditeRegion[]> {
    const fins = await this.repository.finsRegionales(versions.filter((v) => v.region === null).map((v) => v.id));
    const resultat: ValiditeRegion[] = [];
    for (const { code: region, nom } of await this.repository.regions()) {
      const v = versions.find((x) => x.region === region) ?? versions.find((x) => x.region === null);
      if (!v) continue;
      const finRegion: FinPresumee | null = v.region === null ? (fins.get(v.id)?.get(region) ?? null) : null;
      resultat.push({ region, nomRegion: nom, versionId: v.id, ...validiteALaDate(datee(v), date, finRegion) });
    }
    return resultat;
  }

  /** QPV of a commune, with their class when a QPV-level zonage (ARS PACA) covers the date. */
  async qpvDeCommune(codeCommune: string, date: string): Promise<QpvClasse[]> {
    verifierDate(date, 'date');
    const code = this.communeParente(this.verifierCommune(codeCommune));
    if (!(await this.parVersion.peutAvoirDesQpv(await this.version.version(), code))) return [];
    const liste = await this.repository.qpvDeCommune(code, date);
    return liste.map((q) => ({ code: q.code, nom: q.nom, classe: q.classe, source: q.source }));
  }

  /** France Ruralités Revitalisation class (10 July 2025) and the former ZRR flag of a commune. */
  async ruralite(codeCommune: string): Promise<Ruralite> {
    const code = this.communeParente(this.verifierCommune(codeCommune));
    const r = await this.parVersion.ruralite(await this.version.version(), code);
    return {
      frr: r?.frr ?? null,
      zrr: r?.zrr ?? null,
      source: [r?.frr_source, r?.zrr_source].filter(Boolean).join(' ; ') || 'Aucune donnée de ruralité chargée pour cette commune',
    };
  }

  /**
   * Every zoning fact about one commune at a date (for the commune card), each with its coverage: the QPV list is
   * known to be partial (the answer says so), a profession's zonage may not be loaded.
   */
  async ficheCommune(codeCommune: string, date: string | undefined) {
    const jour = date ?? new Date().toISOString().slice(0, 10);
    const medecin = await this.classeCommune('medecin', codeCommune, jour);
    const infirmier = await this.classeCommune('infirmier', codeCommune, jour);
    const quartiers = await this.qpvDeCommune(codeCommune, jour);
    const ruralite = await this.ruralite(codeCommune);
    const code = this.communeParente(this.verifierCommune(codeCommune));
    const etats = await this.couverture.etats(['zonage-medecin', 'zonage-infirmier', 'qpv'] as const, 'commune', code, jour);
    return {
      code: codeCommune.trim().toUpperCase(),
      date: jour,
      medecin: { ...medecin, classe: siCouvert(etats['zonage-medecin'], medecin.classe), couverture: etats['zonage-medecin'] },
      infirmier: { ...infirmier, classe: siCouvert(etats['zonage-infirmier'], infirmier.classe), couverture: etats['zonage-infirmier'] },
      qpv: { couverture: etats.qpv, quartiers: siCouvert(etats.qpv, quartiers) },
      ruralite,
    };
  }

  async versions(profession?: string): Promise<VersionZonageContrat[]> {
    if (profession !== undefined) verifierProfession(profession);
    return (await this.repository.versions(profession)).map((v) => ({ ...contrat(v)!, profession: v.profession, niveau: v.niveau }));
  }

  /** `carte` serialised and gzipped once per profession, date and version of the zonage data. */
  async carteEncodee(profession: string, date: string | undefined): Promise<CorpsEncode> {
    verifierProfession(profession);
    const jour = date ?? new Date().toISOString().slice(0, 10);
    verifierDate(jour, 'date');
    const version = await this.version.version();
    return this.cartes.json(`${profession}:${jour}`, version, () => this.carte(profession, jour));
  }

  /**
   * Class per commune at a date, compact (`{ code: classe }`) for the map, joined by INSEE code. For a profession whose
   * zonage is not loaded, `valeurs` is null with the coverage saying so and how to load it (never an empty map).
   */
  async carte(profession: string, date: string | undefined): Promise<CarteZonage> {
    verifierProfession(profession);
    const jour = date ?? new Date().toISOString().slice(0, 10);
    verifierDate(jour, 'date');
    const p = profession;
    const theme = themeZonage(profession);
    const charge = await this.couverture.etatFrance(theme, jour);
    const versions = await this.repository.versionsEnVigueur(p, jour);
    // Loaded but not in force at the date (a version that starts later, or ended): no values, and the answer says why.
    const couverture: EtatCouverture =
      versions.length || charge.couvert === false
        ? charge
        : {
            ...charge,
            couvert: false,
            raison: `Aucune version du ${THEMES_DONNEES[theme].libelle} en vigueur au ${jour.split('-').reverse().join('/')}.`,
            commentCharger: THEMES_DONNEES[theme].commentCharger,
          };
    const classes = versions.length ? await this.repository.classesALaDate(p, jour) : [];
    const valeurs: Record<string, string> = {};
    for (const c of classes) valeurs[c.code] = c.classe;
    const principale = versions.find((v) => v.region === null) ?? versions[0] ?? null;
    return {
      profession: p,
      date: jour,
      couverture,
      version: contrat(principale),
      versions: versions.map((v) => contrat(v)!),
      source: versions.length ? versions.map((v) => v.source).join(' ; ') : `Aucun zonage ${p} en vigueur au ${jour}`,
      validite: await this.validiteParRegion(versions, jour),
      valeurs: siCouvert(couverture, valeurs),
    };
  }

  /**
   * Communes whose class changed between two versions (ids) or two dates (then the profession is required).
   */
  async diff(de: string, a: string, profession?: string): Promise<{ de: unknown; a: unknown; nbChangements: number; changements: ChangementZonage[] }> {
    const gauche = await this.etatPour(de, 'from', profession);
    const droite = await this.etatPour(a, 'to', profession);
    if (gauche.profession !== droite.profession) {
      throw entreeInvalide('Les deux zonages comparés doivent concerner la même profession.', 'to', a);
    }
    const avant = new Map(gauche.classes.map((c) => [c.code, c.classe]));
    const apres = new Map(droite.classes.map((c) => [c.code, c.classe]));
    const changements: ChangementZonage[] = [];
    for (const code of new Set([...avant.keys(), ...apres.keys()])) {
      const x = avant.get(code) ?? null;
      const y = apres.get(code) ?? null;
      if (x !== y) changements.push({ code, nom: null, avant: x, apres: y });
    }
    changements.sort((m, n) => m.code.localeCompare(n.code));
    const noms = await this.repository.nomsCommunes(changements.map((c) => c.code));
    changements.forEach((c) => (c.nom = noms.get(c.code) ?? this.cog.trouver(c.code)?.commune.nom ?? null));
    return { de: gauche.description, a: droite.description, nbChangements: changements.length, changements };
  }

  private async etatPour(
    reference: string,
    champ: string,
    profession?: string,
  ): Promise<{ profession: ProfessionZonage; classes: ClasseApplicable[]; description: unknown }> {
    if (/^\d+$/.test(reference)) {
      const version = await this.repository.version(Number(reference));
      if (!version) throw introuvable(`Version de zonage ${reference} introuvable.`);
      if (version.niveau !== 'commune')
        throw entreeInvalide(`La version ${reference} est un zonage par QPV : comparez des zonages communaux.`, champ, reference);
      return { profession: version.profession, classes: await this.repository.classesDeVersion(version.id), description: { version: contrat(version) } };
    }
    verifierDate(reference, champ);
    if (!profession) throw entreeInvalide('Pour comparer deux dates, précisez la profession (medecin ou infirmier).', 'profession', profession);
    verifierProfession(profession);
    const p = profession;
    return {
      profession: p,
      classes: await this.repository.classesALaDate(p, reference),
      description: { date: reference, versions: (await this.repository.versionsEnVigueur(p, reference)).map((v) => contrat(v)) },
    };
  }

  /** Paris/Lyon/Marseille arrondissements → their city (QPV and rurality are known per commune only). */
  private communeParente(code: string): string {
    return this.cog.trouver(code)!.commune.code;
  }

  private verifierCommune(codeCommune: string): string {
    const code = String(codeCommune ?? '')
      .trim()
      .toUpperCase();
    if (!FORME_CODE_COMMUNE.test(code))
      throw entreeInvalide(`Code commune mal formé « ${codeCommune} » (exemple : 31555 ou 2A004).`, 'codeCommune', codeCommune);
    if (!this.cog.trouver(code)) throw introuvable(`Commune « ${code} » introuvable dans le COG 2026 (métropole et DROM).`);
    return code;
  }
}

/** The dates that decide a version's validity. */
function datee(v: VersionZonage): VersionDatee {
  return { debut: v.debut, fin: v.fin, finPresumee: v.finPresumee, motif: v.motifFinPresumee, source: v.sourceFinPresumee };
}

function contrat(v: VersionZonage | null): VersionZonageContrat | null {
  if (!v) return null;
  return {
    id: v.id,
    libelle: v.libelle,
    region: v.region,
    arrete: v.arrete,
    dateArrete: v.dateArrete,
    debut: v.debut,
    debutConnu: v.debutConnu,
    fin: v.fin,
    source: v.source,
    lienArrete: v.lienArrete,
    finPresumee: v.finPresumee,
    motifFinPresumee: v.motifFinPresumee,
    origine: v.origine,
  };
}

export function verifierProfession(profession: string): asserts profession is ProfessionZonage {
  if (!(PROFESSIONS_ZONAGE as readonly string[]).includes(profession)) {
    throw new ErreurDomaine('ENTREE_INVALIDE', `Profession inconnue « ${profession} » : attendu ${PROFESSIONS_ZONAGE.join(' ou ')}.`, [
      { champ: 'profession', valeur: profession, message: `attendu ${PROFESSIONS_ZONAGE.join(' ou ')}` },
    ]);
  }
}

export function verifierDate(date: string, champ: string): void {
  const d = new Date(`${date}T00:00:00Z`);
  if (!DATE_ISO.test(String(date)) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw entreeInvalide(`Date invalide « ${date} » : format AAAA-MM-JJ attendu (ex. 2026-03-01).`, champ, date);
  }
}
