import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { PorteeService } from '../auth/portee.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { CONFIGURATION, Configuration } from '../config/configuration';
import { aujourdhuiAParis } from '../aides/regles/dates';
import { EtatCouverture } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { verifierDate } from '../zonage/zonage.service';
import { AidesProjet } from './aides-projet';
import { BesoinZone, FOURNISSEUR_BESOIN, FournisseurBesoinProjet, besoinNonBranche } from './besoin-projet';
import { CreerProjetDto, ModifierProjetDto } from './dto/projet.dto';
import { projetsEnCsv } from './export-csv';
import { nombreDe } from '../common/texte/nombre-de';
import { ficheProjetHtml } from './fiche-html';
import { ImpactProjet, ImpactSimule } from './impact-projet';
import { ModeleVoisinage, lireModeleVoisinage } from './modele-voisinage';
import { CommuneProche, DonneesProjet, PorteeListe, Projet, ProjetsRepository, VoisinProjet } from './projets.repository';
import { StructureVoisine, StructuresVoisines } from './structures-voisines';

/** What the product shows for a project besides its own data: need, simulated impact, aids, neighbours. */
export interface AnalyseProjet {
  besoin: BesoinZone;
  impact: ImpactSimule;
  aides: Awaited<ReturnType<AidesProjet['aides']>>;
  voisins: Voisinage;
}

export interface Voisinage {
  methode: string;
  minutesMax: number;
  projets: VoisinProjet[];
  /**
   * Coverage of the communes within reach by the structures' dataset (MSP/PSP/centres, or CPTS seats for a CPTS):
   * where it is not loaded, the structures are unknown — not absent.
   */
  couverture: EtatCouverture;
  /** Structures within reach; null where their dataset covers none of the communes within reach. */
  structures: StructureVoisine[] | null;
  nombreStructures: number | null;
  /** true: another project or a competing structure is within reach; false: none, and every structure is known; null: unknown. */
  chevauchement: boolean | null;
  alerte: string | null;
  /** What is not known (structures not loaded around the project) and how to load it; null when all is known. */
  avertissement: string | null;
  source: string;
}

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
    private readonly impacts: ImpactProjet,
    private readonly aidesProjet: AidesProjet,
    private readonly structuresVoisines: StructuresVoisines,
    private readonly couverture: CouvertureDonneesService,
    @Inject(CONFIGURATION) config: Configuration,
    @Optional() @Inject(FOURNISSEUR_BESOIN) private readonly besoins: FournisseurBesoinProjet = besoinNonBranche,
  ) {
    this.voisinage = lireModeleVoisinage(config.racineProjet);
  }

  async lister(u: UtilisateurConnecte, filtres: { etape?: string; type?: string }): Promise<Projet[]> {
    return this.repository.lister(porteeListe(u), filtres);
  }

  /** The visible projects with their analysis (need, simulated impact, overlap), one project after the other. */
  async exporterCsv(u: UtilisateurConnecte, filtres: { etape?: string; type?: string }): Promise<string> {
    const projets = await this.lister(u, filtres);
    const analyses = new Map<string, AnalyseProjet>();
    for (const p of projets) analyses.set(p.id, await this.analyser(p));
    return projetsEnCsv(projets, analyses);
  }

  /**
   * The project with what the product shows for it: its zone's need (APL, 2010-circular verdict), the simulated
   * impact of opening it, the aids it is eligible for at `date` (default today), the neighbouring projects and
   * structures within 20 minutes with the overlap warning.
   */
  async detail(u: UtilisateurConnecte, id: string, date?: string): Promise<Projet & AnalyseProjet> {
    const projet = await this.lisible(u, id);
    return { ...projet, ...(await this.analyser(projet, date)) };
  }

  async fiche(u: UtilisateurConnecte, id: string, date?: string): Promise<string> {
    const projet = await this.lisible(u, id);
    return ficheProjetHtml(projet, await this.analyser(projet, date));
  }

  // One part after the other: the embedded database answers one query at a time.
  private async analyser(projet: Projet, date?: string): Promise<AnalyseProjet> {
    const jour = date ?? aujourdhuiAParis();
    verifierDate(jour, 'date');
    const besoin = await this.besoins.besoin(projet.communeCode, projet.communesCouvertes);
    const impact = await this.impacts.impact(projet);
    const population = projet.type === 'cpts' ? await this.repository.populationDesCommunes([projet.communeCode, ...projet.communesCouvertes]) : null;
    const aides = await this.aidesProjet.aides(projet, jour, population);
    const voisins = await this.voisins(projet);
    return { besoin, impact, aides, voisins };
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
    await this.audit.enregistrer({
      action: 'creation',
      ressource: 'projet',
      ressourceId: id,
      avant: null,
      apres: projet,
      territoires: communesDuJournal(projet),
    });
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
    await this.audit.enregistrer({
      action: 'modification',
      ressource: 'projet',
      ressourceId: id,
      avant,
      apres,
      territoires: communesDuJournal(avant, apres),
    });
    return apres;
  }

  async supprimer(u: UtilisateurConnecte, id: string): Promise<void> {
    const avant = await this.modifiable(u, id);
    await this.repository.supprimer(id);
    await this.audit.enregistrer({ action: 'suppression', ressource: 'projet', ressourceId: id, avant, apres: null, territoires: communesDuJournal(avant) });
  }

  /**
   * Projects and structures within 20 minutes; overlap when another project or a competing structure is there. Where
   * the structures' dataset does not cover the communes within reach, the overlap is unknown unless a project is there.
   */
  private async voisins(p: Projet): Promise<Voisinage> {
    const { minutes, facteurDetour, vitesseKmh } = this.voisinage;
    const parTrajet = await this.repository.trajetsDisponibles();
    const projets = parTrajet
      ? await this.repository.voisinsParTrajet(p.id, minutes)
      : await this.repository.voisinsADistance(p.id, minutes, facteurDetour, vitesseKmh);
    const proches: CommuneProche[] = parTrajet
      ? await this.repository.communesProchesParTrajet(p.communeCode, minutes)
      : await this.repository.communesProchesADistance(p.communeCode, minutes, facteurDetour, vitesseKmh);
    const couverture = await this.couverture.etatDeCommunes(p.type === 'cpts' ? 'cpts-sieges' : 'structures', [p.communeCode, ...proches.map((c) => c.code)]);
    const structures = couverture.couvert === false ? null : await this.structuresVoisines.aProximite(p.type, proches);
    const concurrentes = structures?.filter((s) => s.concurrente).length ?? 0;
    const alerte = [
      projets.length ? nombreDe(projets.length, 'autre projet', 'autres projets') : null,
      concurrentes
        ? `${nombreDe(concurrentes, 'structure', 'structures')} ${p.type === 'cpts' ? 'CPTS' : 'de soins de premier recours (MSP, PSP, centres de santé médicaux)'}`
        : null,
    ].filter(Boolean);
    const chevauchement = alerte.length > 0 ? true : couverture.couvert === true ? false : null;
    return {
      methode: parTrajet
        ? 'Temps de trajet approchés du moteur d’accès (distance à vol d’oiseau × détour ÷ vitesse), 0 dans la même commune'
        : `Distance à vol d’oiseau × ${facteurDetour} (détour) ÷ ${vitesseKmh} km/h (modèle du moteur d’accès ; les temps de trajet ne sont pas encore chargés)`,
      minutesMax: minutes,
      projets,
      couverture,
      structures,
      nombreStructures: structures?.length ?? null,
      chevauchement,
      alerte: alerte.length
        ? `${alerte.join(' et ')} à moins de ${minutes} minutes ${projets.length + concurrentes > 1 ? 'desservent' : 'dessert'} la même zone : risque de concurrence pour la même patientèle.`
        : null,
      avertissement:
        couverture.couvert === true
          ? null
          : `${couverture.raison} ${
              couverture.couvert === false
                ? 'Les structures à moins de 20 minutes ne sont pas connues : ne concluez pas à leur absence.'
                : 'Les structures des communes non couvertes ne sont pas comptées.'
            } ${couverture.commentCharger}`,
      source: 'Projets saisis dans Maillage ; structures FINESS (catégories 603, 124, 604), listes de CPTS des ARS et saisies manuelles (module structures)',
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
      throw new ErreurDomaine(
        'ENTREE_INVALIDE',
        `Communes inconnues du COG 2026 : ${inconnues.join(', ')}.`,
        inconnues.map((c) => ({ champ: c === d.communeCode ? 'communeCode' : 'communesCouvertes', valeur: c, message: 'commune inconnue du COG 2026' })),
      );
    }
    if (u.role === 'ars') {
      for (const code of [d.communeCode, ...d.communesCouvertes]) await this.portee.verifierPortee(u, { type: 'commune', code });
    }
    if (d.projetSanteDate && !d.projetSanteValide) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'Une date de projet de santé suppose un projet de santé validé.', [
        { champ: 'projetSanteDate', valeur: d.projetSanteDate, message: 'projetSanteValide doit valoir true' },
      ]);
    }
    if (d.dateLancement && d.dateOuverture && d.dateOuverture < d.dateLancement) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'La date d’ouverture précède la date de lancement.', [
        { champ: 'dateOuverture', valeur: d.dateOuverture, message: 'doit suivre dateLancement' },
      ]);
    }
    const professions = d.professionnels.map((x) => x.profession);
    if (new Set(professions).size !== professions.length) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'Une seule ligne par profession dans professionnels.', [
        { champ: 'professionnels', message: 'profession en double' },
      ]);
    }
  }
}

/**
 * The audit entry of a project is read like the project (by those whose scope holds its commune): before and
 * after a move, both communes.
 */
function communesDuJournal(...etats: Projet[]): UtilisateurConnecte['territoires'] {
  return [...new Set(etats.map((p) => p.communeCode))].map((code) => ({ type: 'commune' as const, code }));
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
