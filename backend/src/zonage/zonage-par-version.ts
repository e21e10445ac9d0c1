import { MemoParVersion } from '../common/cache/memo-par-version';
import { ProfessionZonage } from './classes-zonage';
import { ClasseApplicable, LigneRuralite, VersionZonage, ZonageRepository } from './zonage.repository';

/** Sets of versions in force kept at once (one class map of every commune each, ≈ 3 MB). */
const ENSEMBLES_GARDES = 16;

/**
 * Versions of a profession (commune level) in force at a date, in the order classes are chosen: a région's own
 * first, then the latest start, then the highest id — what `ZonageRepository.versionsEnVigueur` answers, computed on
 * every version row read once. Dates are ISO days (`verifierDate`): their text order is their calendar order.
 */
export function versionsEnVigueur(versions: readonly VersionZonage[], profession: ProfessionZonage, date: string): VersionZonage[] {
  return versions
    .filter((v) => v.profession === profession && v.niveau === 'commune' && v.debut <= date && (v.fin === null || v.fin >= date))
    .sort((a, b) => Number(b.region !== null) - Number(a.region !== null) || (a.debut === b.debut ? b.id - a.id : a.debut < b.debut ? 1 : -1));
}

/**
 * What eligibility and the commune cards read for every request, read once per version of the zonage data
 * (issue 10, load): every commune-level version row; each commune's class for one set of versions in force — many
 * dates share one set, so the classes are keyed by the set, not by the date; each commune's rurality; the communes
 * having a QPV at all (most have none: no QPV query for them). All dropped when the version changes; shared between
 * requests, hence read-only.
 */
export class ZonageParVersion {
  private readonly versions = new MemoParVersion<'communales', VersionZonage[]>(1);
  private readonly classes = new MemoParVersion<string, ReadonlyMap<string, ClasseApplicable>>(ENSEMBLES_GARDES);
  private readonly ruralites = new MemoParVersion<'toutes', ReadonlyMap<string, LigneRuralite>>(1);
  private readonly communesQpv = new MemoParVersion<'toutes', ReadonlySet<string>>(1);

  constructor(private readonly repository: ZonageRepository) {}

  /** Commune-level versions of the profession in force at the date (`versionsEnVigueur` order). */
  async enVigueur(version: string, profession: ProfessionZonage, date: string): Promise<VersionZonage[]> {
    return versionsEnVigueur(await this.versions.lire(version, 'communales', () => this.repository.versionsCommunales()), profession, date);
  }

  /** The commune-level version of this id (null when there is none). */
  async versionCommunale(version: string, id: number): Promise<VersionZonage | null> {
    return (await this.versions.lire(version, 'communales', () => this.repository.versionsCommunales())).find((v) => v.id === id) ?? null;
  }

  /** The commune's class at the date and the version it comes from (`classesALaDate`), null outside any version. */
  async classe(version: string, profession: ProfessionZonage, date: string, code: string): Promise<ClasseApplicable | null> {
    const enVigueur = await this.enVigueur(version, profession, date);
    if (!enVigueur.length) return null;
    const ensemble = `${profession}:${enVigueur
      .map((v) => v.id)
      .sort((a, b) => a - b)
      .join(',')}`;
    // any date of the set gives the same classes: the query depends on the date only through the versions in force
    const classes = await this.classes.lire(version, ensemble, async () => {
      const lignes = await this.repository.classesALaDate(profession, date);
      return new Map(lignes.map((l) => [l.code, l]));
    });
    return classes.get(code) ?? null;
  }

  /** The commune's rurality row (null when none is loaded for it). */
  async ruralite(version: string, code: string): Promise<LigneRuralite | null> {
    const toutes = await this.ruralites.lire(version, 'toutes', async () => new Map((await this.repository.ruralites()).map((r) => [r.commune_code, r])));
    return toutes.get(code) ?? null;
  }

  /** False when no QPV list nor QPV-level zonage names the commune, at any date (its QPV are then none). */
  async peutAvoirDesQpv(version: string, code: string): Promise<boolean> {
    return (await this.communesQpv.lire(version, 'toutes', async () => new Set(await this.repository.communesAvecQpv()))).has(code);
  }
}
