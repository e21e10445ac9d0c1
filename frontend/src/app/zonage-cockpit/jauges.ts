import { CategorieNationale, ClasseQpv, ClasseUnite, Jauge, Jauges, ParametreEffectif } from './zonage-cockpit';

interface UniteJauge {
  readonly code: string;
  readonly classe: ClasseUnite;
  readonly categorie: CategorieNationale | null;
  readonly populationRegion: number;
}
interface QpvJauge {
  readonly parts: readonly { unite: string; population: number }[];
  readonly classe: ClasseQpv | null;
}

const auDixieme = (x: number) => Math.round(x * 10) / 10;

function jauge(population: number, denominateur: number, plafond: number | null): Jauge {
  const part = denominateur > 0 ? (100 * population) / denominateur : null;
  const statut = plafond === null ? 'plafond_inconnu' : part !== null && auDixieme(part) > plafond ? 'depasse' : 'respecte';
  return { population, part, denominateur, plafond, statut };
}

/**
 * The regional gauges computed in the browser from the draft loaded once, so that they follow a class change at once
 * (the server sends its own after saving; both use the same rule: backend `jauges/jauges.ts`).
 */
export function calculerJauges(unites: readonly UniteJauge[], qpv: readonly QpvJauge[], parametres: readonly ParametreEffectif[]): Jauges {
  const plafond = (p: string) => parametres.find((x) => x.parametre === p)?.valeur ?? null;
  const parClasse: Record<ClasseUnite, number> = { ZIP: 0, ZAC: 0, ZAR: 0, HZ: 0 };
  const classeDe = new Map<string, ClasseUnite>();
  let population = 0;
  let marge = 0;
  let vivier = 0;
  for (const u of unites) {
    classeDe.set(u.code, u.classe);
    parClasse[u.classe] += u.populationRegion;
    population += u.populationRegion;
    if (u.categorie === 'vivier') vivier += u.populationRegion;
    if (u.categorie === 'hors_vivier' && (u.classe === 'ZIP' || u.classe === 'ZAC')) marge += u.populationRegion;
  }
  let deplacee = 0;
  for (const q of qpv) {
    if (q.classe === null) continue;
    for (const p of q.parts) {
      const c = classeDe.get(p.unite);
      if (!c || c === q.classe) continue;
      parClasse[c] -= p.population;
      parClasse[q.classe] += p.population;
      deplacee += p.population;
    }
  }
  return {
    populationRegion: population,
    populationParClasse: parClasse,
    zip: jauge(parClasse.ZIP, population, plafond('plafond_zip')),
    zac: jauge(parClasse.ZAC, population, plafond('plafond_zac')),
    marge: { ...jauge(marge, vivier, plafond('marge_derogatoire')), partRegion: population > 0 ? (100 * marge) / population : null, populationVivier: vivier },
    populationQpvDeplacee: deplacee,
  };
}
