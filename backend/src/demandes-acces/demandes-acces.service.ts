import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { ComptesRepository } from '../auth/comptes.repository';
import { ComptesService, normaliserEmail } from '../auth/comptes.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { DemandesAccesRepository, LigneDemande, StatutDemande } from './demandes-acces.repository';
import { ApprouverDemandeDto, DemandeAccesDto, DemandeApprouveeDto, DeposerDemandeDto } from './dto/demande-acces.dto';

/** Who logged in through ProConnect without an account (see auth/oidc). */
export interface IdentiteDemandeuse {
  sujet: string;
  email: string;
  prenom: string | null;
  nom: string | null;
  siret: string | null;
}

/**
 * Access requests: a newcomer asks (public form, or a first ProConnect login without an account); an
 * administrator approves — granting the role and the territories, which creates the account — or refuses.
 */
@Injectable()
export class DemandesAccesService {
  constructor(
    private readonly repository: DemandesAccesRepository,
    private readonly comptes: ComptesService,
    private readonly comptesRepository: ComptesRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * A request from the public form. The answer is the same whether an account exists for the e-mail or not (the
   * form tells nobody who has an account); no request is kept for an existing account.
   */
  async deposer(d: DeposerDemandeDto): Promise<{ recue: true }> {
    const email = normaliserEmail(d.email);
    if (await this.comptesRepository.parEmail(email)) return { recue: true };
    const ligne = await this.repository.deposer({
      email,
      nom: d.nom.trim() || null,
      organisation: d.organisation?.trim() || null,
      roleSouhaite: d.roleSouhaite ?? null,
      territoires: d.territoires ?? [],
      motif: d.motif?.trim() || null,
      oidcSujet: null,
    });
    await this.audit.enregistrer({
      action: 'creation',
      ressource: 'demande-acces',
      ressourceId: ligne.id,
      avant: null,
      apres: versDemande(ligne),
      utilisateur: null,
    });
    return { recue: true };
  }

  /** A request from a first ProConnect login without an account: the person is known, the role is not. */
  async deposerDepuisProConnect(identite: IdentiteDemandeuse): Promise<void> {
    const nom = [identite.prenom, identite.nom].filter(Boolean).join(' ') || null;
    const ligne = await this.repository.deposer({
      email: identite.email,
      nom,
      organisation: identite.siret ? `SIRET ${identite.siret}` : null,
      roleSouhaite: null,
      territoires: [],
      motif: null,
      oidcSujet: identite.sujet,
    });
    await this.audit.enregistrer({
      action: 'creation',
      ressource: 'demande-acces',
      ressourceId: ligne.id,
      avant: null,
      apres: versDemande(ligne),
      utilisateur: null,
    });
  }

  async lister(statut: StatutDemande | undefined): Promise<DemandeAccesDto[]> {
    return (await this.repository.lister(statut ?? 'en_attente')).map(versDemande);
  }

  /** Creates the account with the role and territories granted; without ProConnect, a link to set its password. */
  async approuver(administrateur: UtilisateurConnecte, id: string, d: ApprouverDemandeDto): Promise<DemandeApprouveeDto> {
    const demande = await this.enAttente(id);
    const compte = await this.comptes.creer({
      email: demande.email,
      nom: demande.nom,
      role: d.role,
      territoires: d.territoires ?? demande.territoires,
      oidcSujet: demande.oidc_sujet,
    });
    const traitee = await this.repository.traiter(id, 'approuvee', administrateur.id, compte.id);
    if (!traitee) throw dejaTraitee();
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'demande-acces',
      ressourceId: id,
      avant: versDemande(demande),
      apres: versDemande(traitee),
    });
    return {
      demande: versDemande(traitee),
      compte,
      lienMotDePasse: demande.oidc_sujet ? null : await this.comptes.lienMotDePasse(compte.id, administrateur),
    };
  }

  async refuser(administrateur: UtilisateurConnecte, id: string): Promise<DemandeAccesDto> {
    const demande = await this.enAttente(id);
    const traitee = await this.repository.traiter(id, 'refusee', administrateur.id, null);
    if (!traitee) throw dejaTraitee();
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'demande-acces',
      ressourceId: id,
      avant: versDemande(demande),
      apres: versDemande(traitee),
    });
    return versDemande(traitee);
  }

  private async enAttente(id: string): Promise<LigneDemande> {
    const demande = await this.repository.trouver(id);
    if (!demande) throw introuvable(`Demande d’accès « ${id} » introuvable.`);
    if (demande.statut !== 'en_attente') throw dejaTraitee();
    return demande;
  }
}

function dejaTraitee(): ErreurDomaine {
  return new ErreurDomaine('CONFLIT', 'Cette demande d’accès a déjà été traitée.');
}

function versDemande(l: LigneDemande): DemandeAccesDto {
  return {
    id: l.id,
    email: l.email,
    nom: l.nom,
    organisation: l.organisation,
    roleSouhaite: l.role_souhaite,
    territoires: l.territoires,
    motif: l.motif,
    proConnect: l.oidc_sujet !== null,
    statut: l.statut,
    creeLe: new Date(l.cree_le).toISOString(),
    traiteeLe: l.traitee_le ? new Date(l.traitee_le).toISOString() : null,
  };
}
