import { DonneesAcces, MillesimeApl } from '../donnees-acces';
import { millesimeDeLOffre, texteMillesimeNonEstime } from './millesime-offre';

const millesime = (annee: number, estime: boolean) => ({ annee, offreEstimee: estime ? { source: 'essai' } : null }) as unknown as MillesimeApl;
const donnees = (millesimes: MillesimeApl[], importee = false) =>
  ({ millesimes: new Map(millesimes.map((m) => [m.annee, m])), offre: importee ? { source: 'RPPS' } : null }) as unknown as DonneesAcces;
const choisir = (d: DonneesAcces) => (annee?: number) => (annee === undefined ? [...d.millesimes.values()].at(-1)! : d.millesimes.get(annee)!);

describe('APL vintage of the supply (an uploaded vintage does not re-run the estimate)', () => {
  it('without a vintage asked: the latest one that has an estimate, naming the newer vintage left aside', () => {
    const d = donnees([millesime(2022, true), millesime(2023, true), millesime(2024, false)]);
    const r = millesimeDeLOffre(d, undefined, choisir(d));
    expect([r.millesime.annee, r.plusRecentNonEstime]).toEqual([2023, 2024]);
    expect(texteMillesimeNonEstime(2023, 2024)).toContain('le millésime 2024, chargé depuis, n’a pas encore servi à l’estimer');
  });

  it('the latest vintage when it has its estimate, or when the supply is imported (not derived from the APL)', () => {
    const d = donnees([millesime(2022, true), millesime(2023, true)]);
    expect(millesimeDeLOffre(d, undefined, choisir(d))).toMatchObject({ millesime: { annee: 2023 }, plusRecentNonEstime: null });
    const importee = donnees([millesime(2023, true), millesime(2024, false)], true);
    expect(millesimeDeLOffre(importee, undefined, choisir(importee))).toMatchObject({ millesime: { annee: 2024 }, plusRecentNonEstime: null });
  });

  it('a vintage asked explicitly is used as is (the computation then says no supply is loaded for it)', () => {
    const d = donnees([millesime(2023, true), millesime(2024, false)]);
    expect(millesimeDeLOffre(d, 2024, choisir(d))).toMatchObject({ millesime: { annee: 2024 }, plusRecentNonEstime: null });
  });
});
