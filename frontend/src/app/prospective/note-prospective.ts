import { CelluleCsv, versCsv } from '../export/csv';
import { HypothesesProspective, ResultatProspective } from './prospective';

const nombre = (x: number | null | undefined, chiffres = 2) =>
  x === null || x === undefined
    ? 'non disponible'
    : new Intl.NumberFormat('fr-FR', { maximumFractionDigits: chiffres, minimumFractionDigits: chiffres }).format(x);
const entier = (x: number) => new Intl.NumberFormat('fr-FR').format(Math.round(x));
const signe = (x: number | null) => (x === null ? 'non disponible' : `${x > 0 ? '+' : ''}${nombre(x)}`);
const echapper = (t: string) => t.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

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

/**
 * A printable note (one self-contained HTML page with a print stylesheet): the territory, the two scenarios and
 * their hypotheses, the figures side by side, what moves the territory most, the caveats and the sources.
 */
export function noteProspective(r: ResultatProspective, h: HypothesesProspective | null): string {
  const horizons = r.scenarios.observe.horizons;
  const cellules = (f: (x: ResultatProspective['aujourdhui']) => string) =>
    `<td>${f(r.aujourdhui)}</td>${horizons.map((o, k) => `<td>${f(o)}</td><td>${f(r.scenarios.cible.horizons[k])}</td>`).join('')}`;
  const choix = (s: 'observe' | 'cible') =>
    r.scenarios[s].hypotheses
      .map((x) => `<li>Enjeu ${x.numero}, ${echapper(x.titre)}&nbsp;: hypothèse ${x.lettre}, « ${echapper(x.hypothese)} »</li>`)
      .join('');
  const leviers = r.leviers
    .slice(0, 8)
    .map((l) => `<li>${echapper(l.libelle)}&nbsp;: ${l.horizons.map((x) => `${signe(x.ecartApl)} en ${r.anneeReference + x.annees}`).join(', ')}</li>`)
    .join('');
  const sources = (h?.leviers ?? [])
    .flatMap((l) => l.sources)
    .filter((s, i, t) => t.findIndex((x) => x.url === s.url) === i)
    .map((s) => `<li>${echapper(s.libelle)} — ${echapper(s.url)} (consulté le ${echapper(s.consulteLe)})</li>`)
    .join('');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Prospective — ${echapper(r.territoire.nom)}</title>
<style>
body{font-family:Marianne,Arial,sans-serif;margin:2rem;color:#161616;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}
.petit{font-size:.8rem;color:#3a3a3a}
@media print{body{margin:1cm}h2{break-after:avoid}table,ul{break-inside:avoid}a{color:inherit}}
</style></head><body>
<h1>Accès aux médecins généralistes en ${horizons.map((x) => x.annee).join(' et ')} — ${echapper(r.territoire.nom)}</h1>
<p>Deux scénarios à 5 et 10 ans&nbsp;: le scénario <strong>observé</strong> prolonge la dynamique actuelle, le scénario <strong>cible</strong> décrit où les partenaires veulent aller. L’APL mesure les consultations de médecine générale accessibles par habitant et par an&nbsp;; sous 2,5 un territoire est sous-doté, entre 2,5 et 4 il est fragile.</p>
<h2>Les chiffres</h2>
<table><thead><tr><th>Indicateur</th><th>Aujourd’hui (${r.aujourdhui.annee})</th>${horizons.map((x) => `<th>Observé ${x.annee}</th><th>Cible ${x.annee}</th>`).join('')}</tr></thead><tbody>
<tr><td>APL</td>${cellules((x) => nombre(x.apl))}</tr>
<tr><td>APL aux médecins de moins de 65 ans</td>${cellules((x) => nombre(x.aplMoins65))}</tr>
<tr><td>Habitants sous 2,5</td>${cellules((x) => entier(x.populationSous2_5))}</tr>
<tr><td>Habitants sous 4</td>${cellules((x) => entier(x.populationSous4))}</tr>
<tr><td>Classe</td>${cellules((x) => echapper(libelleClasse(r, x.classe)))}</tr>
</tbody></table>
<h2>Scénario observé</h2><ul>${choix('observe')}</ul>
<h2>Scénario cible</h2><ul>${choix('cible')}</ul>
<h2>Ce qui fait le plus bouger le territoire</h2>
<p>Écart d’APL obtenu en passant un seul levier du scénario observé à sa valeur cible :</p><ul>${leviers || '<li>Aucun levier ne diffère entre les deux scénarios.</li>'}</ul>
<h2>Précautions</h2><ul>${r.avertissements.map((a) => `<li>${echapper(a)}</li>`).join('')}</ul>
<p class="petit">Source&nbsp;: ${echapper(r.source.libelle)}. Offre de départ&nbsp;: ${echapper(r.offre.libelle)}.</p>
<h2>Sources des leviers</h2><ul class="petit">${sources}</ul>
</body></html>
`;
}
