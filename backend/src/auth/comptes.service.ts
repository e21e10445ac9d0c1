import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Role, UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { verifierReference } from '../territoires/type-territoire';
import { ComptesRepository, LigneUtilisateur } from './comptes.repository';
import { LiensMotDePasseRepository } from './liens-mot-de-passe.repository';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';
import { CompteCreeDto, CompteDto, LienMotDePasseDto } from './dto/compte.dto';
import { hacherMotDePasse } from './mot-de-passe';
import { exigerMotDePasseAcceptable } from './politique-mot-de-passe';
import { PorteeRepository } from './portee.repository';

type Territoires = UtilisateurConnecte['territoires'];

export interface DonneesCompte {
  email: string;
  nom?: string | null;
  /** Absent: the person sets it through a one-time link (or logs in with ProConnect only). */
  motDePasse?: string;
  role: Role;
  territoires?: Territoires;
  /** ProConnect subject, for an account approved from a first ProConnect login. */
  oidcSujet?: string | null;
}

/** How long a one-time password link lasts. */
export const DUREE_LIEN_MOT_DE_PASSE_HEURES = 72;

/** The SPA page that sets a password from a link; the secret is in the fragment (never sent to a server log). */
const PAGE_LIEN_MOT_DE_PASSE = '/mot-de-passe';

const empreinte = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** Account rules: who may hold which territories, password length, unique e-mail. */
@Injectable()
export class ComptesService {
  constructor(
    private readonly repository: ComptesRepository,
    private readonly liens: LiensMotDePasseRepository,
    private readonly portee: PorteeRepository,
    private readonly audit: AuditService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  async compte(id: string): Promise<CompteDto> {
    const ligne = await this.repository.parId(id);
    if (!ligne) throw introuvable(`Compte « ${id} » introuvable.`);
    return versCompte(ligne);
  }

  async lister(): Promise<CompteDto[]> {
    return (await this.repository.lister()).map(versCompte);
  }

  async creer(d: DonneesCompte): Promise<CompteDto> {
    const email = normaliserEmail(d.email);
    if (d.motDePasse !== undefined) exigerMotDePasseAcceptable(d.motDePasse, [email, d.nom]);
    const territoires = await this.verifierTerritoires(d.role, d.territoires ?? []);
    if (await this.repository.parEmail(email)) {
      throw new ErreurDomaine('CONFLIT', `Un compte existe déjà pour « ${email} ».`, [{ champ: 'email', valeur: email, message: 'déjà utilisé' }]);
    }
    const ligne = await this.repository.creer({
      email,
      nom: d.nom ?? null,
      motDePasseHash: d.motDePasse !== undefined ? await hacherMotDePasse(d.motDePasse) : null,
      role: d.role,
      territoires,
      oidcSujet: d.oidcSujet ?? null,
    });
    const compte = versCompte(ligne);
    await this.audit.enregistrer({ action: 'creation', ressource: 'compte', ressourceId: compte.id, avant: null, apres: compte });
    return compte;
  }

  /**
   * An account created by an administrator: without a password, it comes with a one-time link to set one, which
   * the administrator hands to the person (the administrator never knows the password).
   */
  async creerParAdministrateur(d: DonneesCompte, administrateur: UtilisateurConnecte): Promise<CompteCreeDto> {
    const compte = await this.creer(d);
    const sansMotDePasse = d.motDePasse === undefined && !d.oidcSujet;
    return { ...compte, lienMotDePasse: sansMotDePasse ? await this.lienMotDePasse(compte.id, administrateur) : null };
  }

  /** A one-time link to set the account's password (its previous unused links stop working). */
  async lienMotDePasse(id: string, administrateur: UtilisateurConnecte | null): Promise<LienMotDePasseDto> {
    const ligne = await this.repository.parId(id);
    if (!ligne) throw introuvable(`Compte « ${id} » introuvable.`);
    const secret = randomBytes(32).toString('base64url');
    const expireLe = new Date(Date.now() + DUREE_LIEN_MOT_DE_PASSE_HEURES * 3600_000);
    await this.liens.creer(id, empreinte(secret), expireLe, administrateur?.id ?? null);
    await this.audit.enregistrer({ action: 'modification', ressource: 'compte', ressourceId: id, avant: null, apres: { lienMotDePasse: 'émis', expireLe } });
    return { lien: `${PAGE_LIEN_MOT_DE_PASSE}#jeton=${secret}`, expireLe: expireLe.toISOString() };
  }

  /**
   * Sets the password from a one-time link: the link is checked, then the password (a weak one does not use up
   * the link), then the link is used — once — and the account's other sessions end. Returns the account.
   */
  async definirMotDePasseParLien(secret: string, motDePasse: string): Promise<LigneUtilisateur> {
    const id = await this.liens.valide(empreinte(secret));
    const ligne = id ? await this.repository.parId(id) : null;
    if (!ligne) throw lienInvalide();
    if (!ligne.actif) throw new ErreurDomaine('INTERDIT', 'Ce compte est désactivé : adressez-vous à un administrateur.');
    exigerMotDePasseAcceptable(motDePasse, [ligne.email, ligne.nom]);
    if ((await this.liens.utiliser(empreinte(secret))) !== ligne.id) throw lienInvalide();
    const modifie = await this.repository.modifier(ligne.id, { motDePasseHash: await hacherMotDePasse(motDePasse), revoquer: true });
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'compte',
      ressourceId: ligne.id,
      avant: null,
      apres: { motDePasse: 'défini par lien' },
      utilisateur: versUtilisateurConnecte(ligne),
    });
    return modifie!;
  }

  async modifier(id: string, d: Partial<DonneesCompte> & { actif?: boolean }): Promise<CompteDto> {
    const actuel = await this.repository.parId(id);
    if (!actuel) throw introuvable(`Compte « ${id} » introuvable.`);
    if (d.motDePasse !== undefined) exigerMotDePasseAcceptable(d.motDePasse, [actuel.email, d.nom ?? actuel.nom]);
    const role = d.role ?? actuel.role;
    const territoires =
      d.role !== undefined || d.territoires !== undefined ? await this.verifierTerritoires(role, d.territoires ?? actuel.territoires) : undefined;
    const ligne = await this.repository.modifier(id, {
      nom: d.nom,
      motDePasseHash: d.motDePasse !== undefined ? await hacherMotDePasse(d.motDePasse) : undefined,
      role: d.role,
      territoires,
      actif: d.actif,
      // Sessions end when what they were granted on changes: a new password (the old one may be known), a
      // deactivation (a later reactivation does not revive old tokens) or another role.
      revoquer: d.motDePasse !== undefined || (d.actif === false && actuel.actif) || (d.role !== undefined && d.role !== actuel.role),
    });
    if (!ligne) throw introuvable(`Compte « ${id} » introuvable.`);
    const compte = versCompte(ligne);
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'compte',
      ressourceId: id,
      avant: versCompte(actuel),
      apres: { ...compte, ...(d.motDePasse !== undefined ? { motDePasse: 'modifié' } : {}) },
    });
    return compte;
  }

  /** « Se déconnecter partout » : every token of the account issued so far is refused from now on. */
  async revoquerSessions(id: string): Promise<void> {
    const ligne = await this.repository.modifier(id, { revoquer: true });
    if (!ligne) throw introuvable(`Compte « ${id} » introuvable.`);
    await this.audit.enregistrer({ action: 'modification', ressource: 'compte', ressourceId: id, avant: null, apres: { sessions: 'révoquées' } });
  }

  /** First administrator from MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_MOT_DE_PASSE; an existing account is left as is. */
  async amorcerAdministrateur(): Promise<'cree' | 'existant' | 'non-configure'> {
    if (!this.config.admin) return 'non-configure';
    if (await this.repository.parEmail(this.config.admin.email)) return 'existant';
    await this.creer({ email: this.config.admin.email, motDePasse: this.config.admin.motDePasse, role: 'admin', nom: 'Administrateur' });
    return 'cree';
  }

  /** ARS planners act for régions or départements, élus for at least one territory, admins for none. */
  private async verifierTerritoires(role: Role, territoires: Territoires): Promise<Territoires> {
    const refs = territoires.map((t, i) => {
      try {
        return verifierReference(t.type, t.code);
      } catch (e) {
        const err = e as ErreurDomaine;
        throw new ErreurDomaine(
          'ENTREE_INVALIDE',
          err.message,
          err.details.map((d) => ({ ...d, champ: `territoires[${i}].${d.champ}` })),
        );
      }
    });
    if (role === 'admin' && refs.length) throw erreurTerritoires('un administrateur agit partout : ne lui attribuez pas de territoire');
    if (role === 'ars' && (!refs.length || refs.some((r) => r.type !== 'region' && r.type !== 'departement'))) {
      throw erreurTerritoires('un planificateur ARS agit pour une ou plusieurs régions (ou départements)');
    }
    if (role === 'elu' && !refs.length) throw erreurTerritoires('un élu agit pour au moins un territoire (commune, EPCI, département ou région)');
    const existants = await this.portee.existants(refs);
    const inconnus = refs.filter((r) => !existants.some((e) => e.type === r.type && e.code === r.code));
    if (inconnus.length) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `Territoires inconnus du COG 2026 : ${inconnus.map((r) => `${r.type} ${r.code}`).join(', ')}.`,
        inconnus.map((r) => ({ champ: 'territoires', valeur: r, message: 'territoire inconnu' })),
      );
    }
    return refs;
  }
}

function lienInvalide(): ErreurDomaine {
  return new ErreurDomaine(
    'INTROUVABLE',
    'Ce lien n’est pas valable : il a déjà servi, il a expiré ou un lien plus récent l’a remplacé. Demandez-en un nouveau à un administrateur.',
    [{ champ: 'jeton', message: 'lien déjà utilisé, expiré ou remplacé' }],
  );
}

function erreurTerritoires(message: string): ErreurDomaine {
  return new ErreurDomaine('ENTREE_INVALIDE', `Territoires incohérents avec le rôle : ${message}.`, [{ champ: 'territoires', message }]);
}

export function normaliserEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function versCompte(l: LigneUtilisateur): CompteDto {
  return {
    id: l.id,
    email: l.email,
    nom: l.nom,
    role: l.role,
    territoires: l.territoires,
    actif: l.actif,
    motDePasseDefini: l.mot_de_passe_hash !== null,
    proConnect: l.oidc_sujet !== null,
    creeLe: new Date(l.cree_le).toISOString(),
    derniereConnexion: l.derniere_connexion ? new Date(l.derniere_connexion).toISOString() : null,
  };
}

export function versUtilisateurConnecte(l: LigneUtilisateur): UtilisateurConnecte {
  return { id: l.id, email: l.email, role: l.role, territoires: l.territoires };
}
