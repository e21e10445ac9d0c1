/**
 * The version of some data (e.g. the fingerprints of the datasets it comes from), read from the
 * database at most once per `dureeMs`: a request then costs no version query, and another process's
 * import or write shows within `dureeMs`. `oublier()` makes the next read fresh (an import or a write
 * in this process shows at once). Concurrent reads share one query. `T`: any non-null value read that way (e.g.
 * the zones rouges list in force, the version of the answers that depend on it).
 */
export class VersionMemorisee<T = string> {
  private valeur: T | null = null;
  private luLe = 0;
  private lecture: Promise<T> | null = null;
  private generation = 0;

  constructor(
    private readonly lire: () => Promise<T>,
    private readonly dureeMs = 2000,
    private readonly horloge: () => number = Date.now,
  ) {}

  async version(): Promise<T> {
    if (this.valeur !== null && this.horloge() - this.luLe < this.dureeMs) return this.valeur;
    if (this.lecture) return this.lecture;
    const generation = this.generation;
    const lecture: Promise<T> = this.lire().then(
      (v) => {
        // A write that happened during the read may not be in `v`: keep no memo, the next read sees it.
        if (generation === this.generation) {
          this.valeur = v;
          this.luLe = this.horloge();
          this.lecture = null;
        }
        return v;
      },
      (e: unknown) => {
        if (generation === this.generation) this.lecture = null;
        throw e;
      },
    );
    this.lecture = lecture;
    return lecture;
  }

  oublier(): void {
    this.generation++;
    this.valeur = null;
    this.lecture = null;
  }
}
