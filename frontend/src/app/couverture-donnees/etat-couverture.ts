/**
 * Where a dataset is true (ADR 0005), as every API answer drawn from a dataset carries it: outside the coverage
 * its figures are null, with the reason and how to load the missing data, in plain French.
 */
export interface EtatCouverture {
  readonly theme: string;
  /** true: complete for the whole territory; 'partiel': for part of it, or known incomplete; false: not loaded. */
  readonly couvert: boolean | 'partiel';
  readonly raison: string | null;
  readonly commentCharger: string | null;
  /** Where the loaded data is complete: « France entière », « l’Occitanie »… */
  readonly perimetre: string;
  readonly millesimes: readonly string[];
}

/** `GET /api/couverture-donnees/:theme`: what the map hatches for a theme. */
export interface CarteCouverture {
  readonly theme: string;
  readonly libelle: string;
  readonly couverture: EtatCouverture;
  readonly departementsNonCouverts: readonly string[];
  readonly departementsPartiels: readonly string[];
}

/** The statement printed beside a figure (card, CSV, legend): empty when the data is complete. */
export function enonceCouverture(etat: EtatCouverture | null | undefined): string {
  if (!etat || etat.couvert === true) return '';
  return [etat.raison, etat.commentCharger].filter(Boolean).join(' ');
}

/**
 * A layer's legend line: « MSP : données chargées pour l’Occitanie seulement », or null when the layer's data
 * covers France.
 */
export function ligneLegendeCouverture(libelleCouche: string, etat: EtatCouverture | null | undefined): string | null {
  if (!etat || etat.couvert === true) return null;
  if (!etat.millesimes.length) return `${libelleCouche} : aucune donnée chargée`;
  if (etat.perimetre === 'France entière') return `${libelleCouche} : liste connue comme incomplète`;
  return `${libelleCouche} : données chargées pour ${etat.perimetre}${etat.perimetre.startsWith('toute la France') ? '' : ' seulement'}`;
}
