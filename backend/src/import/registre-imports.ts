import { Injectable } from '@nestjs/common';
import { ImportateurJeuDeDonnees } from './importateur';

/** Feature modules register their shipped datasets here (in onModuleInit). */
@Injectable()
export class RegistreImports {
  private readonly importateurs = new Map<string, ImportateurJeuDeDonnees>();

  enregistrer(importateur: ImportateurJeuDeDonnees): void {
    this.importateurs.set(importateur.code, importateur);
  }

  codes(): string[] {
    return [...this.importateurs.keys()];
  }

  /** The requested datasets (all when empty) and their dependencies, dependencies first. */
  ordonner(codes: string[] = []): ImportateurJeuDeDonnees[] {
    const demandes = codes.length ? codes : this.codes();
    const ordre: ImportateurJeuDeDonnees[] = [];
    const vus = new Set<string>();
    const visiter = (code: string, chemin: string[]) => {
      if (vus.has(code)) return;
      if (chemin.includes(code)) throw new Error(`Dépendance circulaire entre jeux de données : ${[...chemin, code].join(' → ')}`);
      const imp = this.importateurs.get(code);
      if (!imp) throw new Error(`Jeu de données inconnu : « ${code} ». Jeux disponibles : ${this.codes().join(', ')}.`);
      imp.dependances.forEach((d) => visiter(d, [...chemin, code]));
      vus.add(code);
      ordre.push(imp);
    };
    demandes.forEach((c) => visiter(c, []));
    return ordre;
  }
}
