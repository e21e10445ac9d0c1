import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { CacheReponses } from '../common/cache/cache-reponses';
import { CorpsEncode } from '../common/cache/corps-encode';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { ErreurDomaine, introuvable } from '../common/erreurs/erreur-domaine';
import { normaliserRecherche } from '../common/texte/normaliser-recherche';
import { ImportService } from '../import/import.service';
import { FicheTerritoireDto, TerritoireRefDto } from './dto/fiche-territoire.dto';
import { LigneTerritoire, ResultatRecherche, TerritoiresRepository } from './territoires.repository';
import { TypeTerritoire, verifierReference } from './type-territoire';
import { RANG_COMMUNE, RANG_PREFECTURE, rangsChefsLieux } from './chefs-lieux';
import { EtiquettesDto, NiveauEtiquettes } from './dto/etiquettes.dto';

/** Communes of this population or more are named on the map with the chefs-lieux, from the national view on. */
export const POPULATION_ETIQUETTE_PRINCIPALE = 5_000;

const LIBELLES: Record<TypeTerritoire, string> = {
  commune: 'Commune',
  epci: 'EPCI',
  departement: 'Département',
  region: 'Région',
};

export const SOURCE_POPULATION = { libelle: 'INSEE, populations légales 2026 (COG 2026)', millesime: '2026' };

/** Encoded cards (~0.5–2 kB each): every commune of France fits. */
const TAILLE_CACHE_FICHES_OCTETS = 32 * 1024 * 1024;

@Injectable()
export class TerritoiresService implements OnModuleInit, OnModuleDestroy {
  /** Cards change only when the territories are re-imported: their load fingerprint versions them. */
  private readonly version = new VersionMemorisee(() => this.repository.versionDonnees());
  private readonly fiches = new CacheReponses(TAILLE_CACHE_FICHES_OCTETS);
  /** The two label payloads (≈ 40 kB and ≈ 450 kB gzipped), built once per territories version. */
  private readonly etiquettesEnCache = new CacheReponses(8 * 1024 * 1024);
  private rangs: ReadonlyMap<string, number> | null = null;
  private desabonner: (() => void) | null = null;

  constructor(
    private readonly repository: TerritoiresRepository,
    private readonly imports: ImportService,
  ) {}

  onModuleInit(): void {
    // An import in this process shows at once; one in another process within the memo's delay.
    this.desabonner = this.imports.suivre(() => this.version.oublier());
  }

  onModuleDestroy(): void {
    this.desabonner?.();
  }

  async rechercher(q: string, limite = 10): Promise<ResultatRecherche[]> {
    const cle = normaliserRecherche(q);
    if (cle.length < 2) {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'La recherche doit contenir au moins 2 lettres ou chiffres.', [
        { champ: 'q', valeur: q, message: 'au moins 2 lettres ou chiffres' },
      ]);
    }
    const texte = q.trim();
    // Five digits: a postal code (42000 → Saint-Étienne) — or a commune's INSEE code, both are looked up.
    const codePostal = /^\d{5}$/.test(texte) ? texte : null;
    return this.repository.rechercher(cle, texte.toUpperCase(), codePostal, limite);
  }

  async fiche(type: string, code: string): Promise<FicheTerritoireDto> {
    const ref = verifierReference(type, code);
    const ligne = await this.exiger(ref.type, ref.code);
    const voisins = await this.repository.voisins(ref.type, ref.code);
    return {
      type: ref.type,
      code: ligne.code,
      nom: ligne.nom,
      population: ligne.population,
      parents: parents(ligne),
      nbCommunes: ligne.nb_communes,
      bbox: ligne.bbox,
      centre: ligne.centre,
      ...(ref.type === 'commune' ? { codesPostaux: ligne.codes_postaux ?? [] } : {}),
      voisins: voisins.map((v) => ({ type: ref.type, code: v.code, nom: v.nom })),
      source: SOURCE_POPULATION,
    };
  }

  /** `fiche` serialised and gzipped once per territory and version of the territories. */
  async ficheEncodee(type: string, code: string): Promise<CorpsEncode> {
    const ref = verifierReference(type, code);
    const version = await this.version.version();
    return this.fiches.json(`${ref.type}:${ref.code}`, version, () => this.fiche(ref.type, ref.code));
  }

  /**
   * Place names for the map, in two parts loaded apart: the chefs-lieux and communes of 5,000 inhabitants or more
   * (shown from the national view on), then every other commune (fetched once the map is zoomed in).
   */
  async etiquettes(niveau: NiveauEtiquettes): Promise<EtiquettesDto> {
    this.rangs ??= rangsChefsLieux();
    const rangs = this.rangs;
    const lignes: (string | number)[][] = [];
    for (const c of await this.repository.pointsCommunes()) {
      const rang = rangs.get(c.code) ?? RANG_COMMUNE;
      const principale = rang <= RANG_PREFECTURE || c.population >= POPULATION_ETIQUETTE_PRINCIPALE;
      if (principale === (niveau === 'principales')) lignes.push([c.nom, c.lng, c.lat, c.population, rang]);
    }
    return { source: `${SOURCE_POPULATION.libelle} ; chefs-lieux : INSEE, COG 2026`, champs: ['nom', 'lng', 'lat', 'population', 'rang'], lignes };
  }

  /** `etiquettes` serialised and gzipped once per level and version of the territories. */
  async etiquettesEncodees(niveau: NiveauEtiquettes): Promise<CorpsEncode> {
    return this.etiquettesEnCache.json(niveau, await this.version.version(), () => this.etiquettes(niveau));
  }

  async communesMembres(type: string, code: string) {
    const ref = verifierReference(type, code);
    if (ref.type === 'commune') {
      throw new ErreurDomaine('ENTREE_INVALIDE', 'Une commune n’a pas de communes membres : choisissez un EPCI, un département ou une région.', [
        { champ: 'type', valeur: type, message: 'epci, departement ou region attendu' },
      ]);
    }
    await this.exiger(ref.type, ref.code);
    return this.repository.communesMembres(ref.type, ref.code);
  }

  private async exiger(type: TypeTerritoire, code: string): Promise<LigneTerritoire> {
    const ligne = await this.repository.trouver(type, code);
    if (!ligne) throw introuvable(`${LIBELLES[type]} « ${code} » introuvable dans le COG 2026.`);
    return ligne;
  }
}

function parents(l: LigneTerritoire): TerritoireRefDto[] {
  const liste: TerritoireRefDto[] = [];
  if (l.epci_code) liste.push({ type: 'epci', code: l.epci_code, nom: l.epci_nom ?? '' });
  if (l.departement_code) liste.push({ type: 'departement', code: l.departement_code, nom: l.departement_nom ?? '' });
  if (l.region_code) liste.push({ type: 'region', code: l.region_code, nom: l.region_nom ?? '' });
  return liste;
}
