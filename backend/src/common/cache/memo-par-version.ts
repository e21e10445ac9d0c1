/**
 * Values read once per key and per version of the data they come from (e.g. a zonage version's row, read by
 * every eligibility request): all dropped when the version changes. A failed read is not kept. Concurrent reads of
 * one key share one promise. Values are shared between requests: read-only.
 */
export class MemoParVersion<K, V> {
  private version: string | null = null;
  private readonly valeurs = new Map<K, Promise<V>>();

  /** `plafond`: the most keys kept for one version (beyond, the oldest are dropped). */
  constructor(private readonly plafond = 10_000) {}

  lire(version: string, cle: K, lire: () => Promise<V>): Promise<V> {
    if (version !== this.version) {
      this.valeurs.clear();
      this.version = version;
    }
    const connue = this.valeurs.get(cle);
    if (connue) return connue;
    const valeur = lire();
    this.valeurs.set(cle, valeur);
    if (this.valeurs.size > this.plafond) this.valeurs.delete(this.valeurs.keys().next().value as K);
    valeur.catch(() => {
      if (this.valeurs.get(cle) === valeur) this.valeurs.delete(cle);
    });
    return valeur;
  }
}
