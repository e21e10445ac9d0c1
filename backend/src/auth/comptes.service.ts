import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Role, UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { verifierReference } from '../territoires/type-territoire';
import { ComptesRepository, LigneUtilisateur } from './comptes.repository';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';
import { CompteDto } from './dto/compte.dto';
import { hacherMotDePasse } from './mot-de-passe';
import { exigerMotDePasseAcceptable } from './politique-mot-de-passe';
import { PorteeRepository } from './portee.repository';

type Territoires = UtilisateurConnecte['territoires'];

export interface DonneesCompte {
  email: string;
  nom?: string | null;
  motDePasse: string;
  role: Role;
  territoires?: Territoires;
}

/** Account rules: who may hold which territories, password length, unique e-mail. */
@Injectable()
export class ComptesService {
  constructor(
    private readonly repository: ComptesRepository,
    private readonly portee: PorteeRepository,
    private readonly audit: AuditService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  async lister(): Promise<CompteDto[]> {
    return (await this.repository.lister()).map(versCompte);
  }

  async creer(d: DonneesCompte): Promise<CompteDto> {
    const email = normaliserEmail(d.email);
    exigerMotDePasseAcceptable(d.motDePasse, [email, d.nom]);
    const territoires = await this.verifierTerritoires(d.role, d.territoires ?? []);
    if (await this.repository.parEmail(email)) {
      throw new ErreurDomaine('CONFLIT', `Un compte existe déjà pour « ${email} ».`, [{ champ: 'email', valeur: email, message: 'déjà utilisé' }]);
    }
    const ligne = await this.repository.creer({ email, nom: d.nom ?? null, motDePasseHash: await hacherMotDePasse(d.motDePasse), role: d.role, territoires });
    const compte = versCompte(ligne);
    await this.audit.enregistrer({ action: 'creation', ressource: 'compte', ressourceId: compte.id, avant: null, apres: compte });
    return compte;
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
    creeLe: new Date(l.cree_le).toISOString(),
    derniereConnexion: l.derniere_connexion ? new Date(l.derniere_connexion).toISOString() : null,
  };
}

export function versUtilisateurConnecte(l: LigneUtilisateur): UtilisateurConnecte {
  return { id: l.id, email: l.email, role: l.role, territoires: l.territoires };
}
