import { Injectable } from '@nestjs/common';
import { PorteeService } from '../auth/portee.service';
import { UtilisateurConnecte } from '../common/auth/role';
import { CorrespondanceCog } from '../common/cog/correspondance-cog';
import { ErreurDomaine, entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { verifierDate } from '../zonage/zonage.service';
import { CreerStructureDto, ModifierStructureDto } from './dto/structure-saisie.dto';
import { verifierReference } from '../territoires/type-territoire';
import { EtatCouverture, etatCombine, siCouvert } from '../jeux-de-donnees/couverture-donnees';
import { CouvertureDonneesService } from '../jeux-de-donnees/couverture-donnees.service';
import { ThemeCouverture } from '../jeux-de-donnees/themes-donnees';
import { TYPES_STRUCTURE, TypeStructure } from './classement-structure';
import { TOLERANCE_COORDONNEES_M } from './televersement-finess';
import { FiltreStructures, StructureLue, StructuresRepository } from './structures.repository';

const COLONNE_TERRITOIRE = { commune: 'code', epci: 'epci_code', departement: 'departement_code', region: 'region_code' } as const;

@Injectable()
export class StructuresService {
  constructor(
    private readonly repository: StructuresRepository,
    private readonly portee: PorteeService,
    private readonly couverture: CouvertureDonneesService,
  ) {}

  /** Creates a structure by hand (project not yet in FINESS); an ARS planner only within its région. */
  async creer(utilisateur: UtilisateurConnecte, dto: CreerStructureDto) {
    const commune = CorrespondanceCog.referentiel().commune(dto.communeCode.toUpperCase());
    if (!commune) throw introuvable(`Commune « ${dto.communeCode} » introuvable dans le COG 2026.`);
    await this.portee.verifierPortee(utilisateur, { type: 'commune', code: commune.code });
    if (dto.dateOuverture) verifierDate(dto.dateOuverture, 'dateOuverture');
    const [lon, lat] = verifierCoordonnees(dto.coordonnees);
    await this.verifierPosition(commune.code, lon, lat);
    if (dto.finess && (await this.repository.finessExiste(dto.finess))) {
      throw new ErreurDomaine('CONFLIT', `Une structure porte déjà le numéro FINESS ${dto.finess}.`, [
        { champ: 'finess', valeur: dto.finess, message: 'numéro FINESS déjà présent' },
      ]);
    }
    const id = await this.repository.creerManuelle({
      type: dto.type,
      nom: dto.nom.trim(),
      statut: dto.statut,
      commune_code: commune.code,
      finess: dto.finess ?? null,
      date_ouverture: dto.dateOuverture ?? null,
      adresse: dto.adresse ?? null,
      lon,
      lat,
    });
    return this.fiche(id);
  }

  /** Updates a manual entry; FINESS / listing entries are replaced at each import and are not editable here. */
  async modifier(utilisateur: UtilisateurConnecte, id: number, dto: ModifierStructureDto) {
    const origine = await this.repository.origine(id);
    if (!origine) throw introuvable(`Structure ${id} introuvable.`);
    if (origine.jeu !== null) {
      throw new ErreurDomaine(
        'CONFLIT',
        `La structure ${id} vient du jeu « ${origine.jeu} » (FINESS ou listing ARS) : elle est remplacée à chaque import ; corrigez la source ou créez un projet.`,
      );
    }
    if (origine.commune_code) await this.portee.verifierPortee(utilisateur, { type: 'commune', code: origine.commune_code });
    if (dto.dateOuverture) verifierDate(dto.dateOuverture, 'dateOuverture');
    const [lon, lat] = verifierCoordonnees(dto.coordonnees);
    if (origine.commune_code) await this.verifierPosition(origine.commune_code, lon, lat);
    await this.repository.modifierManuelle(id, {
      type: dto.type,
      nom: dto.nom?.trim(),
      statut: dto.statut,
      date_ouverture: dto.dateOuverture,
      adresse: dto.adresse,
      lon: lon ?? undefined,
      lat: lat ?? undefined,
    });
    return this.fiche(id);
  }

  /**
   * A structure placed by hand stays in its commune's département (3 km of tolerance for a site on the border):
   * an ARS planner cannot move a structure of its région anywhere in France (issue 10 finding 11).
   */
  private async verifierPosition(communeCode: string, lon: number | null, lat: number | null): Promise<void> {
    if (lon === null || lat === null) return;
    const { dedans, departement } = await this.repository.dansDepartementDeCommune(communeCode, lon, lat, TOLERANCE_COORDONNEES_M);
    if (!dedans) {
      throw entreeInvalide(
        `coordonnees hors du département de la commune (${departement ?? communeCode}, tolérance ${TOLERANCE_COORDONNEES_M / 1000} km) : placez la structure dans sa commune.`,
        'coordonnees',
        [lon, lat],
      );
    }
  }

  /**
   * Structures as a GeoJSON FeatureCollection (points), filtered by type, territory and bounding box, with the
   * coverage of the area asked (territory, else bounding box, else France): outside it `total` is null (the list
   * holds only what is known, e.g. structures entered by hand), never a count of 0.
   */
  async lister(type?: string, territoire?: string, bbox?: string) {
    const types = type ? (type.split(',') as TypeStructure[]) : null;
    const filtre: FiltreStructures = { types, territoire: null, bbox: null };
    let ref: { type: string; code: string } | null = null;
    if (territoire) {
      const [t, code] = territoire.split(':');
      ref = verifierReference(t, code);
      filtre.territoire = { colonne: COLONNE_TERRITOIRE[ref.type as keyof typeof COLONNE_TERRITOIRE], code: ref.code };
    }
    if (bbox) filtre.bbox = verifierEmprise(bbox);
    const themes = themesDesTypes(types ?? TYPES_STRUCTURE);
    const etats = await Promise.all(
      themes.map((theme) =>
        ref
          ? this.couverture.etat(theme, ref.type, ref.code)
          : filtre.bbox
            ? this.couverture.etatDEmprise(theme, filtre.bbox)
            : this.couverture.etatFrance(theme),
      ),
    );
    const couverture = etatCombine(etats);
    const structures = await this.repository.lister(filtre);
    return {
      type: 'FeatureCollection',
      couverture,
      total: siCouvert(couverture, structures.length),
      sources: [...new Set(structures.map((s) => s.source))],
      features: structures.map(versEntite),
    };
  }

  /**
   * Structures of each type located in a bounding box (the map's view), with the coverage of that view: the count is
   * null where nothing is loaded, and says when it counts only part of the view.
   */
  async comptesDansEmprise(type: string | undefined, bbox: string) {
    const emprise = verifierEmprise(bbox);
    const types = type ? (type.split(',') as TypeStructure[]) : [...TYPES_STRUCTURE];
    const nombres = await this.repository.compterDansEmprise(types, emprise);
    const comptes: Record<string, { couverture: EtatCouverture; nombre: number | null }> = {};
    for (const t of types) {
      const couverture = await this.couverture.etatDEmprise(themeDuType(t), emprise);
      comptes[t] = { couverture, nombre: siCouvert(couverture, nombres.get(t) ?? 0) };
    }
    // CPTS perimeters are drawn from the membership lists (a theme of their own): those meeting the view.
    const perimetresCpts = types.includes('cpts')
      ? await this.couverture.etatDEmprise('cpts-communes', emprise).then(async (couverture) => ({
          couverture,
          nombre: couverture.couvert === false ? null : await this.repository.compterPerimetresCptsDansEmprise(emprise),
        }))
      : null;
    return { emprise, comptes, perimetresCpts };
  }

  async fiche(id: number) {
    const s = await this.repository.trouver(id);
    if (!s) throw introuvable(`Structure ${id} introuvable.`);
    return versEntite(s);
  }

  /** A CPTS with its member communes, perimeter (GeoJSON), population covered and ACI size band. */
  async ficheCpts(id: number) {
    const f = await this.repository.ficheCpts(id);
    if (!f) throw introuvable(`CPTS ${id} introuvable.`);
    return {
      ...f,
      sourcePopulation: f.populationCouverte === null ? null : 'INSEE, populations légales 2026 des communes membres (arrondissements pour Marseille)',
      note: f.perimetre === null ? 'Périmètre inconnu : FINESS ne donne que le siège de la CPTS (catégorie 604), pas ses communes membres.' : null,
    };
  }
}

/** The theme whose coverage tells where structures of a type are known: CPTS seats apart (FINESS 604 and ARS listings). */
const themeDuType = (t: TypeStructure): ThemeCouverture => (t === 'cpts' ? 'cpts-sieges' : 'structures');
const themesDesTypes = (types: readonly TypeStructure[]): ThemeCouverture[] => [...new Set(types.map(themeDuType))];

/** `minLon,minLat,maxLon,maxLat` in degrees WGS84, ordered. */
function verifierEmprise(bbox: string): [number, number, number, number] {
  const [minLon, minLat, maxLon, maxLat] = bbox.split(',').map(Number);
  if (!(minLon < maxLon && minLat < maxLat) || minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
    throw entreeInvalide('bbox invalide : minLon < maxLon et minLat < maxLat attendus, en degrés WGS84.', 'bbox', bbox);
  }
  return [minLon, minLat, maxLon, maxLat];
}

/** [lon, lat] in France (métropole and DROM) or [null, null]. */
function verifierCoordonnees(coordonnees: number[] | undefined): [number | null, number | null] {
  if (!coordonnees) return [null, null];
  const [lon, lat] = coordonnees;
  if (lon < -62 || lon > 56 || lat < -22 || lat > 52) {
    throw entreeInvalide('coordonnees hors de la France (métropole et DROM) : [longitude, latitude] en degrés WGS84 attendu.', 'coordonnees', coordonnees);
  }
  return [lon, lat];
}

function versEntite(s: StructureLue) {
  const { coordonnees, ...proprietes } = s;
  return { type: 'Feature', id: s.id, geometry: coordonnees ? { type: 'Point', coordinates: coordonnees.map(Number) } : null, properties: proprietes };
}
