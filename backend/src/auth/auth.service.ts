import { Inject, Injectable } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { UtilisateurConnecte } from '../common/auth/role';
import { ComptesRepository, LigneUtilisateur } from './comptes.repository';
import { normaliserEmail, versCompte, versUtilisateurConnecte } from './comptes.service';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';
import { JetonDto } from './dto/connexion.dto';
import { signerJeton, verifierJeton } from './jeton';
import { LimitationConnexionRepository } from './limitation-connexion.repository';
import { verifierMotDePasse } from './mot-de-passe';

/**
 * Login with throttling of failed attempts, and token → user resolution.
 *
 * Throttling, checked in this order, each attempt counted *before* the password is verified (so that 150
 * parallel attempts cannot all be verified against the same old count):
 * 1. per IP: past `echecsMaxIp` attempts in the window, the IP is refused for every account;
 * 2. per account from this IP: past `echecsMaxCompte`, this IP is refused for this account;
 * 3. per account from all IPs: past `echecsMaxCompte`, progressive delays (1 s, 2 s, 4 s… up to the window)
 *    between attempts. Someone else's failures from other IPs slow the owner's login down but do not lock it
 *    out at once: locking an account takes many IPs, locking one's own IP takes one.
 * A refused step does not count at the next ones (a locked IP cannot push a victim's account further).
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly comptes: ComptesRepository,
    private readonly limitation: LimitationConnexionRepository,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  async connexion(emailSaisi: string, motDePasse: string, ip: string): Promise<JetonDto> {
    const email = normaliserEmail(emailSaisi);
    const cles = await this.reserverTentative(email, ip);
    const ligne = await this.comptes.parEmail(email);
    const valide = (await verifierMotDePasse(ligne?.mot_de_passe_hash ?? null, motDePasse)) && ligne?.actif === true;
    if (!ligne || !valide) {
      await this.limitation.purger(this.config.fenetreEchecs);
      throw new ErreurDomaine('NON_AUTHENTIFIE', 'Adresse électronique ou mot de passe incorrect.');
    }
    // A success is no failure: the account's counters start again, the IP's attempt is taken back.
    await this.limitation.effacer([cles.compteIp, cles.compte]);
    await this.limitation.decompter(cles.ip);
    return this.ouvrirSession(ligne);
  }

  /** A token for an authenticated account (password login, ProConnect). */
  async ouvrirSession(ligne: LigneUtilisateur): Promise<JetonDto> {
    await this.comptes.noterConnexion(ligne.id);
    const { jeton, expiration } = signerJeton(
      { id: ligne.id, role: ligne.role, versionSession: ligne.version_session },
      this.config.secretJeton,
      this.config.dureeJeton,
    );
    return { jeton, type: 'Bearer', expireLe: expiration.toISOString(), utilisateur: versCompte(ligne) };
  }

  /** Counts the attempt under its three keys, refusing (429) at the first limit reached. */
  private async reserverTentative(email: string, ip: string): Promise<{ ip: string; compteIp: string; compte: string }> {
    const { fenetreEchecs: fenetre, echecsMaxIp, echecsMaxCompte } = this.config;
    const cles = { ip: `ip:${ip}`, compteIp: `compte-ip:${email} ${ip}`, compte: `compte:${email}` };
    const minutes = Math.ceil(fenetre / 60);
    if ((await this.limitation.compter(cles.ip, fenetre))! > echecsMaxIp) {
      throw tropDeTentatives(`Trop de tentatives de connexion depuis votre adresse : réessayez dans ${minutes} minutes.`, fenetre);
    }
    if ((await this.limitation.compter(cles.compteIp, fenetre))! > echecsMaxCompte) {
      throw tropDeTentatives(`Trop de tentatives de connexion sur ce compte : réessayez dans ${minutes} minutes.`, fenetre);
    }
    if ((await this.limitation.compter(cles.compte, fenetre, echecsMaxCompte)) === null) {
      const compteur = await this.limitation.lire(cles.compte);
      const delai = compteur ? Math.min(fenetre, 2 ** (compteur.echecs - echecsMaxCompte - 1)) : 1;
      const reste = compteur ? Math.max(1, Math.ceil((new Date(compteur.dernier).getTime() + delai * 1000 - Date.now()) / 1000)) : 1;
      throw tropDeTentatives(
        `Trop de tentatives récentes sur ce compte : réessayez dans ${reste} ${new Intl.PluralRules('fr').select(reste) === 'one' ? 'seconde' : 'secondes'}.`,
        reste,
      );
    }
    return cles;
  }

  /**
   * The active account behind a bearer token, read from the database (role, territories and deactivation
   * take effect at once, not at token expiry). Null when the token is invalid, expired, revoked (its session
   * version is older than the account's) or the account gone.
   */
  async utilisateurDuJeton(jeton: string): Promise<UtilisateurConnecte | null> {
    const charge = verifierJeton(jeton, this.config.secretJeton);
    if (!charge) return null;
    const ligne = await this.comptes.parId(charge.sub);
    if (!ligne?.actif || ligne.version_session !== charge.ver) return null;
    return versUtilisateurConnecte(ligne);
  }
}

function tropDeTentatives(message: string, secondes: number): ErreurDomaine {
  return new ErreurDomaine('TROP_DE_TENTATIVES', message, [{ champ: 'reessayerDans', valeur: secondes, message: 'secondes avant un nouvel essai' }]);
}
