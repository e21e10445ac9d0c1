import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { PorteeService } from '../../auth/portee.service';
import { UtilisateurConnecte } from '../../common/auth/role';
import { entreeInvalide, ErreurDomaine } from '../../common/erreurs/erreur-domaine';
import { ImportService } from '../../import/import.service';
import { CODES_PARAMETRES, CodeParametre, DEFINITIONS_PARAMETRES, ParametreEffectif, parametresEffectifs } from './parametres-methode';
import { ParametresRepository } from './parametres.repository';

/** The method's parameters of a région (public texts, ARS entries) and the ARS's entries (audited). */
@Injectable()
export class ParametresService {
  private readonly abonnes = new Set<() => void>();

  constructor(
    private readonly repository: ParametresRepository,
    private readonly portee: PorteeService,
    private readonly audit: AuditService,
    private readonly imports: ImportService,
  ) {}

  /** Called after every entry (the units' socles depend on the parameters and QPV populations). */
  suivre(abonne: () => void): void {
    this.abonnes.add(abonne);
  }

  async effectifs(region: string): Promise<ParametreEffectif[]> {
    return parametresEffectifs(region, await this.repository.textes(region), await this.repository.saisies(region));
  }

  async lire(utilisateur: UtilisateurConnecte, region: string) {
    await this.portee.verifierPortee(utilisateur, { type: 'region', code: region });
    return { region, parametres: await this.effectifs(region), historique: await this.repository.saisies(region) };
  }

  /** An ARS planner enters a value the texts do not give (or a newer one), with where it comes from. */
  async saisir(utilisateur: UtilisateurConnecte, dto: { region: string; parametre: string; valeur: number; justification: string }) {
    await this.portee.verifierPortee(utilisateur, { type: 'region', code: dto.region });
    if (!(CODES_PARAMETRES as readonly string[]).includes(dto.parametre))
      throw entreeInvalide(`Paramètre inconnu « ${dto.parametre} » : attendu ${CODES_PARAMETRES.join(', ')}.`, 'parametre', dto.parametre);
    const parametre = dto.parametre as CodeParametre;
    const def = DEFINITIONS_PARAMETRES[parametre];
    const v = dto.valeur;
    if (def.unite === '%' && !(v >= 0 && v <= 100)) throw entreeInvalide('valeur : un pourcentage entre 0 et 100 est attendu.', 'valeur', v);
    if (def.unite === 'APL' && !(v > 0 && v < 20)) throw entreeInvalide('valeur : une APL entre 0 et 20 est attendue.', 'valeur', v);
    if (def.unite === 'oui/non' && v !== 0 && v !== 1) throw entreeInvalide('valeur : 1 (oui) ou 0 (non) est attendu.', 'valeur', v);
    const justification = dto.justification.trim();
    if (justification.length < 10)
      throw new ErreurDomaine('ENTREE_INVALIDE', 'justification : dites d’où vient la valeur (texte, courrier, date), en 10 caractères au moins.', [
        { champ: 'justification', message: '10 caractères au moins' },
      ]);
    const avant = (await this.effectifs(dto.region)).find((p) => p.parametre === parametre);
    await this.imports.enTransaction(async (requete) => {
      const { id } = await this.repository.enregistrerSaisie(requete, { region: dto.region, parametre, valeur: v, justification, auteur: utilisateur.email });
      await this.audit.enregistrer(
        {
          action: 'modification',
          ressource: 'parametre-zonage',
          ressourceId: `${dto.region}:${parametre}:${id}`,
          avant: avant ? { valeur: avant.valeur, statut: avant.statut, provenance: avant.provenance } : null,
          apres: { valeur: v, justification },
          utilisateur,
        },
        requete,
      );
    });
    this.abonnes.forEach((a) => a());
    return this.lire(utilisateur, dto.region);
  }

  /** The ARS enters the INSEE population of a QPV of its région (the shipped list has none). */
  async saisirPopulationQpv(utilisateur: UtilisateurConnecte, code: string, dto: { population: number; source: string }) {
    const qpv = await this.repository.qpvExiste(code);
    if (!qpv) throw new ErreurDomaine('INTROUVABLE', `QPV « ${code} » absent de la liste des QPV 2024 chargée.`);
    for (const region of qpv.regions) await this.portee.verifierPortee(utilisateur, { type: 'region', code: region });
    const avant = await this.repository.populationQpv(code);
    await this.imports.enTransaction(async (requete) => {
      await this.repository.enregistrerPopulationQpv(requete, { code, population: dto.population, source: dto.source.trim(), auteur: utilisateur.email });
      await this.audit.enregistrer(
        {
          action: 'modification',
          ressource: 'population-qpv',
          ressourceId: code,
          avant,
          apres: { population: dto.population, source: dto.source.trim() },
          utilisateur,
        },
        requete,
      );
    });
    this.abonnes.forEach((a) => a());
    return { qpv: code, population: dto.population, source: dto.source.trim() };
  }
}
