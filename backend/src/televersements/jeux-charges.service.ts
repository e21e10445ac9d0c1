import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { ImportService } from '../import/import.service';
import { RegistreImports } from '../import/registre-imports';
import { requeteurDe } from '../import/requeteur';
import { TerritoireCouvert, VersionJeu, VersionsJeuRepository } from '../import/versions-jeu.repository';
import { decrirePerimetre, LigneCouverture, NomsTerritoires } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesRepository } from '../jeux-de-donnees/couverture-donnees.repository';
import { estTheme, THEMES_DONNEES } from '../jeux-de-donnees/themes-donnees';
import { ChaineTeleversementService } from './chaine-televersement.service';
import { departementsDesPerimetres, limiteDuCompte } from './couverture-deduite';
import { RegistreTeleversements } from './registre-televersements';

/** Coverage of a dataset for one theme, as the screen shows it. */
export interface CouvertureAffichee {
  theme: string;
  libelle: string;
  perimetre: string;
}

export interface JeuCharge {
  jeu: string;
  libelle: string;
  source: string;
  millesime: string;
  origine: 'livre' | 'televerse' | 'cockpit';
  couverture: CouvertureAffichee[];
  importeLe: string;
  importePar: string | null;
  fichier: string | null;
  /** Versions recorded for this dataset (shipped loads and uploads). */
  versions: number;
}

export interface VersionAffichee {
  id: number;
  jeu: string;
  origine: 'livre' | 'televerse' | 'cockpit';
  libelle: string;
  source: string;
  millesime: string;
  couverture: string;
  fichier: string | null;
  lignes: number;
  ecartees: number;
  bilan: Record<string, unknown>;
  statut: 'en_place' | 'retiree';
  importeLe: string;
  importePar: string | null;
  retireeLe: string | null;
  retireePar: string | null;
  /** Whether « Revenir à la version précédente » is offered for it (most recent uploaded version in place). */
  retourPossible: boolean;
}

/**
 * The loaded datasets (shipped and uploaded), their versions, and the rollback of the most recent upload
 * (audited): the rows it replaced and the coverage before it are restored in one transaction.
 */
@Injectable()
export class JeuxChargesService {
  private readonly requete;

  constructor(
    dataSource: DataSource,
    private readonly versions: VersionsJeuRepository,
    private readonly couverture: CouvertureDonneesRepository,
    private readonly registreImports: RegistreImports,
    private readonly registre: RegistreTeleversements,
    private readonly imports: ImportService,
    private readonly chaine: ChaineTeleversementService,
    private readonly audit: AuditService,
  ) {
    this.requete = requeteurDe(dataSource);
  }

  async jeux(): Promise<JeuCharge[]> {
    const livres = await this.requete<{ code: string; source: string; millesime: string; importeLe: string }>(
      `SELECT code, source, millesime, importe_le AS "importeLe" FROM jeu_de_donnees ORDER BY code`,
    );
    const derniers = new Map((await this.versions.derniereDeChaqueJeu()).map((v) => [v.jeu, v]));
    const lignes = await this.couverture.lignes();
    const noms = await this.couverture.noms();
    const codes = [...new Set([...livres.map((l) => l.code), ...derniers.keys()])].sort();
    return codes.map((code) => {
      const v = derniers.get(code);
      const livre = livres.find((l) => l.code === code);
      const televerse = v && v.origine !== 'livre' ? v : null;
      return {
        jeu: code,
        libelle: this.libelleJeu(code, v),
        source: televerse?.source ?? livre?.source ?? v?.source ?? '',
        millesime: televerse?.millesime ?? livre?.millesime ?? v?.millesime ?? '',
        origine: televerse?.origine ?? 'livre',
        couverture: couvertureDe(code, lignes, noms),
        importeLe: televerse?.importeLe ?? livre?.importeLe ?? v?.importeLe ?? '',
        importePar: televerse?.auteurEmail ?? null,
        fichier: televerse?.fichier ?? null,
        versions: (v as { versions?: number } | undefined)?.versions ?? 1,
      };
    });
  }

  async versionsDuJeu(jeu: string): Promise<VersionAffichee[]> {
    const liste = await this.versions.duJeu(jeu);
    if (!liste.length && !(await this.requete(`SELECT 1 FROM jeu_de_donnees WHERE code = $1`, [jeu])).length) {
      throw introuvable(`Jeu de données « ${jeu} » introuvable.`);
    }
    const noms = await this.couverture.noms();
    const derniere = liste.find((v) => v.statut === 'en_place');
    return liste.map((v) => ({
      id: v.id,
      jeu: v.jeu,
      origine: v.origine,
      libelle: v.libelle,
      source: v.source,
      millesime: v.millesime,
      couverture: perimetreVersion(v.couverture, noms),
      fichier: v.fichier,
      lignes: v.lignes,
      ecartees: v.ecartees,
      bilan: v.bilan,
      statut: v.statut,
      importeLe: v.importeLe,
      importePar: v.auteurEmail,
      retireeLe: v.retireeLe,
      retireePar: v.retireePar,
      retourPossible:
        v.id === derniere?.id && v.origine !== 'livre' && !!v.typeFichier && !!this.registre.tous().find((t) => t.code === v.typeFichier)?.retablir,
    }));
  }

  /** Undoes the most recent uploaded version of its dataset: the state before it comes back. */
  async retablir(id: number, utilisateur: UtilisateurConnecte, motif: string | null): Promise<VersionAffichee[]> {
    const v = await this.versions.trouver(id);
    if (!v) throw introuvable(`Version ${id} introuvable.`);
    if (v.statut === 'retiree') throw new ErreurDomaine('CONFLIT', `La version ${id} a déjà été retirée.`);
    if (v.origine === 'livre' || !v.typeFichier) {
      throw new ErreurDomaine(
        'CONFLIT',
        'Une version livrée avec l’application ne se retire pas : chargez un fichier plus récent ou relancez « npm run import ».',
      );
    }
    const type = this.registre.type(v.typeFichier);
    if (!type.retablir) throw new ErreurDomaine('CONFLIT', `Le retour arrière n’est pas disponible pour ce type de fichier (${type.libelle}).`);
    this.verifierPortee(v, utilisateur);
    await this.imports.enTransaction(async (requete) => {
      const derniere = await this.versions.derniereEnPlace(v.jeu, requete);
      if (derniere?.id !== v.id) {
        throw new ErreurDomaine(
          'CONFLIT',
          `Seule la version la plus récente de ce jeu peut être retirée (version ${derniere?.id ?? '?'} du ${String(derniere?.importeLe ?? '').slice(0, 10)}).`,
        );
      }
      const restauration = (v.restauration ?? {}) as {
        type?: Record<string, unknown>;
        couverture?: (LigneCouverture & { theme: string })[];
        themes?: string[];
      };
      await type.retablir!({ versionId: v.id, restauration: restauration.type ?? null, couverture: [], requete });
      await this.couverture.restaurer(requete, v.jeu, restauration.themes ?? [], restauration.couverture ?? []);
      await this.versions.retirer(requete, v.id, utilisateur.email);
      await this.audit.enregistrer(
        {
          action: 'suppression',
          ressource: 'version-jeu',
          ressourceId: String(v.id),
          avant: { jeu: v.jeu, fichier: v.fichier, statut: 'en_place', couverture: v.couverture, importePar: v.auteurEmail },
          apres: { statut: 'retiree', motif },
          utilisateur,
        },
        requete,
      );
    });
    this.chaine.apresChangement();
    return this.versionsDuJeu(v.jeu);
  }

  private verifierPortee(v: VersionJeu, utilisateur: UtilisateurConnecte): void {
    const limite = limiteDuCompte(utilisateur);
    if (!limite) return;
    const cibles = departementsDesPerimetres(v.couverture.map((c) => (c.niveau === 'national' ? { niveau: 'national' } : { niveau: c.niveau, code: c.code! })));
    const permis = new Set(
      departementsDesPerimetres([
        ...limite.regions.map((code) => ({ niveau: 'region' as const, code })),
        ...limite.departements.map((code) => ({ niveau: 'departement' as const, code })),
      ]),
    );
    if (!cibles.every((d) => permis.has(d))) {
      throw new ErreurDomaine('INTERDIT', 'Cette version couvre des territoires hors de votre périmètre : seul un administrateur peut la retirer.');
    }
  }

  private libelleJeu(code: string, v: VersionJeu | undefined): string {
    const livre = this.registreImports.codes().includes(code) ? this.registreImports.ordonner([code]).at(-1)?.libelle : undefined;
    return livre ?? (v?.typeFichier ? this.registre.tous().find((t) => t.code === v.typeFichier)?.libelle : undefined) ?? v?.libelle ?? code;
  }
}

/** The family's coverage rows (shipped `code` and uploads `code:v<id>`), described per theme. */
function couvertureDe(code: string, lignes: (LigneCouverture & { theme: string })[], noms: NomsTerritoires): CouvertureAffichee[] {
  const famille = lignes.filter((l) => l.jeu === code || l.jeu.startsWith(`${code}:v`));
  const themes = [...new Set(famille.map((l) => l.theme))];
  return themes.map((theme) => {
    const duTheme = famille.filter((l) => l.theme === theme);
    // versions of different vintages side by side (a 2024 APL workbook for one département beside the national 2023
    // one): each vintage says its own territory, never the union under the newest vintage's name
    const millesimes = [...new Set(duTheme.map((l) => l.millesime))].sort();
    const perimetre =
      millesimes.length > 1
        ? millesimes
            .map(
              (m) =>
                `${m} : ${decrirePerimetre(
                  duTheme.filter((l) => l.millesime === m),
                  noms,
                )}`,
            )
            .join(' ; ')
        : decrirePerimetre(duTheme, noms);
    return { theme, libelle: estTheme(theme) ? THEMES_DONNEES[theme].libelle : theme, perimetre };
  });
}

function perimetreVersion(couverture: TerritoireCouvert[], noms: NomsTerritoires): string {
  if (!couverture.length) return 'sans couverture déclarée';
  const premierTheme = couverture[0].theme;
  return decrirePerimetre(
    couverture
      .filter((c) => c.theme === premierTheme)
      .map((c) => ({ niveau: c.niveau, code: c.code ?? '', jeu: '', millesime: '', complet: true, note: null })),
    noms,
  );
}
