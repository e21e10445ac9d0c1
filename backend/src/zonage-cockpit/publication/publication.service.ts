import { Injectable } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { UtilisateurConnecte } from '../../common/auth/role';
import { CorrespondanceCog } from '../../common/cog/correspondance-cog';
import { ErreurDomaine, entreeInvalide } from '../../common/erreurs/erreur-domaine';
import { ImportService } from '../../import/import.service';
import { Requeteur } from '../../import/importateur';
import { chargerZonageCommunal } from '../../zonage/chargement-zonage';
import { classesParCommune, LigneClasseSource } from '../../zonage/classes-par-commune';
import { NouvelleVersion, ZonageRepository } from '../../zonage/zonage.repository';
import { ZonageService, verifierDate } from '../../zonage/zonage.service';
import { BrouillonsRepository } from '../brouillons/brouillons.repository';
import { BrouillonsService } from '../brouillons/brouillons.service';
import { jaugesDe } from '../brouillons/decisions';
import { arrondissementsParVille } from '../unites/arrondissements-plm';
import { Socle } from '../unites/socle';
import { controler } from './controles';
import { PublicationRepository } from './publication.repository';

export interface DemandePublication {
  arrete: string;
  dateArrete: string;
  debut: string;
  fin: string;
  lienArrete?: string;
}

const RESSOURCE = 'brouillon-zonage';

/** `debut` + two years, the latest end of a version published from the cockpit (arrêté du 9 mai 2025, ADR 0004). */
function deuxAnsApres(debut: string): string {
  const [a, m, j] = debut.split('-').map(Number);
  const d = new Date(Date.UTC(a + 2, m - 1, j));
  return d.toISOString().slice(0, 10);
}

/** The commune lines of the version: each commune (or arrondissement) takes its unit's class; PLM cities also per arrondissement. */
export function lignesVersion(socle: Socle, classeUnite: (code: string) => string): LigneClasseSource[] {
  const lignes: LigneClasseSource[] = [];
  const listees = new Set(socle.communes.map((c) => c.code));
  const arrondissements = arrondissementsParVille();
  let n = 1;
  for (const c of socle.communes) {
    const classe = classeUnite(c.unite);
    lignes.push({ ligne: n++, code: c.code, valeur: classe });
    // A city zoned as one unit: its arrondissements carry the same class (they are answered one by one).
    for (const a of arrondissements.get(c.code) ?? []) if (!listees.has(a.code)) lignes.push({ ligne: n++, code: a.code, valeur: classe });
  }
  return lignes;
}

/** Validation and publication of a draft as a new zonage médecins version of its région (origine `cockpit`). */
@Injectable()
export class PublicationService {
  constructor(
    private readonly brouillons: BrouillonsService,
    private readonly brouillonsRepository: BrouillonsRepository,
    private readonly repository: PublicationRepository,
    private readonly zonageRepository: ZonageRepository,
    private readonly zonage: ZonageService,
    private readonly audit: AuditService,
    private readonly imports: ImportService,
  ) {}

  async controles(utilisateur: UtilisateurConnecte, id: string) {
    const meta = await this.brouillons.charger(utilisateur, id);
    const socle = await this.brouillons.socleDe(meta);
    const d = await this.brouillons.decisions(id);
    const controles = controler(socle, d.unites, jaugesDe(socle, d.unites, d.qpv));
    return { meta, socle, decisions: d, controles, valide: !controles.some((c) => c.niveau === 'bloquant') };
  }

  /** Validates the draft when no check blocks (status `valide`, audited); a later edit puts it back to `brouillon`. */
  async valider(utilisateur: UtilisateurConnecte, id: string) {
    const { meta, controles, valide } = await this.controles(utilisateur, id);
    if (meta.statut === 'publie') throw new ErreurDomaine('CONFLIT', 'Ce brouillon est déjà publié.');
    if (!valide)
      throw new ErreurDomaine(
        'CONFLIT',
        `Validation impossible : ${controles
          .filter((c) => c.niveau === 'bloquant')
          .map((c) => c.message)
          .join(' ')}`,
        controles.filter((c) => c.niveau === 'bloquant').map((c) => ({ champ: c.code, message: c.message })),
      );
    await this.imports.enTransaction(async (requete) => {
      await this.brouillonsRepository.changerStatut(requete, id, 'valide');
      await this.audit.enregistrer(
        { action: 'modification', ressource: RESSOURCE, ressourceId: id, avant: { statut: meta.statut }, apres: { statut: 'valide', controles }, utilisateur },
        requete,
      );
    });
    return { statut: 'valide', controles };
  }

  /**
   * Publishes a validated draft as the région's zonage médecins version from `debut` to `fin` (at most two years): one
   * transaction writes the version (a version of the same ARS starting the same day is replaced), closes the région's
   * open version the day before, writes the QPV classes as a QPV-level version, marks the draft published and audits it.
   */
  async publier(utilisateur: UtilisateurConnecte, id: string, dto: DemandePublication) {
    for (const [champ, d] of [
      ['dateArrete', dto.dateArrete],
      ['debut', dto.debut],
      ['fin', dto.fin],
    ] as const)
      verifierDate(d, champ);
    if (dto.fin < dto.debut) throw entreeInvalide('fin doit être postérieure ou égale à debut.', 'fin', dto.fin);
    const maximum = deuxAnsApres(dto.debut);
    if (dto.fin > maximum)
      throw entreeInvalide(`fin : au plus deux ans après le début, soit le ${maximum.split('-').reverse().join('/')} au plus tard.`, 'fin', dto.fin);
    const { meta, socle, decisions, controles, valide } = await this.controles(utilisateur, id);
    if (meta.statut === 'publie') throw new ErreurDomaine('CONFLIT', 'Ce brouillon est déjà publié.', [{ champ: 'statut', message: 'déjà publié' }]);
    if (meta.statut !== 'valide' || !valide)
      throw new ErreurDomaine('CONFLIT', 'Validez le brouillon avant de le publier (contrôles des jauges et des unités).', [
        { champ: 'statut', valeur: meta.statut, message: 'validation requise' },
      ]);
    const libelle = `Zonage médecins ${socle.regionNom} — arrêté ${dto.arrete.trim()}`;
    const source = `Arrêté ${dto.arrete.trim()} du ${dto.dateArrete.split('-').reverse().join('/')} de l’ARS ${socle.regionNom}, publié depuis le cockpit de zonage par ${utilisateur.email} (brouillon « ${meta.libelle} », unité : ${socle.uniteLibelle}, APL ${socle.anneeApl})`;
    const version: NouvelleVersion = {
      profession: 'medecin',
      niveau: 'commune',
      libelle,
      region: meta.region,
      arrete: dto.arrete.trim(),
      dateArrete: dto.dateArrete,
      debut: dto.debut,
      debutConnu: true,
      fin: dto.fin,
      source,
      lienArrete: dto.lienArrete?.trim() || null,
      origine: 'cockpit',
      auteur: utilisateur.email,
      jeu: null,
    };
    const lignes = lignesVersion(socle, (u) => decisions.unites.get(u)?.classe ?? 'HZ');
    const qpvClasses = [...decisions.qpv].filter(([, c]) => c === 'ZIP' || c === 'ZAC');
    const resultat = await this.imports.enTransaction(async (requete) => {
      const { versionId, versionsCloses, remplacee } = await this.ecrireVersion(requete, version, lignes, meta.libelle);
      let versionQpvId: number | null = null;
      if (qpvClasses.length) {
        const vQpv: NouvelleVersion = { ...version, niveau: 'qpv', libelle: `${libelle} (QPV)` };
        versionQpvId = await this.repository.versionDuMemeJour(requete, meta.region, 'qpv', dto.debut);
        if (versionQpvId)
          await this.repository.remplacerMetadonnees(requete, versionQpvId, {
            ...vQpv,
            arrete: vQpv.arrete!,
            dateArrete: dto.dateArrete,
            fin: dto.fin,
            lienArrete: vQpv.lienArrete ?? null,
            auteur: utilisateur.email,
          });
        else versionQpvId = await this.zonageRepository.creerVersion(requete, vQpv);
        await this.zonageRepository.clorePrecedentes(requete, vQpv, versionQpvId);
        const parCode = new Map(socle.qpv.map((q) => [q.code, q]));
        await this.zonageRepository.enregistrerZonageQpv(
          requete,
          versionQpvId,
          qpvClasses.map(([code, classe]) => ({
            qpv_code: code,
            qpv_nom: parCode.get(code)?.nom ?? code,
            classe,
            communes: parCode.get(code)?.communes ?? [],
          })),
        );
      }
      const publication = { ...dto, versionId, versionQpvId, versionsCloses, remplacee, publieLe: new Date().toISOString(), publiePar: utilisateur.email };
      await this.brouillonsRepository.marquerPublie(requete, id, versionId, versionQpvId, publication);
      await this.audit.enregistrer(
        { action: 'creation', ressource: 'version-zonage', ressourceId: String(versionId), apres: { brouillon: id, ...publication, controles }, utilisateur },
        requete,
      );
      return publication;
    });
    this.zonage.versionEcrite();
    return { ...resultat, version: (await this.zonage.versions('medecin')).find((v) => v.id === resultat.versionId) ?? null };
  }

  private async ecrireVersion(requete: Requeteur, version: NouvelleVersion, lignes: LigneClasseSource[], nomBrouillon: string) {
    const existante = await this.repository.versionDuMemeJour(requete, version.region!, 'commune', version.debut);
    if (!existante) {
      const bilan = await chargerZonageCommunal(this.zonageRepository, requete, version, lignes, `brouillon « ${nomBrouillon} »`, { clore: true });
      return { versionId: bilan.versionId, versionsCloses: bilan.versionsCloses, remplacee: false };
    }
    await this.repository.remplacerMetadonnees(requete, existante, {
      libelle: version.libelle,
      arrete: version.arrete!,
      dateArrete: version.dateArrete!,
      fin: version.fin!,
      source: version.source,
      lienArrete: version.lienArrete ?? null,
      auteur: version.auteur!,
    });
    const cog = CorrespondanceCog.referentiel();
    const r = classesParCommune('medecin', lignes, cog);
    await this.zonageRepository.enregistrerClasses(
      requete,
      existante,
      r.valeurs.map((v) => ({ ...v, region_code: cog.trouver(v.commune_code)?.commune.region ?? null })).filter((v) => v.region_code === version.region),
    );
    const versionsCloses = await this.zonageRepository.clorePrecedentes(requete, version, existante);
    return { versionId: existante, versionsCloses, remplacee: true };
  }
}
