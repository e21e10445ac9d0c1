import { Injectable } from '@nestjs/common';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { Requeteur } from '../import/importateur';
import { AuditRepository, FiltreAudit, LecteurAudit } from './audit.repository';
import { ContexteAudit, stockageAudit } from './contexte-audit';
import { masquerSecrets } from './masquer-secrets';

export interface Modification {
  action: 'creation' | 'modification' | 'suppression' | 'connexion';
  /** Singular French noun of the resource: projet, compte, aide… */
  ressource: string;
  ressourceId: string | null;
  avant?: unknown;
  apres?: unknown;
  /**
   * Territories the change is about (before and after): who may read the entry, as for the resource itself. None
   * (accounts and other personal data): administrators only.
   */
  territoires?: UtilisateurConnecte['territoires'];
  /** Defaults to the user of the current request. */
  utilisateur?: UtilisateurConnecte | null;
}

/**
 * The audit log. Features call `enregistrer()` from their services, inside their transaction when they
 * have one (pass its Requeteur): the entry commits with the change. Writes that record nothing detailed
 * still get a generic entry from IntercepteurAudit (route, body without secrets, answer's id).
 *
 * Reading is scoped like the resources: administrators read every entry; ARS planners the entries whose
 * territories all lie in their régions or départements, without the authors' e-mails and IPs.
 */
@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  async enregistrer(m: Modification, requete?: Requeteur): Promise<void> {
    const contexte = stockageAudit.getStore();
    if (contexte) contexte.detaille = true;
    const utilisateur = m.utilisateur !== undefined ? m.utilisateur : (contexte?.utilisateur ?? null);
    await this.repository.inserer(
      {
        utilisateurId: utilisateur?.id ?? null,
        utilisateurEmail: utilisateur?.email ?? null,
        role: utilisateur?.role ?? null,
        action: m.action,
        ressource: m.ressource,
        ressourceId: m.ressourceId,
        avant: masquerSecrets(m.avant ?? null),
        apres: masquerSecrets(m.apres ?? null),
        methode: contexte?.methode ?? null,
        chemin: contexte?.chemin ?? null,
        ip: contexte?.ip ?? null,
        territoires: m.territoires ?? null,
      },
      requete,
    );
  }

  /**
   * Entry for a write no service described: who, which route, the (masked) body and the answer's id. Its scope
   * is its author's territories (services keep a non-administrator's writes inside them); an administrator's
   * or an anonymous one has none (administrators only).
   */
  async enregistrerGenerique(contexte: ContexteAudit, corps: unknown, params: Record<string, string>, reponse: unknown): Promise<void> {
    const segments = contexte.chemin
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean);
    const idReponse = typeof reponse === 'object' && reponse !== null ? ((reponse as { id?: unknown }).id ?? (reponse as { code?: unknown }).code) : undefined;
    const utilisateur = contexte.utilisateur;
    await this.repository.inserer({
      utilisateurId: utilisateur?.id ?? null,
      utilisateurEmail: utilisateur?.email ?? (typeof (corps as { email?: unknown })?.email === 'string' ? (corps as { email: string }).email : null),
      role: utilisateur?.role ?? null,
      action: contexte.methode,
      ressource: segments[0] ?? 'api',
      ressourceId: params.id ?? params.code ?? (typeof idReponse === 'string' || typeof idReponse === 'number' ? String(idReponse) : null),
      avant: null,
      apres: masquerSecrets(corps ?? null),
      methode: contexte.methode,
      chemin: contexte.chemin,
      ip: contexte.ip,
      territoires: utilisateur && utilisateur.role !== 'admin' && utilisateur.territoires.length ? utilisateur.territoires : null,
    });
  }

  async lister(lecteur: UtilisateurConnecte, f: Partial<FiltreAudit> & { limite?: number; page?: number }) {
    if (f.depuis && f.jusqua && f.depuis >= f.jusqua) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'La date « depuis » doit précéder « jusqua ».', [{ champ: 'depuis', message: 'doit précéder jusqua' }]);
    }
    const limite = f.limite ?? 100;
    const page = f.page ?? 1;
    const { total, entrees } = await this.repository.lister({ ...f, limite, decalage: (page - 1) * limite }, lecteurAudit(lecteur));
    return { total, page, limite, entrees };
  }
}

function lecteurAudit(u: UtilisateurConnecte): LecteurAudit {
  if (u.role === 'admin') return { tout: true };
  return {
    tout: false,
    regions: u.territoires.filter((t) => t.type === 'region').map((t) => t.code),
    departements: u.territoires.filter((t) => t.type === 'departement').map((t) => t.code),
  };
}
