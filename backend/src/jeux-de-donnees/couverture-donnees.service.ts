import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { ImportService } from '../import/import.service';
import { EtatCouverture, etatCouverture, LigneCouverture, NomsTerritoires } from './couverture-donnees';
import { CouvertureDonneesRepository } from './couverture-donnees.repository';
import { ThemeCouverture } from './themes-donnees';

const DUREE_MEMO_MS = 2000;

/**
 * Where each dataset is true. Every feature that counts, lists or measures from a dataset asks here first and
 * answers `null` + `raison` + `commentCharger` outside the coverage (ADR 0005). Coverage rows are tiny: they are
 * read once and kept for 2 s (an import in this process forgets them at once).
 */
@Injectable()
export class CouvertureDonneesService implements OnModuleInit, OnModuleDestroy {
  private memo: { lu: number; lignes: Map<string, LigneCouverture[]>; noms: NomsTerritoires } | null = null;
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
    this.memo = null;
  }

  /** Coverage of a territory (commune, epci, departement, region, cpts) by one theme. */
  async etat(theme: ThemeCouverture, type: string, code: string): Promise<EtatCouverture> {
    const { lignes, noms } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], await this.repository.groupes(type, code), noms);
  }

  /** Coverage of several themes for one territory (one query for the territory's communes). */
  async etats<T extends ThemeCouverture>(themes: readonly T[], type: string, code: string): Promise<Record<T, EtatCouverture>> {
    const { lignes, noms } = await this.charger();
    const groupes = await this.repository.groupes(type, code);
    return Object.fromEntries(themes.map((t) => [t, etatCouverture(t, lignes.get(t) ?? [], groupes, noms)])) as Record<T, EtatCouverture>;
  }

  /** Coverage of an explicit list of communes (a selection, a neighbourhood). */
  async etatDeCommunes(theme: ThemeCouverture, codes: string[]): Promise<EtatCouverture> {
    const { lignes, noms } = await this.charger();
    return etatCouverture(theme, lignes.get(theme) ?? [], await this.repository.groupesDeCommunes(codes), noms);
  }

  /** The raw rows of a theme (national / régions / départements covered), e.g. to hatch what the map does not know. */
  async lignes(theme: ThemeCouverture): Promise<LigneCouverture[]> {
    return (await this.charger()).lignes.get(theme) ?? [];
  }

  private async charger() {
    if (this.memo && Date.now() - this.memo.lu < DUREE_MEMO_MS) return this.memo;
    const rows = await this.repository.lignes();
    const lignes = new Map<string, LigneCouverture[]>();
    for (const r of rows) {
      const { theme, ...ligne } = r;
      lignes.set(theme, [...(lignes.get(theme) ?? []), ligne]);
    }
    this.memo = { lu: Date.now(), lignes, noms: await this.repository.noms() };
    return this.memo;
  }
}
