import { Injectable } from '@nestjs/common';
import { ErreurDomaine, entreeInvalide, introuvable } from '../../common/erreurs/erreur-domaine';
import { ZonageService } from '../../zonage/zonage.service';
import { ZonesRougesService } from '../../zones-rouges/zones-rouges.service';
import { ParametresService } from '../methode/parametres.service';
import { CompositionsRepository } from './compositions.repository';
import { construireSocle } from './construire-socle';
import { Socle } from './socle';
import { UnitesRepository } from './unites.repository';

export interface CleSocle {
  region: string;
  unite: 'bassin_de_vie' | 'tvs';
  compositionId: number | null;
  anneeApl: number;
  dateReference: string;
}

/** Socles kept in memory (a région's socle is ~0.1–1 MB): the most recently used ones. */
const SOCLES_MAX = 24;
/** The data version is re-read at most this often (a PATCH must not pay a version query). */
const VERIFICATION_MS = 2000;

/**
 * The units of a région with everything a draft needs (APL, category, lock, classes in force, indicators, QPV),
 * computed once per région, unit, APL vintage and reference date, and kept in memory until the data change.
 */
@Injectable()
export class UnitesService {
  private readonly socles = new Map<string, { version: string; socle: Socle }>();
  private version: { valeur: string; lueLe: number } | null = null;

  constructor(
    private readonly repository: UnitesRepository,
    private readonly compositions: CompositionsRepository,
    private readonly parametres: ParametresService,
    private readonly zonage: ZonageService,
    private readonly zonesRouges: ZonesRougesService,
  ) {
    this.parametres.suivre(() => this.oublier());
  }

  /** Forgets the data version (after a write in this process that changes units: parameter, QPV population, TVS). */
  oublier(): void {
    this.version = null;
  }

  private async versionDonnees(): Promise<string> {
    if (this.version && Date.now() - this.version.lueLe < VERIFICATION_MS) return this.version.valeur;
    this.version = { valeur: await this.repository.versionDonnees(), lueLe: Date.now() };
    return this.version.valeur;
  }

  async anneesApl(): Promise<{ annee: number; anneePopulation: number; source: string }[]> {
    return (await this.repository.millesimesApl()).map((m) => ({ annee: m.annee, anneePopulation: m.annee_population, source: m.source }));
  }

  async regions(): Promise<{ code: string; nom: string }[]> {
    return this.repository.regions();
  }

  async socle(cle: CleSocle): Promise<Socle> {
    const version = await this.versionDonnees();
    const k = `${cle.region}|${cle.unite}|${cle.compositionId ?? '-'}|${cle.anneeApl}|${cle.dateReference}`;
    const connu = this.socles.get(k);
    if (connu && connu.version === version) {
      this.socles.delete(k);
      this.socles.set(k, connu);
      return connu.socle;
    }
    const socle = await this.construire(cle);
    this.socles.set(k, { version, socle });
    while (this.socles.size > SOCLES_MAX) this.socles.delete(this.socles.keys().next().value!);
    return socle;
  }

  private async construire(cle: CleSocle): Promise<Socle> {
    const regions = await this.repository.regions();
    if (!regions.some((r) => r.code === cle.region)) throw introuvable(`Région « ${cle.region} » introuvable dans le COG 2026.`);
    const millesime = (await this.repository.millesimesApl()).find((m) => m.annee === cle.anneeApl);
    if (!millesime) throw entreeInvalide(`Millésime APL ${cle.anneeApl} non chargé.`, 'anneeApl', cle.anneeApl);
    let compositionLibelle: string | null = null;
    let membres;
    if (cle.unite === 'tvs') {
      const composition = cle.compositionId ? await this.compositions.une(cle.compositionId) : null;
      if (!composition || composition.region !== cle.region)
        throw new ErreurDomaine('ENTREE_INVALIDE', 'Aucune composition de TVS téléversée pour cette région : téléversez-la ou choisissez le bassin de vie.', [
          { champ: 'compositionId', valeur: cle.compositionId, message: 'composition absente' },
        ]);
      compositionLibelle = `composition n° ${composition.version} du ${composition.creeLe.slice(0, 10).split('-').reverse().join('/')}, fichier « ${composition.fichier} »`;
      membres = await this.repository.membresComposition(composition.id, cle.anneeApl);
    } else {
      membres = [
        ...(await this.repository.membresBassinsDeVie(cle.region, cle.anneeApl)),
        ...(await this.repository.communesSansBassin(cle.region, cle.anneeApl)),
      ];
    }
    const carte = await this.zonage.carte('medecin', cle.dateReference);
    const validite = carte.validite.find((v) => v.region === cle.region);
    const version = validite ? carte.versions.find((v) => v.id === validite.versionId) : null;
    const parametres = await this.parametres.effectifs(cle.region);
    const unitesBv = [...new Set(membres.map((m) => m.unite))];
    return construireSocle({
      region: cle.region,
      regionsNoms: new Map(regions.map((r) => [r.code, r.nom])),
      unite: cle.unite,
      compositionId: cle.compositionId,
      compositionLibelle,
      anneeApl: cle.anneeApl,
      sourceApl: `DREES, APL aux médecins généralistes ${cle.anneeApl}`,
      anneePopulation: millesime.annee_population,
      dateReference: cle.dateReference,
      zonageEnVigueur: version
        ? { libelle: version.libelle, statut: validite!.statut, motif: validite!.motif }
        : { libelle: 'aucun zonage médecins chargé à cette date', statut: 'aucun', motif: null },
      parametres,
      membres,
      indicateurs: cle.unite === 'bassin_de_vie' ? await this.repository.indicateursBv(unitesBv) : [],
      qpv: await this.repository.qpvRegion(cle.region),
      // The zonage médecins is loaded nationally: no values only if it were not (then no class is in force).
      classesEnVigueur: carte.valeurs ?? {},
      classesQpvEnVigueur: await this.repository.classesQpvALaDate(cle.dateReference),
      zonesRouges: await this.zonesRouges.region(cle.region),
    });
  }
}
