import { estDateCalendaire } from './regles/dates';
import { CommuneDemande } from './eligibilite/demande';
import { LigneAide, LigneAideTerritoire, LigneCatalogue } from './aides.repository';

/** What an eligibility answer reads of the catalogue: the same for every request of one version. */
export interface DonneesAides {
  catalogue: LigneCatalogue | null;
  aides: readonly LigneAideTerritoire[];
  /** Catalogue versions with their publication day, the latest first. */
  publications: readonly { version: string; publie_le: string }[];
}

export interface LectureAides {
  catalogueCourant(): Promise<LigneCatalogue | null>;
  toutesLesAides(): Promise<LigneAideTerritoire[]>;
  publications(): Promise<{ version: string; publie_le: string }[]>;
}

/**
 * The current catalogue, every aid (national and local) and the publication days, read once per version of the
 * catalogue and the local aids (`AidesRepository.versionDonnees`) instead of three queries per eligibility request
 * (the aids' definitions alone weigh about 30 kB). The objects are shared by the requests: read-only.
 */
export class AidesParVersion {
  private memo: { version: string; donnees: Promise<DonneesAides> } | null = null;

  constructor(private readonly lecture: LectureAides) {}

  donnees(version: string): Promise<DonneesAides> {
    if (this.memo?.version === version) return this.memo.donnees;
    const donnees = this.charger();
    const memo = { version, donnees };
    this.memo = memo;
    // a failed read is not kept: the next request reads again
    donnees.catch(() => {
      if (this.memo === memo) this.memo = null;
    });
    return donnees;
  }

  private async charger(): Promise<DonneesAides> {
    // one query at a time (PGlite)
    const catalogue = await this.lecture.catalogueCourant();
    const aides = await this.lecture.toutesLesAides();
    const publications = await this.lecture.publications();
    return { catalogue, aides, publications };
  }
}

/**
 * Aids that may apply in the commune: national ones and the local ones of its région, département, EPCI or itself
 * (the city for an arrondissement), in id order.
 */
export function aidesDeLaCommune(aides: readonly LigneAideTerritoire[], c: CommuneDemande): LigneAide[] {
  const codes = new Map<string, string | null>([
    ['region', c.region],
    ['departement', c.departement],
    ['epci', c.epci],
    ['commune', c.communeParente ?? c.code],
  ]);
  return aides
    .filter((a) => {
      if (a.territoire_type === null) return true;
      const code = codes.get(a.territoire_type);
      return code !== undefined && code !== null && a.territoire_code === code;
    })
    .map((a) => ({ id: a.id, origine: a.origine, definition: a.definition, cree_le: a.cree_le }));
}

/** Latest catalogue version published on or before the day (null when none was); undefined: ask the database. */
export function versionPublieeAu(publications: DonneesAides['publications'], date: string): string | null | undefined {
  if (!estDateCalendaire(date)) return undefined;
  return publications.find((p) => p.publie_le <= date)?.version ?? null;
}
