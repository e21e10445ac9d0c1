import { createReadStream, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { processusVivant } from '../common/processus/processus-vivant';
import { UtilisateurConnecte } from '../common/auth/role';
import { Encodage } from '../common/fichiers/decoder-texte';
import { DetailErreur, ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { ImportService } from '../import/import.service';
import { VersionsJeuRepository } from '../import/versions-jeu.repository';
import { decrirePerimetre } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesRepository } from '../jeux-de-donnees/couverture-donnees.repository';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { verifierChamps } from './champs-televersement';
import { compteurOctets, detecterEncodage, lignesDuFlux } from './lecture-fichier';
import { CollecteurLignes } from './lignes-signalees';
import { RapportValidation } from './rapport-validation';
import { recevoirFichier } from './reception-fichier';
import { RegistreTeleversements } from './registre-televersements';
import { TamponLignes } from './tampon-lignes';
import { StatutTeleversement, TeleversementEnregistre, TeleversementsRepository } from './televersements.repository';
import { ContexteAnalyse, ContexteImport, LigneLue, Metadonnees, TypeFichierTeleversable } from './type-fichier';
import { Requeteur } from '../import/importateur';

/** Live progress of an analysis or an import (kept in memory; the state itself is in `televersement`). */
export interface Progression {
  etape: string;
  octetsLus: number;
  octetsTotal: number;
  lignesLues: number;
  /** 0–100 from the bytes read (analysis) or the steps done (import). */
  pourcentage: number;
}

/** What `GET /api/donnees/televersements/:id` answers. */
export interface EtatTeleversement {
  id: string;
  type: string;
  libelleType: string;
  statut: StatutTeleversement;
  fichier: string;
  taille: number;
  metadonnees: Record<string, string>;
  auteur: string;
  creeLe: string;
  progression: Progression | null;
  rapport: RapportValidation | null;
  erreur: { message: string; details: unknown[] } | null;
  versionId: number | null;
}

interface Suivi {
  progression: Progression;
  controleur: AbortController;
  /** Settles when the queued job (analysis or import) is over. */
  fin: Promise<void>;
  /**
   * The upload as the running job knows it: the state is answered from here while the job runs, since on the
   * embedded database an import's transaction holds the only connection (the progress bar stays live).
   */
  enCours: TeleversementEnregistre | null;
}

class Annulation extends Error {}

/** Uploads pending validation are dropped after a day (file and staged rows). */
const HEURES_AVANT_NETTOYAGE = 24;

/**
 * The one import pipeline for uploaded official files (ADR 0005): receive to disk → analyse without writing
 * (report) → the user validates → import in one transaction (dataset version, coverage, audit) → rollback.
 * Analyses and imports run one at a time per server, in the background; the client polls their state.
 */
@Injectable()
export class ChaineTeleversementService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Téléversements');
  private readonly suivis = new Map<string, Suivi>();
  private file: Promise<void> = Promise.resolve();
  private nettoyage: NodeJS.Timeout | null = null;
  private readonly moi = `${hostname()}:${process.pid}`;
  private arrete = false;

  constructor(
    @Inject(CONFIGURATION) private readonly config: Configuration,
    private readonly registre: RegistreTeleversements,
    private readonly repository: TeleversementsRepository,
    private readonly versions: VersionsJeuRepository,
    private readonly imports: ImportService,
    private readonly couverture: CouvertureDonneesRepository,
    private readonly couvertureService: CouvertureDonneesService,
    private readonly audit: AuditService,
  ) {}

  get dossier(): string {
    return path.join(this.config.dossierDonnees, 'televersements');
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.nettoyer(true);
    } catch (e) {
      this.logger.warn(`Nettoyage des téléversements reporté : ${(e as Error).message}`);
    }
    this.nettoyage = setInterval(() => void this.nettoyer(false).catch(() => undefined), 3600_000);
    this.nettoyage.unref();
  }

  /** Stops the running job at its next batch and waits for it (no query outlives the app). */
  async onModuleDestroy(): Promise<void> {
    this.arrete = true;
    if (this.nettoyage) clearInterval(this.nettoyage);
    this.suivis.forEach((s) => s.controleur.abort());
    await this.file;
  }

  /** Upload types the account may use (for the screen). */
  types(utilisateur: UtilisateurConnecte) {
    return this.registre
      .tous()
      .filter((t) => t.roles.includes(utilisateur.role))
      .map((t) => ({ code: t.code, libelle: t.libelle, description: t.description, extensions: t.extensions, tailleMax: this.tailleMax(t), champs: t.champs }));
  }

  /** The type's size limit, unless MAILLAGE_TAILLE_MAX_<TYPE> sets another. */
  private tailleMax(type: TypeFichierTeleversable): number {
    return this.config.delaisImport.taillesMax[type.code] ?? type.tailleMax;
  }

  /** Receives the file (streamed to disk) and starts its analysis in the background. */
  async televerser(
    code: string,
    utilisateur: UtilisateurConnecte,
    requete: Readable,
    entetes: IncomingHttpHeaders,
    /** Fields set by the route rather than the form (e.g. the profession in `/api/zonages/:profession/versions`). */
    imposes: Record<string, string> = {},
  ): Promise<EtatTeleversement> {
    const type = this.registre.type(code);
    this.verifierRole(type, utilisateur);
    let metadonnees: Metadonnees = {};
    const recu = await recevoirFichier(requete, entetes, {
      dossier: this.dossier,
      tailleMax: this.tailleMax(type),
      extensions: type.extensions,
      delaiMs: this.config.delaisImport.receptionMs,
      verifierChamps: async (champs) => {
        metadonnees = verifierChamps(type.champs, { ...champs, ...imposes });
        await type.verifierDemande?.({ metadonnees, utilisateur });
      },
    });
    await this.repository.creer({
      id: recu.id,
      type: type.code,
      fichier: recu.fichier.nom,
      taille: recu.fichier.taille,
      empreinte: recu.fichier.empreinte,
      chemin: recu.fichier.chemin,
      metadonnees,
      auteur: utilisateur,
      traitePar: this.moi,
    });
    const suivi = this.suivre(recu.id, recu.fichier.taille, 'En attente d’analyse');
    suivi.fin = this.planifier(() => this.analyser(recu.id, type, utilisateur, suivi));
    return this.etat(recu.id, utilisateur);
  }

  /**
   * The whole pipeline in one request, for scripts and the former per-feature routes: receive, analyse and,
   * when the file is accepted, import; answers the final state (refused: 400 with the faulty lines).
   */
  async televerserEtImporter(
    code: string,
    utilisateur: UtilisateurConnecte,
    requete: Readable,
    entetes: IncomingHttpHeaders,
    imposes: Record<string, string> = {},
  ): Promise<EtatTeleversement> {
    const { id } = await this.televerser(code, utilisateur, requete, entetes, imposes);
    await this.suivis.get(id)?.fin;
    let etat = await this.etat(id, utilisateur);
    if (etat.statut === 'pret') {
      await this.importer(id, utilisateur);
      await this.suivis.get(id)?.fin;
      etat = await this.etat(id, utilisateur);
    }
    if (etat.statut === 'refuse')
      throw new ErreurDomaine('FICHIER_INVALIDE', etat.erreur?.message ?? 'Fichier refusé.', (etat.erreur?.details ?? []) as DetailErreur[]);
    if (etat.statut === 'echec') throw new ErreurDomaine('CONFLIT', etat.erreur?.message ?? 'L’import a échoué : rien n’a été modifié.');
    return etat;
  }

  async etat(id: string, utilisateur: UtilisateurConnecte): Promise<EtatTeleversement> {
    const local = this.suivis.get(id)?.enCours;
    const t = local && (utilisateur.role === 'admin' || local.auteurId === utilisateur.id) ? local : await this.trouver(id, utilisateur);
    const type = this.registre.tous().find((x) => x.code === t.type);
    const { interne: _interne, ...rapport } = t.rapport ?? ({} as RapportValidation);
    return {
      id: t.id,
      type: t.type,
      libelleType: type?.libelle ?? t.type,
      statut: t.statut,
      fichier: t.fichier,
      taille: t.taille,
      metadonnees: t.metadonnees,
      auteur: t.auteurEmail,
      creeLe: t.creeLe,
      progression: this.suivis.get(id)?.progression ?? null,
      rapport: t.rapport ? rapport : null,
      erreur: t.erreur,
      versionId: t.versionId,
    };
  }

  /** « Importer »: the analysed upload is written in one transaction (in the background). */
  async importer(id: string, utilisateur: UtilisateurConnecte): Promise<EtatTeleversement> {
    const t = await this.trouver(id, utilisateur);
    const type = this.registre.type(t.type);
    this.verifierRole(type, utilisateur);
    if (t.statut !== 'pret') throw new ErreurDomaine('CONFLIT', messageStatut(t.statut));
    if (!(await this.repository.changerStatut(id, 'import', {}, ['pret'])))
      throw new ErreurDomaine('CONFLIT', 'Ce téléversement vient de changer d’état : rechargez la page.');
    await this.repository.marquerTraitement(id, this.moi);
    const suivi = this.suivre(id, t.taille, 'En attente d’import');
    suivi.fin = this.planifier(() => this.ecrire({ ...t, statut: 'import' }, type, utilisateur, suivi));
    return this.etat(id, utilisateur);
  }

  /** « Annuler »: stops an analysis, or drops an analysed upload (nothing was written to the data). */
  async annuler(id: string, utilisateur: UtilisateurConnecte): Promise<EtatTeleversement> {
    const t = await this.trouver(id, utilisateur);
    if (t.statut === 'import')
      throw new ErreurDomaine('CONFLIT', 'L’import est en cours d’écriture : il ne peut plus être annulé (il se fait en entier ou pas du tout).');
    if (t.statut === 'analyse') {
      this.suivis.get(id)?.controleur.abort();
      await this.repository.changerStatut(id, 'annule', { erreur: null }, ['analyse']);
    } else if (t.statut === 'pret') {
      await this.repository.changerStatut(id, 'annule', { erreur: null }, ['pret']);
      await this.liberer(t);
    } else throw new ErreurDomaine('CONFLIT', messageStatut(t.statut));
    return this.etat(id, utilisateur);
  }

  /** The account's recent uploads (an administrator sees everyone's). */
  async recents(utilisateur: UtilisateurConnecte): Promise<EtatTeleversement[]> {
    const liste = await this.repository.recents(utilisateur.role === 'admin' ? null : utilisateur.id);
    return Promise.all(liste.map((t) => this.etat(t.id, utilisateur)));
  }

  // ---- travaux en arrière-plan ---------------------------------------------------------------

  private planifier(travail: () => Promise<void>): Promise<void> {
    this.file = this.file.then(travail).catch((e: unknown) => this.logger.error(e));
    return this.file;
  }

  private suivre(id: string, octetsTotal: number, etape: string): Suivi {
    const suivi: Suivi = {
      progression: { etape, octetsLus: 0, octetsTotal, lignesLues: 0, pourcentage: 0 },
      controleur: new AbortController(),
      fin: Promise.resolve(),
      enCours: null,
    };
    this.suivis.set(id, suivi);
    return suivi;
  }

  private verificateur(suivi: Suivi, echeance: number): () => void {
    return () => {
      if (suivi.controleur.signal.aborted) throw new Annulation();
      if (Date.now() > echeance) {
        throw new ErreurDomaine(
          'DELAI_DEPASSE',
          `Travail interrompu après ${Math.round(this.config.delaisImport.travailMs / 60000)} minutes (limite MAILLAGE_IMPORT_DELAI) : rien n’a été modifié.`,
        );
      }
    };
  }

  private async analyser(id: string, type: TypeFichierTeleversable, utilisateur: UtilisateurConnecte, suivi: Suivi): Promise<void> {
    const t = await this.repository.trouver(id);
    if (!t || t.statut !== 'analyse' || !t.chemin || this.arrete) return this.finir(id);
    suivi.enCours = t;
    const debut = Date.now();
    const verifier = this.verificateur(suivi, debut + this.config.delaisImport.travailMs);
    const erreurs = new CollecteurLignes();
    const ecartees = new CollecteurLignes();
    const tampon = new TamponLignes(this.repository.requeteFond, id);
    const p = suivi.progression;
    p.etape = 'Lecture du fichier';
    const chemin = t.chemin;
    let encodage: Encodage | null = null;
    const ouvrir = (): Readable => {
      p.octetsLus = 0;
      // 64 KB chunks: each decoded chunk is a regular young-generation string (a 256 KB one went to the large-object
      // space, freed only by full collections: the heap grew by hundreds of MB over a 200 MB file)
      return createReadStream(chemin, { highWaterMark: 64 * 1024 }).pipe(
        compteurOctets((n) => {
          p.octetsLus += n;
          p.pourcentage = Math.min(99, Math.floor((100 * p.octetsLus) / Math.max(1, p.octetsTotal)));
        }, verifier),
      );
    };
    const fichier = { chemin, nom: t.fichier, taille: t.taille, empreinte: t.empreinte };
    // decided here, never re-read: the user may already have pressed « Importer » when this job ends
    let issue: StatutTeleversement = 'echec';
    const ctx: ContexteAnalyse = {
      televersementId: id,
      fichier,
      metadonnees: t.metadonnees,
      utilisateur,
      lignes: async function* (): AsyncGenerator<LigneLue> {
        encodage ??= await detecterEncodage(chemin, fichier.nom);
        p.lignesLues = 0;
        for await (const l of lignesDuFlux(ouvrir(), encodage, fichier.nom)) {
          if (l.texte !== '') p.lignesLues++;
          yield l;
        }
      },
      flux: ouvrir,
      erreur: (d) => erreurs.ajouter(d),
      ecarter: (d) => ecartees.ajouter(d),
      get erreurs() {
        return erreurs.total;
      },
      stager: async (l) => {
        verifier();
        await tampon.ajouter(l);
      },
      viderTampon: () => tampon.vider(),
      requete: this.repository.requeteFond,
      etape: (e) => (p.etape = e),
      verifier,
    };
    try {
      const resultat = await type.analyser(ctx);
      await tampon.vider();
      verifier();
      p.etape = 'Rapport de validation';
      const noms = await this.couverture.noms();
      const jeu = type.jeu(t.metadonnees);
      const enPlace = await this.versions.derniereEnPlace(jeu);
      const rapport: RapportValidation = {
        lignesLues: p.lignesLues,
        lignesRetenues: await this.repository.compterLignes(id),
        ecartees: ecartees.resultat(),
        erreurs: erreurs.resultat(),
        encodage,
        couverture: {
          perimetre: decrirePerimetre(
            resultat.couverture.map((d) => ({ niveau: d.niveau, code: d.code ?? '', jeu, millesime: d.millesime, complet: d.complet ?? true, note: null })),
            noms,
          ),
          declarations: resultat.couverture,
        },
        differences: resultat.differences,
        version: resultat.version,
        resume: resultat.resume ?? [],
        avertissements: resultat.avertissements ?? [],
        dejaImporte: enPlace?.empreinte === t.empreinte && enPlace.typeFichier === type.code,
        dureeMs: Date.now() - debut,
        interne: resultat.interne,
      };
      if (erreurs.total) {
        issue = 'refuse';
        await this.repository.changerStatut(id, 'refuse', {
          rapport,
          erreur: {
            message: `Fichier « ${t.fichier} » refusé : ${formaterNombre(erreurs.total)} ${pluriel(erreurs.total, 'ligne non conforme', 'lignes non conformes')} (numéro et motif ci-dessous). Rien n’a été importé.`,
            details: erreurs.resultat().premieres,
          },
        });
      } else if (!resultat.couverture.length) {
        issue = 'refuse';
        await this.repository.changerStatut(id, 'refuse', {
          rapport,
          erreur: { message: `Fichier « ${t.fichier} » refusé : il ne contient aucune ligne dans votre périmètre. Rien n’a été importé.`, details: [] },
        });
      } else if (await this.repository.changerStatut(id, 'pret', { rapport, erreur: null }, ['analyse'])) {
        issue = 'pret';
      }
    } catch (e) {
      if (e instanceof Annulation) await this.repository.changerStatut(id, 'annule', { erreur: null });
      else if (e instanceof ErreurDomaine) {
        const details = e.details.length ? e.details : erreurs.resultat().premieres;
        await this.repository.changerStatut(id, e.code === 'DELAI_DEPASSE' ? 'echec' : 'refuse', { erreur: { message: e.message, details } });
      } else {
        this.logger.error(e);
        await this.repository.changerStatut(id, 'echec', { erreur: { message: `L’analyse du fichier a échoué : ${(e as Error).message}`, details: [] } });
      }
    } finally {
      suivi.enCours = null;
      if (issue !== 'pret') {
        const apres = await this.repository.trouver(id);
        if (apres) await this.liberer(apres);
      }
      this.finir(id);
    }
  }

  private async ecrire(t: TeleversementEnregistre, type: TypeFichierTeleversable, utilisateur: UtilisateurConnecte, suivi: Suivi): Promise<void> {
    suivi.enCours = t;
    const p = suivi.progression;
    p.etape = 'Écriture des données (une seule transaction)';
    p.pourcentage = 10;
    const rapport = t.rapport!;
    const analyse = {
      couverture: rapport.couverture.declarations,
      differences: rapport.differences!,
      version: rapport.version!,
      resume: rapport.resume,
      avertissements: rapport.avertissements,
      interne: rapport.interne,
    };
    const jeu = type.jeu(t.metadonnees);
    const themes = [...new Set(analyse.couverture.map((d) => d.theme))];
    const echeance = Date.now() + this.config.delaisImport.travailMs;
    const garde =
      (requete: Requeteur): Requeteur =>
      async (sql, parametres) => {
        if (this.arrete) throw new Annulation();
        if (Date.now() > echeance)
          throw new ErreurDomaine('DELAI_DEPASSE', 'Import interrompu : limite de durée dépassée (MAILLAGE_IMPORT_DELAI). Rien n’a été modifié.');
        return requete(sql, parametres);
      };
    const contexte = (requete: Requeteur, versionId: number): ContexteImport => ({
      televersementId: t.id,
      versionId,
      metadonnees: t.metadonnees,
      utilisateur,
      analyse,
      fichier: { chemin: t.chemin ?? '', nom: t.fichier, taille: t.taille, empreinte: t.empreinte },
      requete: garde(requete),
      archiver: (nature, sql, parametres) => this.versions.archiver(requete, versionId, nature, sql, parametres),
      etape: (e) => (p.etape = e),
    });
    try {
      if (this.arrete) throw new Annulation();
      // the staged rows must all be there: an import from a partial staging would remove what is missing
      if ((await this.repository.compterLignes(t.id)) !== rapport.lignesRetenues) {
        throw new ErreurDomaine('CONFLIT', 'Les lignes analysées de ce fichier ne sont plus disponibles : téléversez-le à nouveau. Rien n’a été modifié.');
      }
      if (type.preparer) {
        p.etape = 'Préparation des lignes (invisibles jusqu’à la validation)';
        await type.preparer(contexte(this.repository.requeteFond, 0));
      }
      const versionId = await this.imports.enTransaction(
        async (requete) => {
          this.logger.log(`${type.libelle} : écriture de « ${t.fichier} » commencée (une transaction).`);
          const couvertureAvant = await this.couverture.instantane(requete, jeu, themes);
          const versionId = await this.versions.creer(requete, {
            jeu,
            origine: 'televerse',
            typeFichier: type.code,
            televersementId: t.id,
            libelle: analyse.version.libelle,
            source: analyse.version.source,
            millesime: analyse.version.millesime,
            couverture: analyse.couverture.map((d) => ({ theme: d.theme, niveau: d.niveau, code: d.code })),
            fichier: t.fichier,
            empreinte: t.empreinte,
            lignes: rapport.lignesRetenues,
            ecartees: rapport.ecartees.total,
            auteurId: utilisateur.id,
            auteurEmail: utilisateur.email,
          });
          const r = await type.importer({
            televersementId: t.id,
            versionId,
            metadonnees: t.metadonnees,
            utilisateur,
            analyse,
            fichier: { chemin: t.chemin ?? '', nom: t.fichier, taille: t.taille, empreinte: t.empreinte },
            requete: async (sql, parametres) => {
              if (Date.now() > echeance)
                throw new ErreurDomaine('DELAI_DEPASSE', 'Import interrompu : limite de durée dépassée (MAILLAGE_IMPORT_DELAI). Rien n’a été modifié.');
              return requete(sql, parametres);
            },
            archiver: (nature, sql, parametres) => this.versions.archiver(requete, versionId, nature, sql, parametres),
            etape: (e) => (p.etape = e),
          });
          p.pourcentage = 80;
          await this.couverture.fusionner(requete, jeu, `${jeu}:v${versionId}`, analyse.couverture);
          await this.versions.completer(requete, versionId, {
            lignes: r.lignes,
            bilan: { ...(r.bilan ?? {}), ecartees: rapport.ecartees.total, differences: pick(analyse.differences) },
            restauration: { type: r.restauration ?? {}, couverture: couvertureAvant, themes },
          });
          await this.audit.enregistrer(
            {
              action: 'creation',
              ressource: 'version-jeu',
              ressourceId: String(versionId),
              apres: {
                jeu,
                type: type.code,
                fichier: t.fichier,
                empreinte: t.empreinte,
                couverture: rapport.couverture.perimetre,
                lignes: r.lignes,
                differences: pick(analyse.differences),
                metadonnees: t.metadonnees,
              },
              utilisateur,
            },
            requete,
          );
          if (!(await this.repository.changerStatut(t.id, 'importe', { versionId }, ['import'], requete))) throw new Annulation();
          return versionId;
        },
        { delaiInstructionMs: this.config.delaisImport.instructionMs },
      );
      p.pourcentage = 100;
      this.logger.log(`${type.libelle} : « ${t.fichier} » importé (version ${versionId}, ${rapport.couverture.perimetre}).`);
      this.apresChangement();
    } catch (e) {
      const message =
        e instanceof ErreurDomaine
          ? e.message
          : e instanceof Annulation
            ? 'Import interrompu par l’arrêt du serveur : rien n’a été modifié.'
            : `L’import a échoué, rien n’a été modifié : ${(e as Error).message}`;
      if (!(e instanceof ErreurDomaine) && !(e instanceof Annulation)) this.logger.error(e);
      await this.repository.changerStatut(t.id, 'echec', { erreur: { message, details: e instanceof ErreurDomaine ? e.details : [] } });
      await type.abandonner?.(t.id, this.repository.requete).catch((x: unknown) => this.logger.error(x));
    } finally {
      suivi.enCours = null;
      const apres = await this.repository.trouver(t.id);
      if (apres) await this.liberer(apres);
      this.finir(t.id);
    }
  }

  /** After an import or a rollback: caches and the coverage memo forget what they knew. */
  apresChangement(): void {
    this.couvertureService.oublier();
    this.imports.notifierChangement();
  }

  private finir(id: string): void {
    // progress stays readable for a few seconds after the end (the client's last poll)
    setTimeout(() => this.suivis.delete(id), 10_000).unref();
  }

  /** Drops the staged rows and the file of an upload that will not be imported (or was). */
  private async liberer(t: TeleversementEnregistre): Promise<void> {
    await this.repository.supprimerLignes(t.id);
    if (t.chemin) {
      rmSync(t.chemin, { force: true });
      await this.repository.oublierFichier(t.id);
    }
  }

  /**
   * Uploads left « en cours » by a server of this machine that is gone (crash, kill -9: its transaction never
   * committed, the data in place is intact) are marked failed; pending ones older than a day are dropped.
   */
  private async nettoyer(auDemarrage: boolean): Promise<void> {
    for (const t of await this.repository.interrompues()) {
      const [hote, pid] = (t.traitePar ?? ':').split(':');
      const orphelin = hote === hostname() ? !processusVivant(Number(pid)) || (auDemarrage && Number(pid) === process.pid && !this.suivis.has(t.id)) : false;
      const perime = Date.now() - new Date(t.modifieLe).getTime() > 2 * this.config.delaisImport.travailMs;
      if (!orphelin && !perime) continue;
      await this.repository.changerStatut(t.id, 'echec', {
        erreur: { message: 'Traitement interrompu par l’arrêt du serveur : rien n’a été modifié. Téléversez le fichier à nouveau.', details: [] },
      });
      await this.registre
        .tous()
        .find((x) => x.code === t.type)
        ?.abandonner?.(t.id, this.repository.requete);
      await this.liberer({ ...t, statut: 'echec' });
    }
    for (const t of await this.repository.aNettoyer(HEURES_AVANT_NETTOYAGE)) {
      if (t.statut === 'pret') await this.repository.changerStatut(t.id, 'annule', { erreur: null }, ['pret']);
      await this.liberer(t);
    }
  }

  private async trouver(id: string, utilisateur: UtilisateurConnecte): Promise<TeleversementEnregistre> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw introuvable(`Téléversement « ${id} » introuvable.`);
    const t = await this.repository.trouver(id);
    // another account's upload does not exist for you (an administrator sees all)
    if (!t || (utilisateur.role !== 'admin' && t.auteurId !== utilisateur.id)) throw introuvable(`Téléversement « ${id} » introuvable.`);
    return t;
  }

  private verifierRole(type: TypeFichierTeleversable, utilisateur: UtilisateurConnecte): void {
    if (!type.roles.includes(utilisateur.role)) {
      throw new ErreurDomaine('INTERDIT', `Votre compte ne peut pas charger ce type de fichier (${type.libelle}).`);
    }
  }
}

function pick(d: { ajouts: number; modifications: number; retraits: number; inchanges: number }) {
  return { ajouts: d.ajouts, modifications: d.modifications, retraits: d.retraits, inchanges: d.inchanges };
}

function messageStatut(statut: StatutTeleversement): string {
  return {
    analyse: 'Le fichier est encore en cours d’analyse.',
    pret: 'Le fichier est analysé et attend votre validation.',
    refuse: 'Ce fichier a été refusé : corrigez-le et téléversez-le à nouveau.',
    import: 'L’import est déjà en cours.',
    importe: 'Ce fichier est déjà importé.',
    echec: 'Ce téléversement a échoué : téléversez le fichier à nouveau.',
    annule: 'Ce téléversement a été annulé.',
  }[statut];
}

const formaterNombre = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
const REGLES_PLURIEL = new Intl.PluralRules('fr-FR');
const pluriel = (n: number, un: string, plusieurs: string) => (REGLES_PLURIEL.select(n) === 'one' ? un : plusieurs);
