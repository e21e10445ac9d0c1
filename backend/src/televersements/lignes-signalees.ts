import { LigneIgnoree } from '../import/importateur';

/** Rows kept in a report: all are counted, only the first ones are kept (bounded memory whatever the file). */
export const LIGNES_GARDEES = 200;

export interface LignesSignalees {
  total: number;
  /** The first `LIGNES_GARDEES`, in file order. */
  premieres: LigneIgnoree[];
}

export class CollecteurLignes {
  private nombre = 0;
  private readonly gardees: LigneIgnoree[] = [];

  constructor(private readonly limite = LIGNES_GARDEES) {}

  ajouter(ligne: LigneIgnoree): void {
    this.nombre++;
    if (this.gardees.length < this.limite) this.gardees.push(ligne);
  }

  get total(): number {
    return this.nombre;
  }

  resultat(): LignesSignalees {
    return { total: this.nombre, premieres: [...this.gardees] };
  }
}
