/** A perimeter territories are ranked in: a département, a région, or France. */
export interface PerimetreClassement {
  type: 'departement' | 'region' | 'france';
  code: string;
}

export interface Rang {
  /** 1 = the highest value; territories with the same value share their rank. */
  rang: number;
  /** Territories of the perimeter that have a value. */
  sur: number;
}

/**
 * Ranks of every territory of one level in each perimeter that holds it, built once per data version: the values
 * of each perimeter sorted from the highest, a rank found by binary search (1 + how many are strictly higher).
 * A card no longer scans the 35,000 communes for each of its ranks.
 */
export class Classement {
  private readonly parPerimetre = new Map<string, Float64Array>();

  /**
   * `valeurs`: the value of each territory of the level (null: not ranked); `perimetres(code)`: the perimeters
   * that hold that territory.
   */
  constructor(
    private readonly valeurs: ReadonlyMap<string, number | null>,
    perimetres: (code: string) => readonly PerimetreClassement[],
  ) {
    const listes = new Map<string, number[]>();
    for (const [code, v] of valeurs) {
      if (v === null || Number.isNaN(v)) continue;
      for (const p of perimetres(code)) {
        const cle = `${p.type}:${p.code}`;
        (listes.get(cle) ?? listes.set(cle, []).get(cle)!).push(v);
      }
    }
    for (const [cle, l] of listes) this.parPerimetre.set(cle, Float64Array.from(l).sort().reverse());
  }

  /** Rank of the territory in the perimeter; null when it has no value. */
  rang(code: string, p: PerimetreClassement): Rang | null {
    const v = this.valeurs.get(code);
    if (v === undefined || v === null || Number.isNaN(v)) return null;
    const tries = this.parPerimetre.get(`${p.type}:${p.code}`);
    if (!tries) return null;
    // first index whose value is not strictly higher than v (values sorted from the highest)
    let bas = 0;
    let haut = tries.length;
    while (bas < haut) {
      const milieu = (bas + haut) >>> 1;
      if (tries[milieu] > v) bas = milieu + 1;
      else haut = milieu;
    }
    return { rang: 1 + bas, sur: tries.length };
  }
}
