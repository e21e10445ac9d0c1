import { CacheLru } from './cache-lru';
import { CorpsEncode, encoderJson, tailleCorps } from './corps-encode';

interface Entree {
  version: string;
  corps: Promise<CorpsEncode>;
  taille: number;
}

/**
 * Pre-encoded responses by key, each tied to the version of the data it was built from: a different
 * version rebuilds it (the old one is dropped), so an import or a write invalidates by changing the
 * version. Concurrent requests for the same missing entry share one build; a failed build is not kept.
 * Bounded in bytes (least recently used first out).
 */
export class CacheReponses {
  private readonly entrees: CacheLru<Entree>;

  constructor(tailleMaxOctets: number) {
    this.entrees = new CacheLru<Entree>(tailleMaxOctets, (e) => e.taille);
  }

  /** The encoded JSON of `construire()` (a value or a promise of one) for this key and version, built at most once. */
  json(cle: string, version: string, construire: () => unknown): Promise<CorpsEncode> {
    return this.obtenir(cle, version, async () => encoderJson(await construire()));
  }

  obtenir(cle: string, version: string, construire: () => Promise<CorpsEncode>): Promise<CorpsEncode> {
    const present = this.entrees.get(cle);
    if (present && present.version === version) return present.corps;
    // Size unknown until built: count the entry small, then at its real size.
    const entree: Entree = { version, corps: construire(), taille: 1 };
    this.entrees.set(cle, entree);
    entree.corps.then(
      (corps) => {
        if (this.entrees.get(cle) !== entree) return;
        entree.taille = tailleCorps(corps);
        this.entrees.set(cle, entree);
      },
      () => {
        if (this.entrees.get(cle) === entree) this.entrees.supprimer(cle);
      },
    );
    return entree.corps;
  }

  vider(): void {
    this.entrees.vider();
  }

  get nombre(): number {
    return this.entrees.nombre;
  }
}
