import { nombreDe } from '../../common/texte/nombre-de';
import { echapperHtml as e } from '../../common/texte/echapper-html';
import { DecisionUnite } from '../brouillons/decisions';
import { Jauges } from '../jauges/jauges';
import { CLASSES_UNITE, ClasseQpv, ClasseUnite, LIBELLES_CLASSES_UNITE } from '../unites/classes-cockpit';
import { Socle } from '../unites/socle';

const entier = new Intl.NumberFormat('fr-FR');
const pct = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dateFr = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

const CSS = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: Marianne, Arial, sans-serif; color: #161616; font-size: 10.5pt; line-height: 1.4; margin: 0; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 4mm; } h2 { font-size: 13.5pt; margin: 8mm 0 3mm; border-bottom: 2px solid #000091; padding-bottom: 1mm; }
h3 { font-size: 11.5pt; margin: 5mm 0 2mm; } h4 { font-size: 10.5pt; margin: 3mm 0 1mm; }
.projet { border: 2px solid #b34000; color: #b34000; padding: 2mm 3mm; font-weight: bold; display: inline-block; margin-bottom: 4mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; } th, td { border: 1px solid #929292; padding: 1mm 2mm; text-align: left; vertical-align: top; }
th { background: #eeeeee; } td.n { text-align: right; white-space: nowrap; }
.communes { columns: 2; column-gap: 8mm; margin: 0 0 3mm; padding: 0; list-style: none; } .communes li { break-inside: avoid; }
.unite { break-inside: avoid-page; } .classe { break-before: page; } .classe:first-of-type { break-before: auto; }
.source { font-size: 9pt; color: #3a3a3a; } footer { font-size: 9pt; color: #3a3a3a; border-top: 1px solid #929292; margin-top: 8mm; padding-top: 2mm; }
@media screen { body { background: #f6f6f6; } main { background: #fff; padding: 12mm 14mm; margin: 6mm auto; box-shadow: 0 1px 4px rgba(0,0,0,.15); } }
`;

/**
 * The printable draft annex of the arrêté: communes per class and département, grouped by unit, the QPV classed apart,
 * the justifications and the sources. Server-rendered HTML with print CSS (A4; one class per page group, no unit split
 * across pages): printed to PDF from the browser, it needs no script and no external asset.
 */
export function annexeHtml(p: {
  socle: Socle;
  libelle: string;
  statut: string;
  unites: ReadonlyMap<string, DecisionUnite>;
  qpv: ReadonlyMap<string, ClasseQpv>;
  jauges: Jauges;
  genereLe: string;
  nomsDepartements: Map<string, string>;
}): string {
  const { socle } = p;
  const classeDe = (u: string): ClasseUnite => p.unites.get(u)?.classe ?? 'HZ';
  const parUnite = new Map(socle.unites.map((u) => [u.code, u]));
  const sections = CLASSES_UNITE.map((classe) => {
    const communes = socle.communes.filter((c) => classeDe(c.unite) === classe);
    if (!communes.length) return '';
    const population = communes.reduce((s, c) => s + c.population, 0);
    const departements = [...new Set(communes.map((c) => c.departement))].sort();
    const blocs = departements
      .map((d) => {
        const ici = communes.filter((c) => c.departement === d);
        const unites = [...new Set(ici.map((c) => c.unite))].sort((a, b) => (parUnite.get(a)?.nom ?? a).localeCompare(parUnite.get(b)?.nom ?? b, 'fr'));
        return `<h3>${e(p.nomsDepartements.get(d) ?? d)} (${e(d)}) — ${nombreDe(ici.length, 'commune', 'communes')}</h3>
${unites
  .map((u) => {
    const liste = ici.filter((c) => c.unite === u).sort((a, b) => a.nom.localeCompare(b.nom, 'fr'));
    return `<div class="unite"><h4>${e(parUnite.get(u)?.nom ?? u)} (${e(u)})</h4><ul class="communes">${liste.map((c) => `<li>${e(c.code)} ${e(c.nom)}</li>`).join('')}</ul></div>`;
  })
  .join('\n')}`;
      })
      .join('\n');
    const titre = LIBELLES_CLASSES_UNITE[classe];
    return `<section class="classe" data-classe="${classe}"><h2>${e(titre[0].toUpperCase() + titre.slice(1))} — ${nombreDe(communes.length, 'commune', 'communes')}, ${entier.format(Math.round(population))} habitants</h2>
${blocs}</section>`;
  }).join('\n');
  const qpvClasses = socle.qpv.filter((q) => p.qpv.has(q.code));
  const justifiees = socle.unites.filter((u) => p.unites.get(u.code)?.justification || p.unites.get(u.code)?.force);
  const ligneJauge = (libelle: string, part: number | null, plafond: number | null, denominateur: string) =>
    `<tr><td>${e(libelle)}</td><td class="n">${part === null ? '—' : `${pct.format(part)} %`}</td><td class="n">${plafond === null ? 'à saisir par l’ARS' : `${pct.format(plafond)} %`}</td><td>${e(denominateur)}</td></tr>`;
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Projet d’annexe — zonage médecins ${e(socle.regionNom)} — ${e(p.libelle)}</title><style>${CSS}</style></head>
<body><main>
<p class="projet">PROJET — document de travail, sans valeur d’arrêté${p.statut === 'publie' ? ' (brouillon publié)' : ''}</p>
<h1>Annexe : zones caractérisées par une offre de soins insuffisante ou par des difficultés dans l’accès aux soins — médecins généralistes — ${e(socle.regionNom)}</h1>
<p>${e(p.libelle)}. Unité : ${e(socle.uniteLibelle)}. APL : ${e(socle.sourceApl)}. Généré le ${e(dateFr(p.genereLe))}.</p>
<table><thead><tr><th>Jauge</th><th>Part</th><th>Plafond</th><th>Rapportée à</th></tr></thead><tbody>
${ligneJauge('Population en ZIP', p.jauges.zip.part, p.jauges.zip.plafond, 'population de la région')}
${ligneJauge('Population en ZAC', p.jauges.zac.part, p.jauges.zac.plafond, 'population de la région')}
${ligneJauge('Marge dérogatoire (unités hors vivier classées ZIP ou ZAC)', p.jauges.marge.part, p.jauges.marge.plafond, 'population du vivier')}
</tbody></table>
${sections}
${
  qpvClasses.length
    ? `<section><h2>Quartiers prioritaires classés à part</h2><table><thead><tr><th>QPV</th><th>Communes</th><th>Classe</th></tr></thead><tbody>${qpvClasses
        .map((q) => `<tr><td>${e(q.nom)} (${e(q.code)})</td><td>${e(q.communes.join(', '))}</td><td>${e(LIBELLES_CLASSES_UNITE[p.qpv.get(q.code)!])}</td></tr>`)
        .join('')}</tbody></table></section>`
    : ''
}
${
  justifiees.length
    ? `<section><h2>Justifications</h2>${justifiees
        .map((u) => {
          const d = p.unites.get(u.code)!;
          return `<div class="unite"><h4>${e(u.nom)} (${e(u.code)}) — ${e(LIBELLES_CLASSES_UNITE[d.classe])}</h4>${d.force ? `<p><strong>Unité forcée</strong> (${e(u.verrou?.message ?? '')}) : ${e(d.justificationForcage)}</p>` : ''}${d.justification ? `<p>${e(d.justification)}</p>` : ''}</div>`;
        })
        .join('\n')}</section>`
    : ''
}
<footer><p>Sources : ${e(socle.sourceApl)} ; ${e(socle.sourcePopulation)} ; communes et départements : Insee, COG 2026.</p>
${socle.notes.map((n) => `<p class="source">${e(n)}</p>`).join('')}
${socle.parametres.map((x) => `<p class="source">${e(x.libelle)} : ${e(x.provenance)}</p>`).join('')}</footer>
</main></body></html>`;
}
