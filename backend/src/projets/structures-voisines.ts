import { Injectable } from '@nestjs/common';
import { StructuresService } from '../structures/structures.service';
import { CommuneProche } from './projets.repository';

export interface StructureVoisine {
  id: number;
  type: string;
  nature: string | null;
  nom: string;
  statut: string;
  finess: string | null;
  communeCode: string;
  communeNom: string;
  minutes: number;
  /** Serves the same population as the project (same kind of offer): part of the overlap warning. */
  concurrente: boolean;
  source: string;
}

/** Structures a project of this type competes with: GP-care structures for MSP/PSP/centres, CPTS for a CPTS. */
export function estConcurrente(typeProjet: string, s: { type: string; nature: string | null; statut: string }): boolean {
  if (s.statut === 'fermee') return false;
  if (typeProjet === 'cpts') return s.type === 'cpts';
  return s.type === 'msp' || s.type === 'psp' || (s.type === 'cds' && (s.nature === 'medical' || s.nature === 'non précisée'));
}

interface ProprietesStructure {
  id: number;
  type: string;
  nature: string | null;
  nom: string;
  statut: string;
  finess: string | null;
  commune: { code: string; nom: string | null } | null;
  source: string;
}

/**
 * MSP / PSP / centres de santé / CPTS located in a commune within reach of the project (the structures feature's
 * list, by département), with the travel time of their commune. A CPTS is placed at its seat (FINESS gives no
 * perimeter outside the PACA membership lists).
 */
@Injectable()
export class StructuresVoisines {
  constructor(private readonly structures: StructuresService) {}

  async aProximite(typeProjet: string, proches: CommuneProche[]): Promise<StructureVoisine[]> {
    const minutes = new Map(proches.map((c) => [c.code, c]));
    const voisines: StructureVoisine[] = [];
    for (const departement of [...new Set(proches.map((c) => c.departementCode))].sort()) {
      const { features } = await this.structures.lister('msp,psp,cds,cpts', `departement:${departement}`);
      for (const f of features) {
        const s = f.properties as unknown as ProprietesStructure;
        const proche = s.commune ? minutes.get(s.commune.code) : undefined;
        if (!proche || s.statut === 'fermee') continue;
        voisines.push({
          id: s.id,
          type: s.type,
          nature: s.nature,
          nom: s.nom,
          statut: s.statut,
          finess: s.finess,
          communeCode: proche.code,
          communeNom: proche.nom,
          minutes: Math.round(proche.minutes * 10) / 10,
          concurrente: estConcurrente(typeProjet, s),
          source: s.source,
        });
      }
    }
    return voisines.sort((a, b) => a.minutes - b.minutes || a.nom.localeCompare(b.nom, 'fr'));
  }
}
