/**
 * Least-recently-used cache bounded by total size (bytes). A Map keeps insertion
 * order: reading an entry moves it to the end, eviction takes from the start.
 */
export class CacheLru<V> {
  private readonly entrees = new Map<string, { valeur: V; taille: number }>();
  private tailleTotale = 0;

  constructor(
    private readonly tailleMax: number,
    private readonly mesurer: (valeur: V) => number,
  ) {}

  get(cle: string): V | undefined {
    const entree = this.entrees.get(cle);
    if (!entree) return undefined;
    this.entrees.delete(cle);
    this.entrees.set(cle, entree);
    return entree.valeur;
  }

  set(cle: string, valeur: V): void {
    const taille = Math.max(1, this.mesurer(valeur));
    if (taille > this.tailleMax) return;
    this.supprimer(cle);
    this.entrees.set(cle, { valeur, taille });
    this.tailleTotale += taille;
    for (const [ancienne] of this.entrees) {
      if (this.tailleTotale <= this.tailleMax) break;
      this.supprimer(ancienne);
    }
  }

  vider(): void {
    this.entrees.clear();
    this.tailleTotale = 0;
  }

  get taille(): number {
    return this.tailleTotale;
  }

  get nombre(): number {
    return this.entrees.size;
  }

  supprimer(cle: string): void {
    const entree = this.entrees.get(cle);
    if (!entree) return;
    this.entrees.delete(cle);
    this.tailleTotale -= entree.taille;
  }
}
