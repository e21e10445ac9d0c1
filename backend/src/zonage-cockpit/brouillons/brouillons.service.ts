import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { PorteeService } from '../../auth/portee.service';
import { UtilisateurConnecte } from '../../common/auth/role';
import { ErreurDomaine, entreeInvalide, introuvable } from '../../common/erreurs/erreur-domaine';
import { ImportService } from '../../import/import.service';
import { Requeteur } from '../../import/importateur';
import { verifierDate } from '../../zonage/zonage.service';
import { Jauges } from '../jauges/jauges';
import { CLASSES_QPV, ClasseQpv } from '../unites/classes-cockpit';
import { CompositionsRepository } from '../unites/compositions.repository';
import { Socle } from '../unites/socle';
import { UnitesService } from '../unites/unites.service';
import { BrouillonsRepository, Etape, MetaBrouillon } from './brouillons.repository';
import { DecisionUnite, ModificationUnite, OrigineBrouillon, decisionsInitiales, jaugesDe, modifierDecision } from './decisions';
import { ETAPES_CONSULTATION } from './etapes-consultation';
import { verifierRegion } from './portee-region';

export interface NouveauBrouillon {
  region: string;
  libelle?: string;
  origine: OrigineBrouillon;
  unite?: 'bassin_de_vie' | 'tvs';
  anneeApl?: number;
  dateReference?: string;
}

export interface VueBrouillon {
  brouillon: MetaBrouillon;
  socle: Socle;
  decisions: { unites: Record<string, DecisionUnite>; qpv: Record<string, ClasseQpv> };
  jauges: Jauges;
}

const RESSOURCE = 'brouillon-zonage';
const aujourdhui = () => new Date().toISOString().slice(0, 10);

/**
 * Drafts of a région's zonage médecins: created from the zonage in force or from the national categories, edited unit
 * by unit (locks and forcing), QPV apart, saved server-side, duplicated, deleted; every write audited.
 */
@Injectable()
export class BrouillonsService {
  constructor(
    private readonly repository: BrouillonsRepository,
    private readonly unites: UnitesService,
    private readonly compositions: CompositionsRepository,
    private readonly portee: PorteeService,
    private readonly audit: AuditService,
    private readonly imports: ImportService,
  ) {}

  async lister(utilisateur: UtilisateurConnecte, region?: string) {
    if (region) await verifierRegion(this.portee, utilisateur, region);
    const regions = region ? [region] : utilisateur.role === 'admin' ? null : await this.regionsDe(utilisateur);
    return this.repository.lister(regions);
  }

  /** Régions an account acts for: its région territories (ARS), none otherwise. */
  private async regionsDe(utilisateur: UtilisateurConnecte): Promise<string[]> {
    const regions: string[] = [];
    for (const r of await this.unites.regions()) if (await this.portee.estDansPortee(utilisateur, { type: 'region', code: r.code })) regions.push(r.code);
    return regions;
  }

  async creer(utilisateur: UtilisateurConnecte, dto: NouveauBrouillon): Promise<VueBrouillon> {
    await verifierRegion(this.portee, utilisateur, dto.region);
    const dateReference = dto.dateReference ?? aujourdhui();
    verifierDate(dateReference, 'dateReference');
    const annees = await this.unites.anneesApl();
    if (!annees.length) throw new ErreurDomaine('DONNEES_NON_CHARGEES', 'L’APL de la DREES n’est pas encore chargée : réessayez à la fin de l’import.');
    const anneeApl = dto.anneeApl ?? annees.at(-1)!.annee;
    const unite = dto.unite ?? 'bassin_de_vie';
    let compositionId: number | null = null;
    if (unite === 'tvs') {
      const active = await this.compositions.active(dto.region);
      if (!active)
        throw entreeInvalide('Aucune composition de TVS téléversée pour cette région : téléversez-la d’abord, ou choisissez le bassin de vie.', 'unite', unite);
      compositionId = active.id;
    }
    const socle = await this.unites.socle({ region: dto.region, unite, compositionId, anneeApl, dateReference });
    const { unites, qpv } = decisionsInitiales(socle, dto.origine);
    const id = randomUUID();
    const libelle =
      dto.libelle?.trim() ||
      `Projet de zonage ${socle.regionNom} — ${dto.origine === 'categories' ? 'catégories nationales' : 'à partir du zonage en vigueur'} (APL ${anneeApl})`;
    await this.imports.enTransaction(async (requete) => {
      await this.repository.creer(
        requete,
        { id, region: dto.region, libelle, unite, compositionId, anneeApl, origine: dto.origine, dateReference, copieDe: null, auteur: utilisateur.email },
        unites,
        qpv,
      );
      await this.audit.enregistrer(
        {
          action: 'creation',
          ressource: RESSOURCE,
          ressourceId: id,
          apres: { region: dto.region, libelle, unite, anneeApl, origine: dto.origine, dateReference },
          utilisateur,
        },
        requete,
      );
    });
    return this.lire(utilisateur, id);
  }

  /** The draft with its socle; INTROUVABLE when unknown, INTERDIT outside the account's région. */
  async charger(utilisateur: UtilisateurConnecte, id: string): Promise<MetaBrouillon> {
    const meta = await this.repository.meta(id);
    if (!meta) throw introuvable(`Brouillon de zonage ${id} introuvable.`);
    await verifierRegion(this.portee, utilisateur, meta.region);
    return meta;
  }

  socleDe(meta: MetaBrouillon): Promise<Socle> {
    return this.unites.socle({
      region: meta.region,
      unite: meta.unite,
      compositionId: meta.compositionId,
      anneeApl: meta.anneeApl,
      dateReference: meta.dateReference,
    });
  }

  async lire(utilisateur: UtilisateurConnecte, id: string): Promise<VueBrouillon> {
    const meta = await this.charger(utilisateur, id);
    const socle = await this.socleDe(meta);
    const d = await this.repository.decisions(id);
    return {
      brouillon: meta,
      socle,
      decisions: { unites: Object.fromEntries(d.unites), qpv: Object.fromEntries(d.qpv) },
      jauges: jaugesDe(socle, d.unites, d.qpv),
    };
  }

  /** Decisions of a draft the account may read (diff, exports, publication). */
  async decisions(id: string) {
    return this.repository.decisions(id);
  }

  /**
   * Inside a write's transaction: locks the draft row and refuses a published one. Scope and socle are checked and
   * read BEFORE the transaction (the embedded database has one connection: no query may run beside the transaction).
   */
  private async verrouillerModifiable(requete: Requeteur, id: string): Promise<MetaBrouillon> {
    const meta = await this.repository.meta(id, requete, true);
    if (!meta) throw introuvable(`Brouillon de zonage ${id} introuvable.`);
    if (meta.statut === 'publie')
      throw new ErreurDomaine('CONFLIT', `Le brouillon « ${meta.libelle} » est publié : dupliquez-le pour préparer une nouvelle version.`, [
        { champ: 'statut', valeur: meta.statut, message: 'brouillon publié, lecture seule' },
      ]);
    return meta;
  }

  async modifierUnite(
    utilisateur: UtilisateurConnecte,
    id: string,
    code: string,
    m: ModificationUnite,
  ): Promise<{ unite: string; decision: DecisionUnite; jauges: Jauges }> {
    const socle = await this.socleDe(await this.charger(utilisateur, id));
    const unite = socle.unites.find((u) => u.code === code);
    if (!unite) throw introuvable(`Unité « ${code} » absente du brouillon.`);
    return this.imports.enTransaction(async (requete) => {
      const meta = await this.verrouillerModifiable(requete, id);
      const actuelles = await this.repository.decisions(id, requete);
      const avant = actuelles.unites.get(code)!;
      const origine: OrigineBrouillon = meta.origine === 'en_vigueur' ? 'en_vigueur' : 'categories';
      const apres = modifierDecision(unite, avant, m, origine);
      await this.repository.enregistrerUnite(requete, id, code, apres);
      if (meta.statut === 'valide') await this.repository.changerStatut(requete, id, 'brouillon');
      await this.audit.enregistrer({ action: 'modification', ressource: RESSOURCE, ressourceId: `${id}:${code}`, avant, apres, utilisateur }, requete);
      actuelles.unites.set(code, apres);
      return { unite: code, decision: apres, jauges: jaugesDe(socle, actuelles.unites, actuelles.qpv) };
    });
  }

  async modifierQpv(
    utilisateur: UtilisateurConnecte,
    id: string,
    code: string,
    classe: string | null,
  ): Promise<{ qpv: string; classe: ClasseQpv | null; jauges: Jauges }> {
    if (classe !== null && !(CLASSES_QPV as readonly string[]).includes(classe))
      throw entreeInvalide(`classe : attendu ${CLASSES_QPV.join(', ')} ou null (le QPV suit son unité).`, 'classe', classe);
    const socle = await this.socleDe(await this.charger(utilisateur, id));
    if (!socle.qpv.some((q) => q.code === code)) throw introuvable(`QPV « ${code} » absent de la région du brouillon.`);
    return this.imports.enTransaction(async (requete) => {
      const meta = await this.verrouillerModifiable(requete, id);
      const actuelles = await this.repository.decisions(id, requete);
      const avant = actuelles.qpv.get(code) ?? null;
      await this.repository.enregistrerQpv(requete, id, code, classe as ClasseQpv | null);
      if (meta.statut === 'valide') await this.repository.changerStatut(requete, id, 'brouillon');
      await this.audit.enregistrer(
        { action: 'modification', ressource: RESSOURCE, ressourceId: `${id}:qpv:${code}`, avant: { classe: avant }, apres: { classe }, utilisateur },
        requete,
      );
      if (classe === null) actuelles.qpv.delete(code);
      else actuelles.qpv.set(code, classe as ClasseQpv);
      return { qpv: code, classe: classe as ClasseQpv | null, jauges: jaugesDe(socle, actuelles.unites, actuelles.qpv) };
    });
  }

  async renommer(utilisateur: UtilisateurConnecte, id: string, libelle: string): Promise<MetaBrouillon> {
    await this.charger(utilisateur, id);
    await this.imports.enTransaction(async (requete) => {
      const meta = await this.verrouillerModifiable(requete, id);
      await this.repository.renommer(requete, id, libelle.trim());
      await this.audit.enregistrer(
        { action: 'modification', ressource: RESSOURCE, ressourceId: id, avant: { libelle: meta.libelle }, apres: { libelle }, utilisateur },
        requete,
      );
    });
    return this.charger(utilisateur, id);
  }

  /** A copy (any status) to go on working: same units, classes, justifications and QPV classes. */
  async copier(utilisateur: UtilisateurConnecte, id: string, libelle?: string): Promise<VueBrouillon> {
    const meta = await this.charger(utilisateur, id);
    const d = await this.repository.decisions(id);
    const nouveau = randomUUID();
    const nom = libelle?.trim() || `Copie de ${meta.libelle}`;
    await this.imports.enTransaction(async (requete) => {
      await this.repository.creer(
        requete,
        {
          id: nouveau,
          region: meta.region,
          libelle: nom,
          unite: meta.unite,
          compositionId: meta.compositionId,
          anneeApl: meta.anneeApl,
          origine: meta.origine,
          dateReference: meta.dateReference,
          copieDe: id,
          auteur: utilisateur.email,
        },
        d.unites,
        d.qpv,
      );
      await this.audit.enregistrer(
        { action: 'creation', ressource: RESSOURCE, ressourceId: nouveau, apres: { copieDe: id, libelle: nom }, utilisateur },
        requete,
      );
    });
    return this.lire(utilisateur, nouveau);
  }

  async supprimer(utilisateur: UtilisateurConnecte, id: string): Promise<void> {
    await this.charger(utilisateur, id);
    await this.imports.enTransaction(async (requete) => {
      const meta = await this.verrouillerModifiable(requete, id);
      await this.repository.supprimer(requete, id);
      await this.audit.enregistrer(
        { action: 'suppression', ressource: RESSOURCE, ressourceId: id, avant: { libelle: meta.libelle, region: meta.region }, utilisateur },
        requete,
      );
    });
  }

  // ---- consultation checklist ---------------------------------------------------------------

  async etapes(utilisateur: UtilisateurConnecte, id: string) {
    await this.charger(utilisateur, id);
    const faites = new Map((await this.repository.etapes(id)).map((e) => [e.etape, e]));
    return ETAPES_CONSULTATION.map((d) => ({ ...d, ...(faites.get(d.code) ?? { fait: false, date: null, note: null }), etape: d.code }));
  }

  async modifierEtape(utilisateur: UtilisateurConnecte, id: string, code: string, e: Omit<Etape, 'etape'>) {
    if (!ETAPES_CONSULTATION.some((d) => d.code === code))
      throw entreeInvalide(`Étape inconnue « ${code} » : attendu ${ETAPES_CONSULTATION.map((d) => d.code).join(', ')}.`, 'etape', code);
    if (e.date) verifierDate(e.date, 'date');
    await this.charger(utilisateur, id);
    await this.imports.enTransaction(async (requete) => {
      await this.verrouillerModifiable(requete, id);
      await this.repository.enregistrerEtape(requete, id, { etape: code, ...e });
      await this.audit.enregistrer({ action: 'modification', ressource: RESSOURCE, ressourceId: `${id}:etape:${code}`, apres: e, utilisateur }, requete);
    });
    return this.etapes(utilisateur, id);
  }
}
