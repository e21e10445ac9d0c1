import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PorteeService } from '../auth/portee.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { FOURNISSEUR_BESOIN, FournisseurBesoinProjet, besoinNonBranche } from './besoin-projet';
import { CreerProjetDto, ModifierProjetDto } from './dto/projet.dto';
import { projetsEnCsv } from './export-csv';
import { ficheProjetHtml } from './fiche-html';
import { ModeleVoisinage, lireModeleVoisinage } from './modele-voisinage';
import { DonneesProjet, PorteeListe, Projet, ProjetsRepository, VoisinProjet } from './projets.repository';

/**
 * Projects and who may touch them:
 * - porteur: creates projects (owned), reads and changes its own only;
 * - elu: reads the projects of its territories;
 * - ars: reads and changes the projects of its région(s);
 * - admin: everything.
 */
@Injectable()
export class ProjetsService {
  private readonly voisinage: ModeleVoisinage;

  constructor(
    private readonly repository: ProjetsRepository,
    private readonly portee: PorteeService,
    private readonly audit: AuditService,
    @Inject(CONFIGURATION) config: Configuration,
    @Optional() @Inject(FOURNISSEUR_BESOIN) private readonly besoins: FournisseurBesoinProjet = besoinNonBranche,
  ) {
    this.voisinage = lireModeleVoisinage(config.racineProjet);
  }

  async lister(u: UtilisateurConnecte, filtres: { etape?: string; type?: string }): Promise<Projet[]> {
    return this.repository.lister(porteeListe(u), filtres);
  }

  async exporterCsv(u: UtilisateurConnecte, filtres: { etape?: string; type?: string }): Promise<string> {
    return projetsEnCsv(await this.lister(u, filtres));
  }

  /** The project with its zone's need and the neighbouring projects (overlap warning within 20 minutes). */
  async detail(u: UtilisateurConnecte, id: string) {
    const projet = await this.lisible(u, id);
    const [voisins, besoin] = await Promise.all([this.voisins(id), this.besoins.besoin(projet.communeCode)]);
    return {
      ...projet,
      besoin,
      voisins: { ...voisins, chevauchement: voisins.projets.length > 0 },
    };
  }

  async fiche(u: UtilisateurConnecte, id: string): Promise<string> {
    const projet = await this.lisible(u, id);
    const voisins = await this.voisins(id);
    return ficheProjetHtml(projet, voisins.projets, await this.besoins.besoin(projet.communeCode));
  }

  async creer(u: UtilisateurConnecte, d: CreerProjetDto): Promise<Projet> {
    const donnees: DonneesProjet = {
      nom: d.nom.trim(),
      type: d.type,
      etape: d.etape ?? 'idee',
      communeCode: d.communeCode.toUpperCase(),
      communesCouvertes: (d.communesCouvertes ?? []).map((c) => c.toUpperCase()),
      sites: d.sites ?? [],
      porteurType: d.porteurType,
      porteurNom: d.porteurNom.trim(),
      professionnels: d.professionnels ?? [],
      projetSanteValide: d.projetSanteValide ?? false,
      projetSanteDate: d.projetSanteDate ?? null,
      formeJuridique: d.formeJuridique ?? null,
      planFinancement: d.planFinancement ?? [],
      dateLancement: d.dateLancement ?? null,
      dateOuverturePrevue: d.dateOuverturePrevue ?? null,
      dateOuverture: d.dateOuverture ?? null,
      documents: d.documents ?? [],
      proprietaireId: u.role === 'porteur' ? u.id : null,
    };
    await this.verifier(u, donnees);
    const id = randomUUID();
    await this.repository.creer(id, donnees);
    const projet = (await this.repository.trouver(id))!;
    await this.audit.enregistrer({ action: 'creation', ressource: 'projet', ressourceId: id, avant: null, apres: projet });
    return projet;
  }

  async modifier(u: UtilisateurConnecte, id: string, d: ModifierProjetDto): Promise<Projet> {
    const avant = await this.modifiable(u, id);
    const definis = Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Partial<DonneesProjet>;
    const donnees: DonneesProjet = { ...donneesDe(avant), ...definis };
    donnees.communeCode = donnees.communeCode.toUpperCase();
    donnees.communesCouvertes = donnees.communesCouvertes.map((c) => c.toUpperCase());
    await this.verifier(u, donnees);
    await this.repository.modifier(id, donnees);
    const apres = (await this.repository.trouver(id))!;
    await this.audit.enregistrer({ action: 'modification', ressource: 'projet', ressourceId: id, avant, apres });
    return apres;
  }

  async supprimer(u: UtilisateurConnecte, id: string): Promise<void> {
    const avant = await this.modifiable(u, id);
    await this.repository.supprimer(id);
    await this.audit.enregistrer({ action: 'suppression', ressource: 'projet', ressourceId: id, avant, apres: null });
  }

  private async voisins(id: string): Promise<{ methode: string; minutesMax: number; projets: VoisinProjet[] }> {
    const { minutes, facteurDetour, vitesseKmh } = this.voisinage;
    if (await this.repository.trajetsDisponibles()) {
      return { methode: 'Temps de trajet du moteur d’accès (table trajet)', minutesMax: minutes, projets: await this.repository.voisinsParTrajet(id, minutes) };
    }
    return {
      methode: `Distance à vol d’oiseau × ${facteurDetour} (détour) ÷ ${vitesseKmh} km/h (modèle du moteur d’accès, table trajet absente)`,
      minutesMax: minutes,
      projets: await this.repository.voisinsADistance(id, minutes, facteurDetour, vitesseKmh),
    };
  }

  private async exiger(id: string): Promise<Projet> {
    const projet = await this.repository.trouver(id);
    if (!projet) throw introuvable(`Projet « ${id} » introuvable.`);
    return projet;
  }

  private async lisible(u: UtilisateurConnecte, id: string): Promise<Projet> {
    const projet = await this.exiger(id);
    if (u.role === 'porteur') {
      if (projet.proprietaireId !== u.id) throw interdit('Ce projet n’est pas le vôtre.');
    } else {
      await this.portee.verifierPortee(u, { type: 'commune', code: projet.communeCode });
    }
    return projet;
  }

  private async modifiable(u: UtilisateurConnecte, id: string): Promise<Projet> {
    if (u.role === 'elu') throw interdit('Les élus consultent les projets de leur territoire sans les modifier.');
    return this.lisible(u, id);
  }

  /** Communes exist; ARS planners act within their région; dates and health project are consistent. */
  private async verifier(u: UtilisateurConnecte, d: DonneesProjet): Promise<void> {
    if (u.role === 'elu') throw interdit('Les élus consultent les projets de leur territoire sans les créer.');
    const inconnues = await this.repository.communesInconnues([d.communeCode, ...d.communesCouvertes]);
    if (inconnues.length) {
      throw new ErreurDomaine('ENTREE_INVALIDE', `Communes inconnues du COG 2026 : ${inconnues.join(', ')}.`, inconnues.map((c) => ({ champ: c === d.communeCode ? 'communeCode' : 'communesCouvertes', valeur: c, message: 'commune inconnue du COG 2026' })));
    }
    if (u.role === 'ars') {
      for (const code of [d.communeCode, ...d.communesCouvertes]) await this.portee.verifierPortee(u, { type: 'commune', code });
    }
    if (d.projetSanteDate && !d.projetSanteValide) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'Une date de projet de santé suppose un projet de santé validé.', [{ champ: 'projetSanteDate', valeur: d.projetSanteDate, message: 'projetSanteValide doit valoir true' }]);
    }
    if (d.dateLancement && d.dateOuverture && d.dateOuverture < d.dateLancement) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'La date d’ouverture précède la date de lancement.', [{ champ: 'dateOuverture', valeur: d.dateOuverture, message: 'doit suivre dateLancement' }]);
    }
    const professions = d.professionnels.map((x) => x.profession);
    if (new Set(professions).size !== professions.length) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'Une seule ligne par profession dans professionnels.', [{ champ: 'professionnels', message: 'profession en double' }]);
    }
  }
}

function interdit(message: string): ErreurDomaine {
  return new ErreurDomaine('INTERDIT', message);
}

function porteeListe(u: UtilisateurConnecte): PorteeListe {
  if (u.role === 'admin') return { proprietaireId: null, territoires: null };
  if (u.role === 'porteur') return { proprietaireId: u.id, territoires: null };
  return { proprietaireId: null, territoires: u.territoires };
}

function donneesDe(p: Projet): DonneesProjet {
  const { id: _id, communeNom: _n, departementCode: _d, regionCode: _r, creeLe: _c, modifieLe: _m, ...donnees } = p;
  return donnees;
}
