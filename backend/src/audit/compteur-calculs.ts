import { Injectable } from '@nestjs/common';

/** Computations served (routes marked @CalculSansEcriture), per route, since this replica started. */
@Injectable()
export class CompteurCalculs {
  private readonly depuis = new Date();
  private readonly parRoute = new Map<string, { anonymes: number; connectes: number }>();

  compter(route: string, connecte: boolean): void {
    const c = this.parRoute.get(route) ?? { anonymes: 0, connectes: 0 };
    if (connecte) c.connectes++;
    else c.anonymes++;
    this.parRoute.set(route, c);
  }

  etat() {
    return {
      depuis: this.depuis.toISOString(),
      portee: 'cette réplique de l’API, depuis son démarrage',
      routes: [...this.parRoute.entries()].map(([route, c]) => ({ route, ...c })).sort((a, b) => a.route.localeCompare(b.route)),
    };
  }
}
