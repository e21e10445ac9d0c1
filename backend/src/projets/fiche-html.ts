import { ClasseAcces, LIBELLES_CLASSES } from '../acces/indicateurs/classes-acces';
import { echapperHtml } from '../common/texte/echapper-html';
import { totalFinancement } from './export-csv';
import { Projet } from './projets.repository';
import type { AnalyseProjet } from './projets.service';
import { nombreDe } from '../common/texte/nombre-de';
import {
  ETAPES_PROJET,
  EtapeProjet,
  LIBELLES_ETAPE,
  LIBELLES_PORTEUR,
  LIBELLES_PROFESSION,
  LIBELLES_STATUT_FINANCEMENT,
  LIBELLES_TYPE,
  TypeProjet,
} from './referentiel-projet';

const euros = (n: number) => `${n.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} €`;
const date = (d: string | null) => (d ? new Date(`${d}T00:00:00Z`).toLocaleDateString('fr-FR', { timeZone: 'UTC' }) : '—');

/**
 * Printable project sheet (server-rendered HTML, DSFR-like sober print styles inline, no script): identity,
 * stage, team, health project, funding plan, need of the zone, simulated impact, eligible aids, neighbours with
 * the overlap warning — each figure with its source and year.
 */
export function ficheProjetHtml(p: Projet, a: AnalyseProjet, genereLe = new Date()): string {
  const e = echapperHtml;
  const rangEtape = ETAPES_PROJET.indexOf(p.etape as EtapeProjet);
  const chevauchements = a.voisins.projets.filter((v) => v.id !== p.id);
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
<p>${e(p.porteurNom)} (${e(LIBELLES_PORTEUR[p.porteurType as keyof typeof LIBELLES_PORTEUR] ?? p.porteurType)})${p.formeJuridique ? ` — forme juridique : ${e(p.formeJuridique.toUpperCase())}` : ''}</p>
<table><thead><tr><th>Profession</th><th>Engagés</th></tr></thead><tbody>
${p.professionnels.map((x) => `<tr><td>${e(LIBELLES_PROFESSION[x.profession as keyof typeof LIBELLES_PROFESSION]?.[1] ?? x.profession)}</td><td class="n">${e(x.nombre)}</td></tr>`).join('\n') || '<tr><td colspan="2">Aucun professionnel engagé renseigné</td></tr>'}
</tbody></table>
<p>Projet de santé : ${p.projetSanteValide ? `validé le ${date(p.projetSanteDate)}` : 'non validé'}</p>
<h2>Plan de financement</h2>
<table><thead><tr><th>Aide</th><th>Financeur</th><th>Statut</th><th>Montant</th></tr></thead><tbody>
${p.planFinancement.map((l) => `<tr><td>${e(l.aide)}</td><td>${e(l.financeur ?? '')}</td><td>${e(LIBELLES_STATUT_FINANCEMENT[l.statut as keyof typeof LIBELLES_STATUT_FINANCEMENT] ?? l.statut)}</td><td class="n">${e(euros(Number(l.montant)))}</td></tr>`).join('\n') || '<tr><td colspan="4">Aucune ligne</td></tr>'}
</tbody><tfoot><tr><th colspan="3">Total (dont accordé ou versé : ${e(euros(totalFinancement(p, ['accorde', 'verse'])))})</th><th class="n">${e(euros(totalFinancement(p)))}</th></tr></tfoot></table>
${sectionBesoin(a.besoin)}
${sectionImpact(a.impact)}
${sectionAides(a.aides)}
<h2>Projets et structures voisins (moins de ${e(a.voisins.minutesMax)} minutes)</h2>
${a.voisins.alerte ? `<p class="alerte">Attention : ${e(a.voisins.alerte)}</p>` : ''}
${
  chevauchements.length
    ? `<p class="alerte">Attention : ${nombreDe(chevauchements.length, 'projet', 'projets')} à moins de 20 minutes ${chevauchements.length > 1 ? 'pourraient' : 'pourrait'} se disputer la même patientèle.</p>
<ul>${chevauchements.map((v) => `<li>${e(v.nom)} (${e(v.type)}, ${e(LIBELLES_ETAPE[v.etape as EtapeProjet] ?? v.etape)}) — ${e(v.communeNom)}, ${e(v.minutes)} min</li>`).join('')}</ul>`
    : '<p>Aucun autre projet à moins de 20 minutes.</p>'
}
${a.voisins.avertissement ? `<p class="alerte" data-couverture="${e(String(a.voisins.couverture.couvert))}">${e(a.voisins.avertissement)}</p>` : ''}
${
  a.voisins.structures === null
    ? '<p>Structures à moins de 20 minutes : non connues (données non chargées pour ce secteur).</p>'
    : a.voisins.structures.length
      ? `<table><thead><tr><th>Structure</th><th>Type</th><th>Commune</th><th>Minutes</th><th>Concurrente</th></tr></thead><tbody>
${a.voisins.structures.map((s) => `<tr><td>${e(s.nom)}</td><td>${e(s.type.toUpperCase())}${s.nature ? ` (${e(s.nature)})` : ''}</td><td>${e(s.communeNom)}</td><td class="n">${e(nombre(s.minutes))}</td><td>${s.concurrente ? 'oui' : 'non'}</td></tr>`).join('\n')}
</tbody></table>`
      : `<p>Aucune MSP, PSP, centre de santé ni CPTS connu à moins de 20 minutes${a.voisins.couverture.couvert === true ? '' : ' dans la partie couverte par les données chargées'}.</p>`
}
<p class="meta">Méthode : ${e(a.voisins.methode)}. Sources : ${e(a.voisins.source)}.</p>
${p.documents.length ? `<h2>Documents</h2><ul>${p.documents.map((d) => `<li><a href="${e(d.url)}">${e(d.titre)}</a></li>`).join('')}</ul>` : ''}
</body></html>
`;
}

const nombre = (x: unknown) => (typeof x === 'number' ? x.toLocaleString('fr-FR', { maximumFractionDigits: 3 }) : '—');
const CLASSES_COURTES: Record<string, string> = {
  sous_dotee: 'sous-dotée',
  fragile_menacee: 'fragile menacée',
  fragile: 'fragile',
  suffisante: 'accès suffisant',
};
const classeCourte = (c: string | null) => (c ? (CLASSES_COURTES[c] ?? c) : 'sans APL');
const src = (s: { libelle: string; millesime: string } | null | undefined) => (s ? `${s.libelle} (${s.millesime})` : '');

interface ValeurSourcee {
  valeur: number | string | null;
  source: { libelle: string; millesime: string };
}
interface IndicateursLus {
  nom?: string;
  nbCommunes?: number;
  apl: ValeurSourcee;
  aplMoins65: ValeurSourcee;
  classe: ValeurSourcee;
  population: { totale: ValeurSourcee; sous2_5: ValeurSourcee; sous4: ValeurSourcee };
}

function lignesIndicateurs(titre: string, i: IndicateursLus): string {
  const e = echapperHtml;
  const lu = (x: ValeurSourcee['valeur']) => (typeof x === 'string' ? (LIBELLES_CLASSES[x as ClasseAcces] ?? x) : nombre(x));
  const ligne = (libelle: string, v: ValeurSourcee) => `<tr><td>${e(libelle)}</td><td class="n">${e(lu(v.valeur))}</td><td>${e(src(v.source))}</td></tr>`;
  return `<tr><th colspan="3">${e(titre)}</th></tr>
${ligne('APL (consultations par an et par habitant)', i.apl)}
${ligne('APL des médecins de moins de 65 ans', i.aplMoins65)}
${ligne('Classe d’accès', i.classe)}
${ligne('Population', i.population.totale)}
${ligne('Population sous 2,5', i.population.sous2_5)}
${ligne('Population sous 4', i.population.sous4)}`;
}

function sectionBesoin(b: AnalyseProjet['besoin']): string {
  const e = echapperHtml;
  if (!b.disponible) return `<h2>Besoin de la zone</h2><p>${e(b.message ?? 'Indicateurs indisponibles.')}</p>`;
  const ind = b.indicateurs as { commune: IndicateursLus; zone: IndicateursLus | null };
  const v = b.verdict!;
  return `<h2>Besoin de la zone</h2>
<p class="${v.cible === 'zone_sans_medecin' ? 'alerte' : ''}"><strong>${e(v.libelle)}</strong> — ${e(v.explication)}</p>
<table><thead><tr><th>Indicateur</th><th>Valeur</th><th>Source</th></tr></thead><tbody>
${lignesIndicateurs(`Commune : ${ind.commune.nom ?? ''}`, ind.commune)}
${ind.zone ? lignesIndicateurs(`Zone du projet (${ind.zone.nbCommunes} communes)`, ind.zone) : ''}
</tbody></table>
<p class="meta">${e(v.critere)}</p>`;
}

function sectionImpact(i: AnalyseProjet['impact']): string {
  const e = echapperHtml;
  if (!i.disponible) return `<h2>Impact simulé</h2><p>${e(i.message ?? 'Simulation indisponible.')}</p>`;
  const r = i as unknown as {
    source: { libelle: string; millesime: string };
    commune: { nom?: string; aplAvant?: number; aplApres?: number; deltaApl: number; classeAvant?: string; classeApres?: string };
    populationAuDessusDe2_5: { population: number };
    populationAuDessusDe4: { population: number };
    communesTouchees: number;
    changementsDeClasse: { nom: string; classeAvant: string | null; classeApres: string | null }[];
    hypotheses: { consultationsParMedecin: number; medecinsEngages: string };
    scenario: { changements: { nombre?: number }[] };
  };
  return `<h2>Impact simulé de l’ouverture</h2>
<p>${e(nombreDe(r.scenario.changements[0]?.nombre ?? 0, 'médecin généraliste engagé', 'médecins généralistes engagés'))}, ${e(nombre(r.hypotheses.consultationsParMedecin))} consultations par an chacun.</p>
<table><tbody>
<tr><td>ΔAPL de la commune</td><td class="n">${e(nombre(r.commune.deltaApl))}${r.commune.aplAvant !== undefined ? ` (${e(nombre(r.commune.aplAvant))} → ${e(nombre(r.commune.aplApres))})` : ''}</td></tr>
<tr><td>Population passant au-dessus de 2,5</td><td class="n">${e(nombre(r.populationAuDessusDe2_5.population))}</td></tr>
<tr><td>Population passant au-dessus de 4</td><td class="n">${e(nombre(r.populationAuDessusDe4.population))}</td></tr>
<tr><td>Communes dont l’APL change</td><td class="n">${e(r.communesTouchees)}</td></tr>
<tr><td>Communes changeant de classe (${r.changementsDeClasse.length})</td><td>${
    r.changementsDeClasse
      .slice(0, 15)
      .map((c) => `${e(c.nom)} (${e(classeCourte(c.classeAvant))} → ${e(classeCourte(c.classeApres))})`)
      .join(', ') || 'aucune'
  }${r.changementsDeClasse.length > 15 ? ` et ${r.changementsDeClasse.length - 15} autres` : ''}</td></tr>
</tbody></table>
<p class="meta">Source : ${e(src(r.source))}. ${e(r.hypotheses.medecinsEngages)}</p>`;
}

function sectionAides(a: AnalyseProjet['aides']): string {
  const e = echapperHtml;
  if (!a.disponible) return `<h2>Aides mobilisables</h2><p>${e(a.message)}</p>`;
  const libelleStatut: Record<string, string> = { eligible: 'Éligible', 'a-confirmer': 'À confirmer', 'non-eligible': 'Non éligible' };
  return `<h2>Aides mobilisables au ${e(date(a.date))}</h2>
${a.evaluations
  .map(
    (ev) => `<h3>${e(ev.libelle)}</h3>
<table><thead><tr><th>Aide</th><th>Statut</th><th>Montant</th><th>Raisons</th><th>Sources</th></tr></thead><tbody>
${
  ev.aides
    .filter((x) => x.statut !== 'non-eligible')
    .map(
      (x) =>
        `<tr><td>${e(x.nom)}</td><td>${e(libelleStatut[x.statut] ?? x.statut)}</td><td>${e(x.montant.libelle)}</td><td>${x.raisons.map((r) => e(r.raison)).join('<br>')}</td><td>${x.sources.map((s) => e(s.libelle)).join('<br>')}</td></tr>`,
    )
    .join('\n') || '<tr><td colspan="5">Aucune aide éligible ou à confirmer</td></tr>'
}
</tbody></table>
<p class="meta">Non éligibles : ${
      ev.aides
        .filter((x) => x.statut === 'non-eligible')
        .map((x) => `${e(x.nom)} (${(x.nonRemplis ?? []).map((c) => `${e(c.libelle)} : ${e(c.raison)}`).join(' ; ') || 'critère non rempli'})`)
        .join(', ') || 'aucune'
    }.</p>`,
  )
  .join('\n')}
${a.catalogue ? `<p class="meta">Catalogue des aides version ${e(a.catalogue.version)} publié le ${e(date(a.catalogue.publieLe))}.</p>` : ''}`;
}
