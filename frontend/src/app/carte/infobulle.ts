/** What the hover tooltip shows: the commune under the pointer, where the pointer is. */
export interface Infobulle {
  readonly code: string;
  readonly nom: string;
  readonly x: number;
  readonly y: number;
}
