import { dateEnFrancais } from '../regles/dates';
import { euros } from '../regles/calculer-montant';
import { ResultatCritere } from '../regles/evaluer-critere';
import { libelle } from '../regles/libelles';
import { decrireVersion, nomZonage } from '../eligibilite/construire-faits';
import { ResultatAide, TotalPeriodicite } from '../eligibilite/evaluer-eligibilite';
import { ClasseZonage } from '../ports/source-zonage';
import { SourceAide } from '../regles/definition-aide';
import type { ReponseEligibilite } from '../aides.service';
import { echapperHtml } from '../../common/texte/echapper-html';
import { typographier } from '../../common/texte/typographie';
import { pluriel } from '../../common/texte/pluriel';
import { ProfessionZonage } from '../../zonage/classes-zonage';

const e = echapperHtml;

const STATUTS: Record<ResultatAide['statut'], { texte: string; classe: string }> = {
  eligible: { texte: 'Éligible', classe: 'fr-badge--success' },
  'a-confirmer': { texte: 'À confirmer', classe: 'fr-badge--warning' },
  'non-eligible': { texte: 'Non éligible', classe: 'fr-badge--error' },
};
const SYMBOLES: Record<ResultatCritere['statut'], { symbole: string; texte: string }> = {
  rempli: { symbole: '✓', texte: 'rempli' },
  'non-rempli': { symbole: '✗', texte: 'non rempli' },
  'a-verifier': { symbole: '?', texte: 'à vérifier' },
};
const PERIODES: Record<string, string> = { unique: 'versement unique', mois: 'par mois', semestre: 'par semestre', an: 'par an' };

/**
 * The printable answer: server-rendered HTML, French, sober layout borrowing DSFR class names and
 * colours, with print CSS (A4, no break inside an aid, link targets printed). No script, no external asset.
 */
export function pageEligibilite(r: ReponseEligibilite, genereLe: string): string {
  const parStatut = (s: ResultatAide['statut']) => r.aides.filter((a) => a.statut === s);
  const medecin = r.zonage.medecin;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aides pour ${e(r.commune.nom)} (${e(r.commune.code)}) au ${e(dateEnFrancais(r.date))} — Maillage</title>
<style>${CSS}</style>
</head>
${typographier(`<body>
<header class="fr-header"><p class="fr-header__service">Maillage — guichet unique des aides à l’installation et à l’exercice</p></header>
<main class="fr-container">
<h1>Aides possibles à ${e(r.commune.nom)} (${e(r.commune.code)}) au ${e(dateEnFrancais(r.date))}</h1>
<section class="fr-callout">
  <h2 class="fr-h6">Situation évaluée</h2>
  <ul>${situation(r)}</ul>
  <h2 class="fr-h6">Zonage à cette date</h2>
  ${zonageALaDate('medecin', medecin, r)}
  ${r.zonage.profession && r.zonage.profession.zonage !== 'medecin' ? zonageALaDate(r.zonage.profession.zonage, r.zonage.profession.classe, r) : ''}
  ${r.zonage.qpv.length ? `<p>Quartiers prioritaires de la commune : ${r.zonage.qpv.map((q) => `${e(q.nom)} (${e(q.code)}${q.classe ? `, classé ${e(q.classe)}` : ''})`).join(', ')}.</p>` : ''}
  ${r.zonage.ruralite.frr ? `<p>France Ruralités Revitalisation : ${e(r.zonage.ruralite.frr)}. <span class="fr-hint">Source : ${e(r.zonage.ruralite.source)}</span></p>` : ''}
  <h2 class="fr-h6">Aides locales</h2>
  <p data-testid="aides-locales">${
    r.aidesLocales.message
      ? `${e(r.aidesLocales.message)}${r.aidesLocales.ars?.paps ? ` <a href="${e(r.aidesLocales.ars.paps)}">${e(r.aidesLocales.ars.paps)}</a>` : ''}`
      : `${e(pluriel(r.aidesLocales.recensees, 'aide locale recensée', 'aides locales recensées'))} pour cette commune (région, département, intercommunalité ou commune), évaluées ci-dessous.`
  }</p>
</section>
<section>
  <h2>Montant potentiel</h2>
  ${totaux('Aides éligibles', r.total.eligibles)}
  ${totaux('Y compris les aides à confirmer', r.total.potentiel)}
  ${r.total.nonChiffrees.length ? `<p>S’y ajoutent ${e(pluriel(r.total.nonChiffrees.length, 'aide non chiffrable', 'aides non chiffrables'))} à l’avance (pourcentages, points, appels à projets).</p>` : ''}
  <p class="fr-hint">Les montants de périodicités différentes ne sont jamais additionnés entre eux, ni les aides qui s’excluent (par exemple l’aide au cabinet secondaire et l’aide à la première installation pour le même lieu).</p>
</section>
${r.avertissements.length ? `<section class="fr-alert"><h2 class="fr-h6">À savoir</h2><ul>${r.avertissements.map((a) => `<li>${e(a)}</li>`).join('')}</ul></section>` : ''}
${(['eligible', 'a-confirmer', 'non-eligible'] as const)
  .map((s) =>
    parStatut(s).length
      ? `<section><h2>${{ eligible: 'Aides éligibles', 'a-confirmer': 'Aides à confirmer', 'non-eligible': 'Aides non éligibles' }[s]} (${parStatut(s).length})</h2>${parStatut(
          s,
        )
          .map((a) => carteAide(a))
          .join('')}</section>`
      : '',
  )
  .join('')}
${
  r.aLaDateInstallation.length
    ? `<section><h2>Ce qui s’appliquait à la date de votre installation (${e(dateEnFrancais(r.demande.dateInstallation!))})</h2><p class="fr-hint">Aides fermées depuis, jamais additionnées aux montants ci-dessus.</p>${r.aLaDateInstallation.map((a) => carteAide(a, a.motif)).join('')}</section>`
    : ''
}
${r.autresPublics.length ? `<section><h2>Aides destinées à d’autres professions ou publics</h2><ul>${r.autresPublics.map((a) => `<li>${e(a.nom)} — ${e(a.motif)}</li>`).join('')}</ul></section>` : ''}
${r.horsPeriode.length ? `<section><h2>Aides hors période au ${e(dateEnFrancais(r.date))}</h2><ul>${r.horsPeriode.map((h) => `<li><strong>${e(h.nom)}</strong> — ${e(h.motif)}</li>`).join('')}</ul></section>` : ''}
</main>
<footer class="fr-footer"><p>Catalogue des aides version ${e(r.catalogue.version)} (publiée le ${e(dateEnFrancais(r.catalogue.publieLe))})${r.catalogue.versionPublieeALaDate && r.catalogue.versionPublieeALaDate !== r.catalogue.version ? `, version publiée à la date demandée : ${e(r.catalogue.versionPublieeALaDate)}` : ''}${r.catalogue.aidesLocales ? ` ; ${e(pluriel(r.catalogue.aidesLocales, 'aide locale', 'aides locales'))}` : ''}. ${r.catalogue.verification ? e(r.catalogue.verification) : ''} Réponse indicative générée le ${e(genereLe)} : seul le financeur décide de l’attribution.</p></footer>
</body>`)}
</html>`;
}

function situation(r: ReponseEligibilite): string {
  const d = r.demande;
  const lignes: [string, string | undefined][] = [
    ['Situation', libelle('situation', d.situation)],
    ['Profession', d.profession && libelle('profession', d.profession)],
    ['Première installation', d.premiereInstallation === undefined ? undefined : d.premiereInstallation ? 'oui' : 'non'],
    ['Date d’installation', d.dateInstallation && dateEnFrancais(d.dateInstallation)],
    ['Cabinet', d.typeCabinet && libelle('typeCabinet', d.typeCabinet)],
    ['Secteur', d.secteur && libelle('secteur', d.secteur)],
    ['Mode d’exercice', d.modeExercice && libelle('modeExercice', d.modeExercice)],
    ['Jours par semaine', d.joursParSemaine?.toLocaleString('fr-FR')],
    ['Âge', d.age === undefined ? undefined : `${d.age} ans`],
    ['Permanence des soins', d.permanenceDesSoins === undefined ? undefined : d.permanenceDesSoins ? 'oui' : 'non'],
    ['En quartier prioritaire', d.codeQpv ?? (d.dansQpv === undefined ? undefined : d.dansQpv ? 'oui' : 'non')],
    ['Classe de zonage déclarée', d.classeZonageDeclaree && libelle('classe', d.classeZonageDeclaree)],
    [
      'Aides déjà perçues',
      r.aidesAnterieures
        ? r.aidesAnterieures.length
          ? r.aidesAnterieures.map((a) => `${a.libelle} (${dateEnFrancais(a.date)})`).join(', ')
          : 'aucune'
        : undefined,
    ],
    ['Type de projet', d.typeProjet && libelle('typeProjet', d.typeProjet)],
  ];
  return lignes
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<li>${e(k)} : ${e(v)}</li>`)
    .join('');
}

function totaux(titre: string, liste: TotalPeriodicite[]): string {
  if (!liste.length) return `<p><strong>${e(titre)}</strong> : aucun montant chiffré.</p>`;
  return `<p><strong>${e(titre)}</strong> : ${liste.map((t) => `${t.min === t.max ? e(euros(t.max)) : `${t.min ? `de ${e(euros(t.min))} à ` : 'jusqu’à '}${e(euros(t.max))}`} ${e(PERIODES[t.periodicite])}`).join(' ; ')}</p>`;
}

function zonageALaDate(profession: ProfessionZonage, z: ClasseZonage, r: ReponseEligibilite): string {
  const nom = nomZonage(profession);
  if (!z.version)
    return `<p>${e(nom[0].toUpperCase() + nom.slice(1))} : aucune version chargée à cette date${profession === 'medecin' || profession === 'infirmier' ? ' (classement à vérifier auprès de l’ARS)' : ' (zonage de votre profession non chargé)'}.</p>`;
  const classe = z.classe ? libelle('classe', z.classe) : 'pas de classe publiée pour cette commune';
  const validite =
    z.validite?.statut === 'perimee'
      ? `<strong class="fr-perimee">version périmée à cette date</strong> (fin présumée le ${e(dateEnFrancais(z.validite.finPresumee!))}) : ${e(z.validite.motif ?? '')}${z.validite.source ? ` — <a href="${e(z.validite.source)}">page de l’ARS</a>` : ''}. La classe ci-dessus est la dernière chargée, pour mémoire.`
      : `version en vigueur à cette date${z.validite?.finPresumee ? ` (fin présumée le ${e(dateEnFrancais(z.validite.finPresumee))})` : ''}`;
  return `<p data-testid="zonage-${e(profession)}">${e(nom[0].toUpperCase() + nom.slice(1))} : <strong>${e(classe)}</strong> — ${e(decrireVersion(z.version, r.commune))}. Validité : ${validite} <span class="fr-hint">Source : ${e(z.version.source)}</span></p>`;
}

function source(s: SourceAide): string {
  const date = s.consulteLe ? `consulté le ${dateEnFrancais(s.consulteLe)}` : s.saisiLe ? `saisi le ${dateEnFrancais(s.saisiLe)}, page non relue` : '';
  const page = s.datePage ? (s.datePage.length === 10 ? `page du ${dateEnFrancais(s.datePage)}` : `page de ${s.datePage}`) : '';
  const fiabilite = s.fiabilite === 'secondaire' ? 'source non officielle' : '';
  const details = [page, date, fiabilite].filter(Boolean).join(', ');
  return `${s.url ? `<a href="${e(s.url)}">${e(s.libelle)}</a>` : e(s.libelle)}${details ? ` (${e(details)})` : ''}`;
}

function carteAide(a: ResultatAide, motif?: string): string {
  const statut = STATUTS[a.statut];
  return `<article class="fr-card">
  <h3>${e(a.nom)} <span class="fr-badge ${statut.classe}">${statut.texte}</span></h3>
  ${motif ? `<p class="fr-hint">${e(motif)}</p>` : ''}
  <p class="fr-card__detail">${e(a.financeur.nom)} · ${e(a.montant.libelle)}${a.duree ? ` · ${e(a.duree)}` : ''}</p>
  ${a.montant.note ? `<p class="fr-hint">${e(a.montant.note)}</p>` : ''}
  <p>${e(a.description)}</p>
  ${a.nonRemplis.length ? `<div class="fr-non-rempli"><strong>${a.nonRemplis.length > 1 ? 'Critères non remplis' : 'Critère non rempli'} :</strong><ul>${a.nonRemplis.map((c) => `<li>${e(c.libelle)} — ${e(c.raison)}</li>`).join('')}</ul></div>` : ''}
  ${a.aPreciser.length ? `<div class="fr-a-preciser"><strong>À préciser :</strong><ul>${a.aPreciser.map((p) => `<li>${e(p.question ?? p.libelle)}</li>`).join('')}</ul></div>` : ''}
  <table class="fr-table"><caption>Critères</caption><thead><tr><th scope="col"></th><th scope="col">Critère</th><th scope="col">Raison</th><th scope="col">Source</th></tr></thead><tbody>
  ${a.criteres
    .map(
      (c) =>
        `<tr class="critere-${c.statut}"><td><span aria-label="${SYMBOLES[c.statut].texte}">${SYMBOLES[c.statut].symbole}</span></td><td>${e(c.libelle)}</td><td>${e(c.raison)}</td><td>${[
          c.sourceFait,
          c.sourceRegle?.libelle,
        ]
          .filter(Boolean)
          .map((s) => e(s))
          .join('<br>')}</td></tr>`,
    )
    .join('')}
  </tbody></table>
  ${a.demarches.length ? `<p><strong>Démarches :</strong> ${a.demarches.map((d) => e(d)).join(' ')}</p>` : ''}
  <p class="fr-hint">Sources : ${a.sources.map(source).join(' ; ')}</p>
</article>`;
}

const CSS = `
:root { --bleu: #000091; --gris: #666; --bord: #ddd; --vert: #18753c; --orange: #b34000; --rouge: #ce0500; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Marianne, Arial, "Helvetica Neue", sans-serif; color: #161616; line-height: 1.5; font-size: 16px; }
.fr-header { border-bottom: 1px solid var(--bord); padding: .75rem 1.5rem; }
.fr-header__service { margin: 0; font-weight: 700; color: var(--bleu); }
.fr-container { max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; }
h1 { font-size: 1.75rem; margin: 1rem 0; } h2 { font-size: 1.375rem; margin: 1.5rem 0 .75rem; } h3 { font-size: 1.125rem; margin: 0 0 .25rem; }
.fr-h6 { font-size: 1rem; margin: .5rem 0 .25rem; }
.fr-callout { background: #eeeef8; border-left: 4px solid var(--bleu); padding: .75rem 1rem; }
.fr-callout ul { margin: .25rem 0; padding-left: 1.25rem; }
.fr-alert { border: 1px solid var(--orange); border-left-width: 4px; padding: .5rem 1rem; margin: 1rem 0; }
.fr-card { border: 1px solid var(--bord); border-bottom: 3px solid var(--bleu); padding: 1rem; margin: 0 0 1rem; }
.fr-card__detail { color: var(--gris); margin: 0 0 .5rem; }
.fr-badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; padding: 0 .5rem; border-radius: .25rem; vertical-align: middle; }
.fr-badge--success { background: #b8fec9; color: var(--vert); } .fr-badge--warning { background: #ffe9e6; color: var(--orange); } .fr-badge--error { background: #ffe9e9; color: var(--rouge); }
.fr-hint { color: var(--gris); font-size: .875rem; }
.fr-a-preciser { background: #fff4f3; padding: .5rem .75rem; margin: .5rem 0; } .fr-a-preciser ul { margin: .25rem 0; }
.fr-non-rempli { background: #ffe9e9; padding: .5rem .75rem; margin: .5rem 0; } .fr-non-rempli ul { margin: .25rem 0; }
.fr-perimee { color: var(--orange); }
.fr-table { width: 100%; border-collapse: collapse; font-size: .875rem; margin: .5rem 0; }
.fr-table caption { text-align: left; font-weight: 700; } .fr-table th, .fr-table td { border: 1px solid var(--bord); padding: .25rem .5rem; vertical-align: top; text-align: left; }
.critere-rempli td:first-child { color: var(--vert); font-weight: 700; } .critere-non-rempli td:first-child { color: var(--rouge); font-weight: 700; } .critere-a-verifier td:first-child { color: var(--orange); font-weight: 700; }
.fr-footer { border-top: 2px solid var(--bleu); padding: 1rem 1.5rem; font-size: .8125rem; color: var(--gris); }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 10.5pt; } .fr-container { max-width: none; padding: 0; } .fr-header { padding: 0 0 .5rem; }
  .fr-card, .fr-callout, tr { break-inside: avoid; } h2, h3 { break-after: avoid; }
  a { color: inherit; } a[href]::after { content: " (" attr(href) ")"; font-size: .8em; }
  .fr-badge { border: 1px solid currentColor; }
}`;
