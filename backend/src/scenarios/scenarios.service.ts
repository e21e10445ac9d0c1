import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { normaliserChangements, referencesDesChangements } from './changement-enregistre';
import { CreerScenarioDto, RenommerScenarioDto } from './dto/scenario.dto';
import { ScenarioEnregistre, ScenariosRepository } from './scenarios.repository';

/** Most scenarios one account keeps (a list a person can read, and a bound on what one account stores). */
export const SCENARIOS_PAR_COMPTE_MAX = 100;

/**
 * Simulation scenarios saved by connected accounts. Each account sees, opens and deletes its own only — another
 * account's scenario is « introuvable », never « interdit » (its existence is not disclosed). Writes are audited
 * with the scenario before/after; scenarios are personal, so their entries are read by administrators only.
 */
@Injectable()
export class ScenariosService {
  constructor(
    private readonly repository: ScenariosRepository,
    private readonly audit: AuditService,
  ) {}

  lister(u: UtilisateurConnecte): Promise<ScenarioEnregistre[]> {
    return this.repository.lister(u.id);
  }

  async trouver(u: UtilisateurConnecte, id: string): Promise<ScenarioEnregistre> {
    const scenario = await this.repository.trouver(u.id, id);
    if (!scenario) throw introuvable();
    return scenario;
  }

  async creer(u: UtilisateurConnecte, d: CreerScenarioDto): Promise<ScenarioEnregistre> {
    const { changements, erreurs } = normaliserChangements(d.changements);
    if (erreurs.length) throw new ErreurDomaine('ENTREE_INVALIDE', `Scénario incomplet : ${erreurs.map((e) => e.message).join(' ; ')}.`, erreurs);
    const inconnus = await this.repository.territoiresInconnus(referencesDesChangements(changements));
    if (inconnus.length) {
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `Territoire inconnu dans le scénario : ${inconnus.join(', ')}.`,
        inconnus.map((r) => ({ champ: 'changements', valeur: r, message: `${r} n’est pas un territoire du code officiel géographique 2026` })),
      );
    }
    if ((await this.repository.compter(u.id)) >= SCENARIOS_PAR_COMPTE_MAX) {
      throw new ErreurDomaine('CONFLIT', `Vous avez déjà ${SCENARIOS_PAR_COMPTE_MAX} scénarios enregistrés : supprimez-en un pour en enregistrer un autre.`);
    }
    const scenario = await this.repository.creer(u.id, d.nom, changements);
    if (!scenario) throw nomDejaPris(d.nom);
    await this.audit.enregistrer({ action: 'creation', ressource: 'scenario', ressourceId: scenario.id, avant: null, apres: scenario });
    return scenario;
  }

  /** A new name, with the rule of `creer`: unique among the account's scenarios, whatever the case. */
  async renommer(u: UtilisateurConnecte, id: string, d: RenommerScenarioDto): Promise<ScenarioEnregistre> {
    const avant = await this.trouver(u, id);
    const apres = await this.repository.renommer(u.id, id, d.nom);
    if (!apres) throw (await this.repository.trouver(u.id, id)) ? nomDejaPris(d.nom) : introuvable();
    await this.audit.enregistrer({ action: 'modification', ressource: 'scenario', ressourceId: id, avant, apres });
    return apres;
  }

  async supprimer(u: UtilisateurConnecte, id: string): Promise<void> {
    const avant = await this.trouver(u, id);
    if (!(await this.repository.supprimer(u.id, id))) throw introuvable();
    await this.audit.enregistrer({ action: 'suppression', ressource: 'scenario', ressourceId: id, avant, apres: null });
  }
}

function nomDejaPris(nom: string): ErreurDomaine {
  return new ErreurDomaine('CONFLIT', `Vous avez déjà un scénario nommé « ${nom} » : choisissez un autre nom ou supprimez l’ancien.`, [
    { champ: 'nom', valeur: nom, message: 'nom déjà utilisé par un de vos scénarios' },
  ]);
}

function introuvable(): ErreurDomaine {
  return new ErreurDomaine('INTROUVABLE', 'Scénario introuvable parmi les vôtres.');
}
