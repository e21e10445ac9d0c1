import { totalFinancement } from './export-csv';
import { Projet, VoisinProjet } from './projets.repository';
import { BesoinZone } from './besoin-projet';
import { ETAPES_PROJET, EtapeProjet, LIBELLES_ETAPE, LIBELLES_TYPE, TypeProjet } from './referentiel-projet';

/** Escapes text for HTML element content and attribute values. */
export function echapperHtml(texte: unknown): string {
  return String(texte ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const euros = (n: number) => `${n.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} €`;
const date = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC' }) : '—');

/**
 * Printable project sheet (server-rendered HTML, DSFR-like sober print styles inline, no script): identity,
 * stage, team, health project, funding plan, neighbours with the overlap warning, need of the zone.
 */
export function ficheProjetHtml(p: Projet, voisins: VoisinProjet[], besoin: BesoinZone, genereLe = new Date()): string {
  const e = echapperHtml;
  const rangEtape = ETAPES_PROJET.indexOf(p.etape as EtapeProjet);
  const chevauchements = voisins.filter((v) => v.id !== p.id);
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Fiche projet — ${e(p.nom)}</title>
<style>
 body{font-family:Marianne,Arial,sans-serif;color:#161616;max-width:800px;margin:2rem auto;line-height:1.5}
 h1{font-size:1.6rem;margin-bottom:.2rem} h2{font-size:1.15rem;border-bottom:2px solid #000091;padding-bottom:.2rem;margin-top:1.6rem}
 table{border-collapse:collapse;width:100%} th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left} td.n{text-align:right}
 ol.etapes{display:flex;gap:.3rem;padding:0;list-style:none;flex-wrap:wrap} ol.etapes li{border:1px solid #000091;padding:.1rem .4rem;font-size:.85rem}
 ol.etapes li.faite{background:#000091;color:#fff} .alerte{border-left:4px solid #b34000;background:#fff4f3;padding:.5rem 1rem}
 .meta{color:#666;font-size:.85rem} @media print{body{margin:0}}
</style></head><body>
<p class="meta">Maillage — fiche projet imprimée le ${e(genereLe.toLocaleDateString('fr-FR'))}</p>
<h1>${e(p.nom)}</h1>
<p><strong>${e(LIBELLES_TYPE[p.type as TypeProjet] ?? p.type)}</strong> — ${e(p.communeNom)} (${e(p.communeCode)}), département ${e(p.departementCode)}</p>
<h2>Étape</h2>
<ol class="etapes">${ETAPES_PROJET.map((et, i) => `<li class="${i <= rangEtape ? 'faite' : ''}">${e(LIBELLES_ETAPE[et])}</li>`).join('')}</ol>
<p>Lancement : ${date(p.dateLancement)} · ouverture prévue : ${date(p.dateOuverturePrevue)} · ouverture : ${date(p.dateOuverture)}</p>
<h2>Porteur et équipe</h2>
<p>${e(p.porteurNom)} (${e(p.porteurType)})${p.formeJuridique ? ` — forme juridique : ${e(p.formeJuridique.toUpperCase())}` : ''}</p>
<table><thead><tr><th>Profession</th><th>Engagés</th></tr></thead><tbody>
${p.professionnels.map((x) => `<tr><td>${e(x.profession.replace(/_/g, ' '))}</td><td class="n">${e(x.nombre)}</td></tr>`).join('\n') || '<tr><td colspan="2">Aucun professionnel engagé renseigné</td></tr>'}
</tbody></table>
<p>Projet de santé : ${p.projetSanteValide ? `validé le ${date(p.projetSanteDate)}` : 'non validé'}</p>
<h2>Plan de financement</h2>
<table><thead><tr><th>Aide</th><th>Financeur</th><th>Statut</th><th>Montant</th></tr></thead><tbody>
${p.planFinancement.map((l) => `<tr><td>${e(l.aide)}</td><td>${e(l.financeur ?? '')}</td><td>${e(l.statut)}</td><td class="n">${e(euros(Number(l.montant)))}</td></tr>`).join('\n') || '<tr><td colspan="4">Aucune ligne</td></tr>'}
</tbody><tfoot><tr><th colspan="3">Total (dont accordé ou versé : ${e(euros(totalFinancement(p, ['accorde', 'verse'])))})</th><th class="n">${e(euros(totalFinancement(p)))}</th></tr></tfoot></table>
<h2>Projets voisins (moins de 20 minutes)</h2>
${chevauchements.length ? `<p class="alerte">Attention : ${chevauchements.length} projet(s) à moins de 20 minutes pourraient se disputer la même patientèle.</p>
<ul>${chevauchements.map((v) => `<li>${e(v.nom)} (${e(v.type)}, ${e(LIBELLES_ETAPE[v.etape as EtapeProjet] ?? v.etape)}) — ${e(v.communeNom)}, ${e(v.minutes)} min</li>`).join('')}</ul>` : '<p>Aucun autre projet à moins de 20 minutes.</p>'}
<h2>Besoin de la zone</h2>
<p>${besoin.disponible ? e(JSON.stringify(besoin.indicateurs)) : e(besoin.message ?? 'Indicateurs indisponibles.')}</p>
${p.documents.length ? `<h2>Documents</h2><ul>${p.documents.map((d) => `<li><a href="${e(d.url)}">${e(d.titre)}</a></li>`).join('')}</ul>` : ''}
</body></html>
`;
}
