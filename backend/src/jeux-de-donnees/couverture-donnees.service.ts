import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { aujourdhuiAParis } from '../aides/regles/dates';
import { ImportService } from '../import/import.service';
import { decrirePerimetre, EtatCouverture, etatCouverture, GroupeCommunes, LigneCouverture, NomsTerritoires } from './couverture-donnees';
import { CouvertureDonneesRepository } from './couverture-donnees.repository';
import { indexerGroupes, TYPES_INDEXES } from './groupes-territoires';
import { MemoParVersion } from '../common/cache/memo-par-version';
import { VersionMemorisee } from '../common/cache/version-memorisee';
import { THEMES_DONNEES, ThemeCouverture } from './themes-donnees';

const DUREE_MEMO_MS = 2000;

/** Coverage of a theme for the map: départements to hatch (not covered) or to mark (known incomplete). */
export interface CarteCouverture {
  /** The theme in plain French (« MSP, pôles et centres de santé »). */
  libelle: string;
  /** Coverage of France as a whole: where the data is loaded (`perimetre`), why not everywhere, how to load. */
  couverture: EtatCouverture;
  departementsNonCouverts: string[];
  departementsPartiels: string[];
}

/**
 * Where each dataset is true. Every feature that counts, lists or measures from a dataset asks here first and
 * answers `null` + `raison` + `commentCharger` outside the coverage (ADR 0005). Coverage rows are tiny: they are
 * read once and kept for 2 s (an import in this process forgets them at once).
 */
@Injectable()
export class CouvertureDonneesService implements OnModuleInit, OnModuleDestroy {
  /**
   * Coverage rows re-read at most every 2 s (concurrent requests share one read); the territories' names, France's
   * groups and each territory's groups once per version of the territories (a card's coverage costs no query).
   */
  private readonly memo = new VersionMemorisee(() => this.lire(), DUREE_MEMO_MS);
  private readonly territoires = new MemoParVersion<
    'tout',
    { noms: NomsTerritoires; france: GroupeCommunes[]; groupes: ReadonlyMap<string, GroupeCommunes[]> }
  >(1);
  private desabonner: (() => void) | null = null;

  constructor(
    private readonly repository: CouvertureDonneesRepository,
    private readonly imports: ImportService,
  ) {}

  onModuleInit(): void {
    this.desabonner = this.imports.suivre(() => this.oublier());
  }

  onModuleDestroy(): void {
    this.desabonner?.();
  }

  /** After a write to `couverture_jeu` outside the import service (uploads, rollbacks). */
  oublier(): void {
    this.memo.oublier();
  }

  /**
   * Coverage of a territory (commune, epci, departement, region, cpts) by one theme, at a date (today by default):
   * a row valid only for a period (a zonage version) covers only then.
   */
  async etat(theme: ThemeCouverture, type: string, code: string, date = aujourdhuiAParis()): Promise<EtatCouverture> {
    const { lignes, noms } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], await this.groupes(type, code), noms, date);
  }

  /** Coverage of several themes for one territory (one query for the territory's communes). */
  async etats<T extends ThemeCouverture>(themes: readonly T[], type: string, code: string, date = aujourdhuiAParis()): Promise<Record<T, EtatCouverture>> {
    const { lignes, noms } = await this.charger();
    const groupes = await this.groupes(type, code);
    return Object.fromEntries(themes.map((t) => [t, etatCouverture(t, lignes.get(t) ?? [], groupes, noms, date)])) as Record<T, EtatCouverture>;
  }

  /** Coverage of an explicit list of communes (a selection, a neighbourhood). */
  async etatDeCommunes(theme: ThemeCouverture, codes: string[], date = aujourdhuiAParis()): Promise<EtatCouverture> {
    const { lignes, noms } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], await this.repository.groupesDeCommunes(codes), noms, date);
  }

  /** Coverage of the communes a bounding box meets (the map's view): [ouest, sud, est, nord] in degrees WGS84. */
  async etatDEmprise(theme: ThemeCouverture, emprise: [number, number, number, number], date = aujourdhuiAParis()): Promise<EtatCouverture> {
    const { lignes, noms } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], await this.repository.groupesDEmprise(emprise), noms, date);
  }

  /** Coverage of France as a whole: the territory of national answers (maps of every commune, unfiltered lists). */
  async etatFrance(theme: ThemeCouverture, date = aujourdhuiAParis()): Promise<EtatCouverture> {
    const { lignes, noms, france } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], france, noms, date);
  }

  /**
   * What the map needs to hatch what a theme does not know: the départements it does not cover at all, those it
   * covers only partly (known incomplete), with the theme's name, where it is loaded and how to load the rest.
   */
  async carte(theme: ThemeCouverture, date = aujourdhuiAParis()): Promise<CarteCouverture> {
    const { lignes, noms, france } = await this.charger();
    const l = lignes.get(theme) ?? [];
    const nonCouverts: string[] = [];
    const partiels: string[] = [];
    for (const g of france) {
      const e = etatCouverture(theme, l, [g], noms, date).couvert;
      if (e === false) nonCouverts.push(g.departement);
      else if (e === 'partiel') partiels.push(g.departement);
    }
    return {
      libelle: THEMES_DONNEES[theme].libelle,
      couverture: etatCouverture(theme, l, france, noms, date),
      departementsNonCouverts: [...new Set(nonCouverts)].sort(),
      departementsPartiels: [...new Set(partiels)].sort(),
    };
  }

  /** Where declared rows (an import's coverage) are complete, in plain French: « la Nouvelle-Aquitaine et Creuse (23) ». */
  async decrire(declarations: { niveau: LigneCouverture['niveau']; code?: string }[]): Promise<string> {
    const { noms } = await this.charger();
    const lignes = declarations.map((d) => ({ niveau: d.niveau, code: d.code ?? '', jeu: '', millesime: '', complet: true, note: null }));
    return decrirePerimetre(lignes, noms);
  }

  /** Codes of the communes a theme covers: a map layer gives them a value (0 included), the others none. */
  communesCouvertes(theme: ThemeCouverture): Promise<string[]> {
    return this.repository.communesCouvertes(theme);
  }

  /** The raw rows of a theme (national / régions / départements covered), e.g. to hatch what the map does not know. */
  async lignes(theme: ThemeCouverture): Promise<LigneCouverture[]> {
    return (await this.charger()).lignes.get(theme) ?? [];
  }

  /** A commune's, EPCI's, département's or région's groups from the index; a CPTS's (or an unknown type's) from SQL. */
  private async groupes(type: string, code: string): Promise<GroupeCommunes[]> {
    if (!(TYPES_INDEXES as readonly string[]).includes(type)) return this.repository.groupes(type, code);
    return (await this.charger()).groupes.get(`${type}:${code}`) ?? [];
  }

  private charger() {
    return this.memo.version();
  }

  private async lire() {
    const rows = await this.repository.lignes();
    const lignes = new Map<string, LigneCouverture[]>();
    for (const r of rows) {
      const { theme, ...ligne } = r;
      lignes.set(theme, [...(lignes.get(theme) ?? []), ligne]);
    }
    const territoires = await this.territoires.lire(await this.repository.versionTerritoires(), 'tout', async () => ({
      noms: await this.repository.noms(),
      france: await this.repository.groupesFrance(),
      groupes: indexerGroupes(await this.repository.communesRattachees()),
    }));
    return { lignes, ...territoires };
  }
}
