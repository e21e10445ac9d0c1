import { nombreDe } from '../../common/texte/nombre-de';
import { Jauges } from '../jauges/jauges';
import { Socle } from '../unites/socle';
import { DecisionUnite } from '../brouillons/decisions';

export interface Controle {
  code: string;
  niveau: 'bloquant' | 'avertissement' | 'ok';
  message: string;
}

const pct = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const entier = new Intl.NumberFormat('fr-FR');

/**
 * Checks before a draft is validated: a gauge over its ceiling blocks; unknown ceilings, values older than the method
 * in force, QPV populations approximated and units forced are said (warnings) so that the planner validates knowingly.
 */
export function controler(socle: Socle, unites: ReadonlyMap<string, DecisionUnite>, jauges: Jauges): Controle[] {
  const controles: Controle[] = [];
  const sansClasse = socle.unites.filter((u) => !unites.has(u.code));
  controles.push(
    sansClasse.length
      ? {
          code: 'unites',
          niveau: 'bloquant',
          message: `${nombreDe(sansClasse.length, 'unité', 'unités')} sans classe : ${sansClasse.map((u) => u.code).join(', ')}.`,
        }
      : { code: 'unites', niveau: 'ok', message: `Les ${socle.unites.length} unités ont une classe.` },
  );
  for (const [code, libelle, j] of [
    ['zip', 'ZIP', jauges.zip],
    ['zac', 'ZAC', jauges.zac],
    ['marge', 'marge dérogatoire', jauges.marge],
  ] as const) {
    const part = j.part === null ? 'non calculable' : `${pct.format(j.part)} %`;
    if (j.statut === 'depasse')
      controles.push({
        code: `jauge-${code}`,
        niveau: 'bloquant',
        message: `Jauge ${libelle} : ${part}, au-dessus du plafond de ${pct.format(j.plafond!)} %.`,
      });
    else if (j.statut === 'plafond_inconnu')
      controles.push({
        code: `jauge-${code}`,
        niveau: 'avertissement',
        message: `Jauge ${libelle} : ${part} ; plafond inconnu (à saisir par l’ARS) : non contrôlé.`,
      });
    else controles.push({ code: `jauge-${code}`, niveau: 'ok', message: `Jauge ${libelle} : ${part}, sous le plafond de ${pct.format(j.plafond!)} %.` });
  }
  for (const p of socle.parametres)
    if (p.statut === 'a_saisir' || p.anterieurAuTexteEnVigueur)
      controles.push({ code: `parametre-${p.parametre}`, niveau: 'avertissement', message: `${p.libelle} : ${p.provenance}` });
  const approchees = socle.qpv.filter((q) => q.populationSource === 'minimum_legal');
  if (approchees.length)
    controles.push({
      code: 'qpv-population',
      niveau: 'avertissement',
      message: `Population de ${nombreDe(approchees.length, 'QPV', 'QPV')} approchée par le minimum légal de ${entier.format(1000)} habitants (population Insee à saisir).`,
    });
  const forcees = socle.unites.filter((u) => unites.get(u.code)?.force);
  if (forcees.length)
    controles.push({
      code: 'forcees',
      niveau: 'avertissement',
      message: `${nombreDe(forcees.length, 'unité forcée', 'unités forcées')} avec justification : ${forcees.map((u) => `${u.nom} (${u.code})`).join(', ')}.`,
    });
  return controles;
}
