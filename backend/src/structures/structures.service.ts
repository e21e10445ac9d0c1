import { Injectable } from '@nestjs/common';
import { entreeInvalide, introuvable } from '../common/erreurs/erreur-domaine';
import { decoderTexte } from '../common/fichiers/decoder-texte';
import { ImportService } from '../import/import.service';
import { LigneIgnoree } from '../import/importateur';
import { verifierReference } from '../territoires/type-territoire';
import { structuresDepuisFiness } from './chargement-finess';
import { TypeStructure } from './classement-structure';
import { lireFiness } from './lecture-finess';
import { FiltreStructures, StructureLue, StructuresRepository } from './structures.repository';

const COLONNE_TERRITOIRE = { commune: 'code', epci: 'epci_code', departement: 'departement_code', region: 'region_code' } as const;

export interface BilanImportFiness {
  format: 'national' | 'aplati';
  encodage: string;
  importees: Record<string, number>;
  supprimees: number;
  ignorees: LigneIgnoree[];
}

@Injectable()
export class StructuresService {
  constructor(
    private readonly repository: StructuresRepository,
    private readonly imports: ImportService,
  ) {}

  /** Structures as a GeoJSON FeatureCollection (points), filtered by type, territory and bounding box. */
  async lister(type?: string, territoire?: string, bbox?: string) {
    const filtre: FiltreStructures = { types: type ? (type.split(',') as TypeStructure[]) : null, territoire: null, bbox: null };
    if (territoire) {
      const [t, code] = territoire.split(':');
      const ref = verifierReference(t, code);
      filtre.territoire = { colonne: COLONNE_TERRITOIRE[ref.type], code: ref.code };
    }
    if (bbox) {
      const [minLon, minLat, maxLon, maxLat] = bbox.split(',').map(Number);
      if (minLon >= maxLon || minLat >= maxLat || minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
        throw entreeInvalide('bbox invalide : minLon < maxLon et minLat < maxLat attendus, en degrés WGS84.', 'bbox', bbox);
      }
      filtre.bbox = [minLon, minLat, maxLon, maxLat];
    }
    const structures = await this.repository.lister(filtre);
    return {
      type: 'FeatureCollection',
      total: structures.length,
      sources: [...new Set(structures.map((s) => s.source))],
      features: structures.map(versEntite),
    };
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

  /**
   * Imports a FINESS file as downloaded (national extract or flattened regional variant, UTF-8 or Latin-1)
   * in one transaction: it replaces the FINESS structures, or changes nothing when the file is refused.
   * `verifier` runs inside the transaction before commit (tests use it to inspect, then roll back).
   */
  async importerFiness(contenu: Buffer, nomFichier: string, verifier?: (bilan: BilanImportFiness, requete: Parameters<Parameters<ImportService['enTransaction']>[0]>[0]) => Promise<void>): Promise<BilanImportFiness> {
    const { texte, encodage } = decoderTexte(contenu, nomFichier);
    const lu = lireFiness(texte, nomFichier);
    const { lignes, ignorees } = structuresDepuisFiness(lu, `FINESS, fichier importé « ${nomFichier} »`, nomFichier);
    return this.imports.enTransaction(async (requete) => {
      const { supprimees } = await this.repository.remplacerJeu(requete, 'finess', lignes);
      const bilan: BilanImportFiness = { format: lu.format, encodage, importees: await this.repository.compterParType(requete, 'finess'), supprimees, ignorees };
      if (verifier) await verifier(bilan, requete);
      return bilan;
    });
  }
}

function versEntite(s: StructureLue) {
  const { coordonnees, ...proprietes } = s;
  return { type: 'Feature', id: s.id, geometry: coordonnees ? { type: 'Point', coordinates: coordonnees.map(Number) } : null, properties: proprietes };
}

