import { Inject, Injectable } from '@nestjs/common';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { UtilisateurConnecte } from '../common/auth/role';
import { ComptesRepository } from './comptes.repository';
import { normaliserEmail, versCompte, versUtilisateurConnecte } from './comptes.service';
import { CONFIGURATION_AUTH, ConfigurationAuth } from './configuration-auth';
import { JetonDto } from './dto/connexion.dto';
import { signerJeton, verifierJeton } from './jeton';
import { verifierMotDePasse } from './mot-de-passe';

/** Login with throttling of failed attempts (per account and per IP), and token → user resolution. */
@Injectable()
export class AuthService {
  constructor(
    private readonly comptes: ComptesRepository,
    @Inject(CONFIGURATION_AUTH) private readonly config: ConfigurationAuth,
  ) {}

  async connexion(emailSaisi: string, motDePasse: string, ip: string): Promise<JetonDto> {
    const email = normaliserEmail(emailSaisi);
    const echecs = await this.comptes.compterEchecs(email, ip, this.config.fenetreEchecs);
    if (echecs.compte >= this.config.echecsMaxCompte || echecs.ip >= this.config.echecsMaxIp) {
      // Checked before the password: a locked account cannot be probed further during the window.
      throw new ErreurDomaine('TROP_DE_TENTATIVES', `Trop de tentatives de connexion : réessayez dans ${Math.ceil(this.config.fenetreEchecs / 60)} minutes.`);
    }
    const ligne = await this.comptes.parEmail(email);
    const valide = (await verifierMotDePasse(ligne?.mot_de_passe_hash ?? null, motDePasse)) && ligne?.actif === true;
    if (!ligne || !valide) {
      await this.comptes.noterEchec(email, ip, this.config.fenetreEchecs);
      throw new ErreurDomaine('NON_AUTHENTIFIE', 'Adresse électronique ou mot de passe incorrect.');
    }
    await this.comptes.effacerEchecs(email);
    await this.comptes.noterConnexion(ligne.id);
    const { jeton, expiration } = signerJeton({ id: ligne.id, role: ligne.role }, this.config.secretJeton, this.config.dureeJeton);
    return { jeton, type: 'Bearer', expireLe: expiration.toISOString(), utilisateur: versCompte(ligne) };
  }

  /**
   * The active account behind a bearer token, read from the database (role, territories and deactivation
   * take effect at once, not at token expiry). Null when the token is invalid, expired or the account gone.
   */
  async utilisateurDuJeton(jeton: string): Promise<UtilisateurConnecte | null> {
    const charge = verifierJeton(jeton, this.config.secretJeton);
    if (!charge) return null;
    const ligne = await this.comptes.parId(charge.sub);
    if (!ligne?.actif) return null;
    return versUtilisateurConnecte(ligne);
  }
}
