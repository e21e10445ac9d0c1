import { readFileSync } from 'node:fs';

/** Entry of `@etalab/decoupage-administratif/data/communes.json` (COG 2026). */
export interface CommuneReferentiel {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone: string;
  departement?: string;
  region?: string;
  chefLieu?: string;
  commune?: string;
  anciensCodes?: string[];
  population?: number;
  codesPostaux?: string[];
}

export interface CommuneCourante {
  code: string;
  nom: string;
  departement: string;
  region: string;
  population: number;
  codesPostaux: string[];
}

export type NatureCorrespondance = 'identique' | 'ancien-code' | 'commune-deleguee' | 'arrondissement';

export interface Correspondance {
  commune: CommuneCourante;
  nature: NatureCorrespondance;
}

/**
 * Maps INSEE commune codes of older COG vintages (raw open data is often COG 2023/2024) to the current
 * communes of the COG 2026 (`@etalab/decoupage-administratif@6`, métropole and DROM): own code, `anciensCodes`
 * of a commune nouvelle, `chefLieu` of a commune déléguée/associée, parent city of a Paris/Lyon/Marseille
 * arrondissement. Codes of collectivités d'outre-mer (975, 977, 978, 98x) are outside the product: no match.
 */
export class CorrespondanceCog {
  private readonly courantes = new Map<string, CommuneCourante>();
  private readonly anciens = new Map<string, { code: string; nature: NatureCorrespondance }>();
  private readonly populationsArrondissements = new Map<string, number>();

  private constructor(communes: CommuneReferentiel[]) {
    for (const c of communes) {
      if (c.type === 'commune-actuelle' && c.zone !== 'com') {
        this.courantes.set(c.code, {
          code: c.code,
          nom: c.nom,
          departement: c.departement!,
          region: c.region!,
          population: c.population ?? 0,
          codesPostaux: c.codesPostaux ?? [],
        });
      }
    }
    for (const c of communes) {
      if (c.type === 'commune-actuelle' && this.courantes.has(c.code)) {
        for (const ancien of c.anciensCodes ?? []) if (!this.courantes.has(ancien)) this.anciens.set(ancien, { code: c.code, nature: 'ancien-code' });
      }
    }
    for (const c of communes) {
      if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu && !this.courantes.has(c.code) && !this.anciens.has(c.code)) {
        if (this.courantes.has(c.chefLieu)) this.anciens.set(c.code, { code: c.chefLieu, nature: 'commune-deleguee' });
      }
      if (c.type === 'arrondissement-municipal' && c.commune && this.courantes.has(c.commune)) {
        this.anciens.set(c.code, { code: c.commune, nature: 'arrondissement' });
        this.populationsArrondissements.set(c.code, c.population ?? 0);
      }
    }
  }

  private static instance: CorrespondanceCog | null = null;

  /** The reference of the installed package (read once per process). */
  static referentiel(): CorrespondanceCog {
    if (!CorrespondanceCog.instance) {
      const fichier = require.resolve('@etalab/decoupage-administratif/data/communes.json');
      CorrespondanceCog.instance = new CorrespondanceCog(JSON.parse(readFileSync(fichier, 'utf8')));
    }
    return CorrespondanceCog.instance;
  }

  static depuis(communes: CommuneReferentiel[]): CorrespondanceCog {
    return new CorrespondanceCog(communes);
  }

  /** The current commune for a code of any recent vintage, or null (unknown code, COM). */
  trouver(code: string): Correspondance | null {
    const propre = this.courantes.get(code);
    if (propre) return { commune: propre, nature: 'identique' };
    const ancien = this.anciens.get(code);
    if (ancien) return { commune: this.courantes.get(ancien.code)!, nature: ancien.nature };
    return null;
  }

  commune(code: string): CommuneCourante | null {
    return this.courantes.get(code) ?? null;
  }

  /** Legal population 2026 of a Paris/Lyon/Marseille arrondissement, null for other codes. */
  populationArrondissement(code: string): number | null {
    return this.populationsArrondissements.get(code) ?? null;
  }

  /** Every current commune (COG 2026, métropole + DROM). */
  communes(): CommuneCourante[] {
    return [...this.courantes.values()];
  }
}

/** Well-formed INSEE commune code (métropole, Corsica 2A/2B, DROM/COM 97x). */
export const FORME_CODE_COMMUNE = /^(?:\d{5}|2[AB]\d{3})$/;
