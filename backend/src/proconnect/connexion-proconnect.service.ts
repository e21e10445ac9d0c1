import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import { ComptesRepository, LigneUtilisateur } from '../auth/comptes.repository';
import { versUtilisateurConnecte } from '../auth/comptes.service';
import { CONFIGURATION_AUTH, ConfigurationAuth } from '../auth/configuration-auth';
import { DemandesAccesService } from '../demandes-acces/demandes-acces.service';
import { ClientOidc, IdentiteOidc } from './client-oidc';
import { desceller, sceller } from './etat-oidc';

/** Where the browser lands back in the dashboard; what follows « # » never reaches a server. */
export const PAGE_RETOUR = '/connexion/proconnect';

/** Why a ProConnect login did not open a session (the dashboard words each one in French). */
export type RefusProConnect = 'etat' | 'refus' | 'desactive' | 'conflit' | 'sans-email' | 'indisponible';

/**
 * ProConnect login: the redirect to the provider, then its return. The person is matched to an account by the
 * ProConnect subject, else by e-mail (the account an administrator created; the subject is then linked to it).
 * Someone without an account gets no session: an access request is filed, and an administrator grants the role.
 */
@Injectable()
export class ConnexionProConnectService {
  private readonly logger = new Logger('ProConnect');

  constructor(
    private readonly client: ClientOidc,
    private readonly comptes: ComptesRepository,
    private readonly auth: AuthService,
    private readonly demandes: DemandesAccesService,
    private readonly audit: AuditService,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  /** The provider's authorization URL, and the sealed state to keep in the browser until the return. */
  async depart(): Promise<{ url: string; etatScelle: string }> {
    const { url, etat } = await this.client.demandeAutorisation();
    return { url: url.href, etatScelle: sceller(etat, this.config.secretJeton) };
  }

  /** The provider's return (its query string): the dashboard URL to send the browser to. */
  async retour(requete: string, etatScelle: string | undefined): Promise<string> {
    const etat = desceller(etatScelle, this.config.secretJeton);
    if (!etat) return refus('etat');
    let identite: IdentiteOidc;
    try {
      identite = await this.client.terminer(this.urlRetour(requete), etat);
    } catch (e) {
      this.logger.warn(`Retour de ProConnect refusé : ${(e as Error).message}`);
      return refus(/fetch failed|ECONNREFUSED|ENOTFOUND|timeout/i.test(String((e as Error).message)) ? 'indisponible' : 'refus');
    }
    const trouve = await this.compteDe(identite);
    if (typeof trouve === 'string') return refus(trouve);
    if (!trouve) {
      if (!identite.email) return refus('sans-email');
      await this.demandes.deposerDepuisProConnect({ ...identite, email: identite.email });
      return `${PAGE_RETOUR}#attente`;
    }
    if (!trouve.actif) return refus('desactive');
    const session = await this.auth.ouvrirSession(trouve);
    await this.audit.enregistrer({
      action: 'connexion',
      ressource: 'compte',
      ressourceId: trouve.id,
      avant: null,
      apres: { moyen: 'ProConnect' },
      utilisateur: versUtilisateurConnecte(trouve),
    });
    return `${PAGE_RETOUR}#${new URLSearchParams({ jeton: session.jeton, expireLe: session.expireLe }).toString()}`;
  }

  private async compteDe(identite: IdentiteOidc): Promise<LigneUtilisateur | RefusProConnect | null> {
    const parSujet = await this.comptes.parOidcSujet(identite.sujet);
    if (parSujet) return parSujet;
    if (!identite.email) return null;
    const parEmail = await this.comptes.parEmail(identite.email);
    if (!parEmail) return null;
    // The e-mail's account belongs to another ProConnect identity: not taken over.
    if (parEmail.oidc_sujet !== null) return 'conflit';
    return (await this.comptes.lierOidc(parEmail.id, identite.sujet)) ?? 'conflit';
  }

  /** The callback URL as registered (never rebuilt from the Host header), with the provider's parameters. */
  private urlRetour(requete: string): URL {
    const url = new URL(this.config.oidc!.redirectUri);
    url.search = requete;
    return url;
  }
}

function refus(raison: RefusProConnect): string {
  return `${PAGE_RETOUR}#erreur=${raison}`;
}
