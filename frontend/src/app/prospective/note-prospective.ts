import { CelluleCsv, versCsv } from '../export/csv';
import { ResultatProspective } from './prospective';

/** Plain-French name of an access class (the API's labels). */
export function libelleClasse(r: ResultatProspective, classe: string | null): string {
  return classe ? (r.classes[classe] ?? classe) : 'non disponible';
}

/** The territory's figures as a CSV: today, then each scenario at each horizon (one line per indicator). */
export function csvProspective(r: ResultatProspective): string {
  const entetes = ['Indicateur', `Aujourd’hui (${r.aujourdhui.annee})`];
  for (const h of r.scenarios.observe.horizons) entetes.push(`Observé ${h.annee}`, `Cible ${h.annee}`);
  const ligne = (libelle: string, f: (x: ResultatProspective['aujourdhui']) => CelluleCsv) => {
    const l: CelluleCsv[] = [libelle, f(r.aujourdhui)];
    r.scenarios.observe.horizons.forEach((o, k) => l.push(f(o), f(r.scenarios.cible.horizons[k])));
    return l;
  };
  const lignes: CelluleCsv[][] = [
    ligne('APL (consultations par an et par habitant)', (x) => x.apl),
    ligne('APL aux médecins de moins de 65 ans', (x) => x.aplMoins65),
    ligne('Habitants sous 2,5', (x) => x.populationSous2_5),
    ligne('Habitants sous 4', (x) => x.populationSous4),
    ligne('Classe', (x) => libelleClasse(r, x.classe)),
  ];
  if (r.communes) {
    lignes.push([]);
    const tete: CelluleCsv[] = ['Commune', 'Code INSEE', 'Habitants', `APL ${r.aujourdhui.annee}`];
    for (const h of r.scenarios.observe.horizons) tete.push(`APL observé ${h.annee}`, `APL cible ${h.annee}`);
    lignes.push(tete);
    for (const c of r.communes) lignes.push([c.nom, c.code, c.population, c.apl, ...c.horizons.flatMap((h) => [h.observe, h.cible])]);
  }
  return versCsv(entetes, lignes);
}
