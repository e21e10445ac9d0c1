import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { MemoParVersion } from '../common/cache/memo-par-version';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { decoderTexte } from '../common/fichiers/decoder-texte';
import { nombreDe } from '../common/texte/nombre-de';
import { ImportService } from '../import/import.service';
import { EtatCouverture } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { ImportateurZonesRouges } from './importateur-zones-rouges';
import { lireListeTeleversee } from './lecture-zones-rouges';
import { CommuneEtEpci, EpciDeListe, ListeZonesRouges, ZonesRougesRepository } from './zones-rouges.repository';

/**
 * Whether a commune or an EPCI is a zone rouge (a fact for the single window, the cards and the cockpit):
 * `true` when its EPCI is in the list in force; `false` when it is not and the list is complete (or complete for its
 * région); `null` when the list is partial there — with the reason and how to load the complete list.
 */
export interface FaitZoneRouge {
  zoneRouge: boolean | null;
  epci: { siren: string; nom: string } | null;
  /** « juin 2025 » when in the list. */
  depuis: string | null;
  /** Plain French sentence for the card or the criterion. */
  texte: string;
  raison: string | null;
  commentCharger: string | null;
  source: string;
  liste: { id: number; libelle: string; partielle: boolean; nbEpci: number; nbAttendu: number; dateListe: string } | null;
}

/** What the list in force says of the communes of one région, read at once (the cockpit's unit table). */
export interface ZonesRougesRegion {
  /** The list is complete, or complete for this région: a commune not listed is not a zone rouge. */
  complete: boolean;
  /** ISO date of the list; before it no commune is a zone rouge. */
  dateListe: string;
  /** « juin 2025 ». */
  libelleDate: string;
  nbEpci: number;
  nbAttendu: number;
  source: string;
  /** Communes of the région whose EPCI is in the list → EPCI name. */
  communes: ReadonlyMap<string, string>;
  commentCharger: string;
}

const COMMENT_CHARGER =
  'Un compte ARS ou administrateur peut téléverser la liste complète des 151 EPCI (codes SIREN) dans le cockpit de zonage (« Zones rouges »).';
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const moisAnnee = (iso: string) => `${MOIS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

@Injectable()
export class ZonesRougesService implements OnModuleInit, OnModuleDestroy {
  /**
   * What every eligibility request asks (issue 10, load), read without a query per request: the list in force
   * (re-read at most every 2 s: an upload by another process shows within 2 s, here at once), its EPCI once per
   * list, the communes' EPCI once per version of the territories.
   */
  private readonly enVigueur = new VersionMemorisee(async () => ({ liste: await this.repository.active() }));
  private readonly versionTerritoires = new VersionMemorisee(() => this.repository.versionTerritoires());
  private readonly communes = new MemoParVersion<'toutes', ReadonlyMap<string, CommuneEtEpci>>(1);
  private readonly membres = new MemoParVersion<string, ReadonlyMap<string, Pick<EpciDeListe, 'siren' | 'nom' | 'sources' | 'note'>>>(4);
  private desabonner: (() => void) | null = null;

  constructor(
    private readonly repository: ZonesRougesRepository,
    private readonly importateur: ImportateurZonesRouges,
    private readonly audit: AuditService,
    private readonly imports: ImportService,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  onModuleInit(): void {
    // an import or an upload through the « Données » pipeline in this process shows at once
    this.desabonner = this.imports.suivre(() => {
      this.enVigueur.oublier();
      this.versionTerritoires.oublier();
    });
  }

  onModuleDestroy(): void {
    this.desabonner?.();
  }

  /** The list in force with its EPCI (population, région), what is known of its completeness and where it is complete. */
  async liste() {
    const couverture = await this.couverture.etatFrance('zones-rouges');
    const liste = await this.repository.active();
    if (!liste) return { liste: null, epci: [], completude: null, historique: [], couverture };
    const meta = this.importateur.lireMeta();
    return {
      couverture,
      liste: { ...liste, libelleDate: moisAnnee(liste.dateListe) },
      epci: await this.repository.epciDeListe(liste.id),
      completude: liste.partielle
        ? {
            texte: `Liste partielle : ${nombreDe(liste.nbEpci, 'EPCI connu', 'EPCI connus')} sur ${liste.nbAttendu}. ${meta.noteRegionsCompletes}`,
            regionsCompletes: liste.regionsCompletes,
            comptesRegionaux: meta.comptesRegionaux,
          }
        : { texte: `Liste complète (${nombreDe(liste.nbEpci, 'EPCI', 'EPCI')}).`, regionsCompletes: [], comptesRegionaux: [] },
      historique: await this.repository.historique(),
    };
  }

  private contexteListe(l: ListeZonesRouges) {
    return { id: l.id, libelle: l.libelle, partielle: l.partielle, nbEpci: l.nbEpci, nbAttendu: l.nbAttendu, dateListe: l.dateListe };
  }

  /** Id of the list in force (« aucune » without one): keys the aid answer caches, which read `faitCommune`. */
  async versionDonnees(): Promise<string> {
    return String((await this.enVigueur.version()).liste?.id ?? 'aucune');
  }

  /** The list in force for the communes of a région (null when no list is loaded). */
  async region(region: string): Promise<ZonesRougesRegion | null> {
    const l = await this.repository.active();
    if (!l) return null;
    const communes = await this.repository.communesDeRegionDansListe(l.id, region);
    return {
      complete: !l.partielle || l.regionsCompletes.includes(region),
      dateListe: l.dateListe,
      libelleDate: moisAnnee(l.dateListe),
      nbEpci: l.nbEpci,
      nbAttendu: l.nbAttendu,
      source: l.source,
      communes: new Map(communes.map((c) => [c.code, c.nom])),
      commentCharger: COMMENT_CHARGER,
    };
  }

  /** The fact for a commune with the coverage of the list there (complete, partial, not loaded) — the public route. */
  async faitCommuneCouvert(code: string, date?: string): Promise<FaitZoneRouge & { couverture: EtatCouverture }> {
    const fait = await this.faitCommune(code, date);
    return { ...fait, couverture: await this.couverture.etat('zones-rouges', 'commune', code.trim().toUpperCase()) };
  }

  /** The fact for an EPCI with the coverage of the list over its communes — the public route. */
  async faitEpciCouvert(siren: string, date?: string): Promise<FaitZoneRouge & { couverture: EtatCouverture }> {
    const fait = await this.faitEpci(siren, date);
    return { ...fait, couverture: await this.couverture.etat('zones-rouges', 'epci', siren) };
  }

  async faitCommune(code: string, date?: string): Promise<FaitZoneRouge> {
    const communes = await this.communes.lire(
      await this.versionTerritoires.version(),
      'toutes',
      async () => new Map((await this.repository.communesEtEpci()).map((c) => [c.code, c])),
    );
    const commune = communes.get(code.trim().toUpperCase());
    if (!commune) throw introuvable(`Commune « ${code} » introuvable dans le COG 2026.`);
    const epci = commune.siren !== null && commune.nom !== null ? { siren: commune.siren, nom: commune.nom, regions: [commune.region] } : null;
    return this.fait(epci, [commune.region], date);
  }

  async faitEpci(siren: string, date?: string): Promise<FaitZoneRouge> {
    if (!/^\d{9}$/.test(siren)) throw entreeInvalide(`SIREN d’EPCI mal formé « ${siren} » (9 chiffres).`, 'siren', siren);
    const epci = await this.repository.epci(siren);
    if (!epci) throw introuvable(`EPCI « ${siren} » introuvable dans le COG 2026.`);
    return this.fait(epci, epci.regions, date);
  }

  private async fait(epci: { siren: string; nom: string; regions?: string[] } | null, regions: string[], date?: string): Promise<FaitZoneRouge> {
    const l = (await this.enVigueur.version()).liste;
    if (!l)
      return {
        zoneRouge: null,
        epci,
        depuis: null,
        texte: 'Liste des zones rouges non chargée.',
        raison: 'Aucune liste chargée.',
        commentCharger: COMMENT_CHARGER,
        source: '',
        liste: null,
      };
    const base = { epci: epci ? { siren: epci.siren, nom: epci.nom } : null, source: l.source, liste: this.contexteListe(l) };
    if (date && date < l.dateListe)
      return {
        ...base,
        zoneRouge: false,
        depuis: null,
        texte: `Pas de zone rouge avant ${moisAnnee(l.dateListe)} (date de la liste).`,
        raison: null,
        commentCharger: null,
      };
    const dedans = epci ? ((await this.membresDe(l)).get(epci.siren) ?? null) : null;
    if (dedans)
      return {
        ...base,
        zoneRouge: true,
        depuis: moisAnnee(l.dateListe),
        texte: `Zone rouge depuis ${moisAnnee(l.dateListe)} (${epci!.nom}).`,
        raison: null,
        commentCharger: null,
        source: dedans.sources.length ? `${l.source} — ${dedans.sources.join(' ; ')}` : l.source,
      };
    const complete = !l.partielle || regions.every((r) => l.regionsCompletes.includes(r));
    if (complete)
      return {
        ...base,
        zoneRouge: false,
        depuis: null,
        texte: epci ? `${epci.nom} ne figure pas dans la liste des zones rouges.` : 'Commune hors intercommunalité : pas dans la liste des zones rouges.',
        raison: null,
        commentCharger: null,
      };
    return {
      ...base,
      zoneRouge: null,
      depuis: null,
      texte: `Zone rouge : inconnu — la liste chargée est partielle (${l.nbEpci} EPCI sur ${l.nbAttendu}) et incomplète pour cette région.`,
      raison: `Liste partielle : ${epci ? `${epci.nom} n’y figure pas, mais` : ''} la liste complète des ${l.nbAttendu} EPCI n’est pas chargée pour cette région.`,
      commentCharger: COMMENT_CHARGER,
    };
  }

  private membresDe(l: ListeZonesRouges) {
    return this.membres.lire('listes', `${l.id}@${l.creeLe}`, async () => new Map((await this.repository.membres(l.id)).map((e) => [e.siren, e])));
  }

  /** Replaces the list in force by an uploaded complete list of EPCI SIREN codes (validated against the COG 2026, audited). */
  async televerser(utilisateur: UtilisateurConnecte, contenu: Buffer, nomFichier: string, dto: { dateListe?: string; source?: string }) {
    const { texte } = decoderTexte(contenu, nomFichier);
    const epci = lireListeTeleversee(texte, nomFichier, await this.repository.epciConnus());
    const meta = this.importateur.lireMeta();
    const dateListe = dto.dateListe ?? meta.dateListe;
    const avant = await this.repository.active();
    const partielle = epci.length < meta.nbAttendu;
    if (epci.length > meta.nbAttendu)
      throw new ErreurDomaine('FICHIER_INVALIDE', `« ${nomFichier} » : ${epci.length} EPCI, plus que les ${meta.nbAttendu} de la liste de juin 2025.`);
    const id = await this.imports.enTransaction(async (requete) => {
      const id = await this.repository.enregistrer(
        requete,
        {
          libelle: meta.libelle,
          dateListe,
          nbAttendu: meta.nbAttendu,
          partielle,
          regionsCompletes: [],
          source: dto.source?.trim() || `Liste téléversée par ${utilisateur.email} (fichier « ${nomFichier} »)`,
          origine: 'televerse',
          jeu: null,
          fichier: nomFichier,
          auteur: utilisateur.email,
        },
        epci,
      );
      await this.audit.enregistrer(
        {
          action: 'creation',
          ressource: 'zones-rouges',
          ressourceId: String(id),
          avant: avant ? { id: avant.id, nbEpci: avant.nbEpci } : null,
          apres: { fichier: nomFichier, nbEpci: epci.length, partielle },
          utilisateur,
        },
        requete,
      );
      return id;
    });
    this.enVigueur.oublier();
    return { id, nbEpci: epci.length, partielle, ...(await this.liste()) };
  }
}
