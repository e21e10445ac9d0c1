import { ecrireTerritoire, lireTerritoire } from '../territoires/territoire-url';
import { ParametreUrl } from '../vue/etat-url';
import { ComparaisonStore } from './comparaison.store';

const SCENARIOS = 'scenarios';
/** A saved scenario's id (uuid) or the scenario being edited. */
const CLE_SCENARIO = /^(en-cours|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The « Comparer » tab in the URL, one parameter `comparer` (a new history entry each time):
 * `commune:23031,commune:23176` (two territories; absent until both are chosen), `scenarios` (the scenarios mode,
 * nothing compared yet), `scenarios:<id>,<id>` (two saved scenarios compared, `en-cours` for the one being edited,
 * itself in `scenario`). A link opens the same comparison — a saved scenario only for its own account.
 */
export function parametresComparaison(store: ComparaisonStore): ParametreUrl[] {
  return [
    {
      nom: 'comparer',
      historique: 'ajouter',
      valeur: () => {
        if (store.mode() === 'scenarios') {
          const demandes = store.scenariosDemandes();
          return demandes ? `${SCENARIOS}:${demandes.join(',')}` : SCENARIOS;
        }
        const [a, b] = store.territoires();
        return a && b ? `${ecrireTerritoire(a)},${ecrireTerritoire(b)}` : null;
      },
      appliquer: (valeur) => {
        const scenarios = lireScenarios(valeur);
        if (scenarios !== undefined) {
          store.mode.set('scenarios');
          store.demanderScenarios(scenarios);
          return;
        }
        store.mode.set('territoires');
        store.demanderScenarios(null);
        const territoires = lireTerritoires(valeur);
        if (territoires) store.comparerTerritoires(...territoires);
        // Back to a view without a comparison: the second territory leaves, the first one (the selection's) stays.
        else store.choisirTerritoire(1, null);
      },
    },
  ];
}

/** undefined: not the scenarios mode; null: the mode without a comparison. */
function lireScenarios(valeur: string | null): readonly [string, string] | null | undefined {
  if (valeur === SCENARIOS) return null;
  if (!valeur?.startsWith(`${SCENARIOS}:`)) return undefined;
  const cles = valeur.slice(SCENARIOS.length + 1).split(',');
  return cles.length === 2 && cles.every((c) => CLE_SCENARIO.test(c)) && cles[0] !== cles[1] ? [cles[0], cles[1]] : null;
}

function lireTerritoires(valeur: string | null) {
  const refs = (valeur ?? '').split(',').map((t) => lireTerritoire(t));
  if (refs.length !== 2 || !refs[0] || !refs[1]) return null;
  return [
    { ...refs[0], nom: null },
    { ...refs[1], nom: null },
  ] as const;
}
