/** What the hover tooltip shows: the commune under the pointer, its value for the indicator drawn, where the pointer is. */
export interface Infobulle {
  readonly code: string;
  readonly nom: string;
  /** « APL aux médecins généralistes », then its value written for people (« 2,41 », « Hors zonage », « sans donnée »). */
  readonly indicateur: string;
  readonly valeur: string;
  /** While a simulation result is drawn: the commune's simulated ΔAPL, null when the scenario does not change it. */
  readonly delta: string | null;
  readonly x: number;
  readonly y: number;
}
