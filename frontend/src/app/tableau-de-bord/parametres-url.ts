import { WritableSignal } from '@angular/core';
import { parametresComparaison } from '../comparaison/comparaison-url';
import { ComparaisonStore } from '../comparaison/comparaison.store';
import { ecrirePosition, lirePosition, POSITION_INITIALE, PositionCarte } from '../carte/position-carte';
import { indicateurParCode } from '../indicateurs/catalogue.indicateurs';
import { INDICATEUR_APL } from '../indicateurs/acces.indicateurs';
import { CodeIndicateur } from '../indicateurs/indicateur';
import { IndicateurStore } from '../indicateurs/indicateur.store';
import { estOngletPanneau, ONGLET_PAR_DEFAUT, PanneauStore } from '../mise-en-page/panneau.store';
import { parametresProspective } from '../prospective/prospective-url';
import { ProspectiveStore } from '../prospective/prospective.store';
import { ecrireScenario, lireScenario } from '../simulation/scenario-url';
import { SimulationStore } from '../simulation/simulation.store';
import { SelectionStore } from '../territoires/selection.store';
import { ecrireTerritoire, lireTerritoire } from '../territoires/territoire-url';
import { ParametreUrl } from '../vue/etat-url';

export interface VueTableauDeBord {
  readonly selection: SelectionStore;
  readonly indicateurs: IndicateurStore;
  readonly panneau: PanneauStore;
  readonly simulation: SimulationStore;
  readonly prospective: ProspectiveStore;
  readonly comparaison: ComparaisonStore;
  /** Where the map looks (written by the map after each move). */
  readonly positionCarte: WritableSignal<PositionCarte | null>;
  /** Where the URL asks the map to look. */
  readonly positionDemandee: WritableSignal<PositionCarte | null>;
}

/**
 * The dashboard's view in its URL (« / »): `territoire=commune:42218`, `indicateur=apl_moins_65`, `millesime=2022`,
 * `onglet=simuler`, `carte=4.39,45.43,11.2`, `scenario=msp.23030.3` and `resultat=oui` (the scenario is run when the
 * link is opened), the « Prospective » tab's `observe`, `cible`, `horizon`, `calcul` (see prospective-url.ts) and the
 * « Comparer » tab's `comparer` (comparaison-url.ts). Defaults are left out. Every parameter but the map position adds a history entry.
 */
export function parametresTableauDeBord(v: VueTableauDeBord): ParametreUrl[] {
  return [
    {
      nom: 'territoire',
      historique: 'ajouter',
      valeur: () => {
        const demande = v.selection.demande();
        return demande ? ecrireTerritoire(demande) : null;
      },
      appliquer: (valeur, url) => {
        const territoire = lireTerritoire(valeur);
        // A link with a map position shows that position, not the territory's framing.
        if (territoire) void v.selection.selectionner(territoire.type, territoire.code, { cadrer: !lirePosition(url.get('carte') ?? null) });
        else v.selection.fermer();
      },
    },
    {
      nom: 'indicateur',
      historique: 'ajouter',
      valeur: () => (v.indicateurs.demande().code === INDICATEUR_APL.code ? null : v.indicateurs.demande().code),
      appliquer: (valeur, url) => {
        const indicateur = indicateurParCode((valeur ?? INDICATEUR_APL.code) as CodeIndicateur);
        void v.indicateurs.choisir(indicateur.code, annee(url.get('millesime') ?? null));
      },
    },
    {
      nom: 'millesime',
      historique: 'ajouter',
      valeur: () => {
        const a = v.indicateurs.demande().annee;
        return a === null ? null : String(a);
      },
      appliquer: (valeur) => void v.indicateurs.choisirAnnee(annee(valeur)),
    },
    {
      nom: 'onglet',
      historique: 'ajouter',
      valeur: () => (v.panneau.onglet() === ONGLET_PAR_DEFAUT ? null : v.panneau.onglet()),
      appliquer: (valeur) => v.panneau.afficher(valeur && estOngletPanneau(valeur) ? valeur : ONGLET_PAR_DEFAUT),
    },
    {
      nom: 'carte',
      historique: 'remplacer',
      // Until the map reports where it looks (it may not exist yet), the position asked for stands.
      valeur: () => {
        const p = v.positionCarte() ?? v.positionDemandee();
        return p ? ecrirePosition(p) : null;
      },
      // Always a new object: the map jumps even when the same position is asked again (Back to the first view).
      appliquer: (valeur) => v.positionDemandee.set({ ...(lirePosition(valeur) ?? POSITION_INITIALE) }),
    },
    {
      nom: 'scenario',
      historique: 'ajouter',
      valeur: () => ecrireScenario(v.simulation.scenario()),
      appliquer: (valeur, url) => {
        const changements = lireScenario(valeur);
        if (changements) void v.simulation.ouvrir(changements, url.get('resultat') === 'oui');
        else v.simulation.reinitialiser();
      },
    },
    {
      nom: 'resultat',
      historique: 'ajouter',
      valeur: () => (v.simulation.resultatDemande() ? 'oui' : null),
      appliquer: (valeur) => {
        if (valeur !== 'oui') v.simulation.effacerResultat();
        else if (!v.simulation.resultatDemande() && v.simulation.scenario().length) void v.simulation.lancer();
      },
    },
    ...parametresProspective(v.prospective),
    ...parametresComparaison(v.comparaison),
  ];
}

function annee(texte: string | null): number | null {
  return texte && /^\d{4}$/.test(texte) ? Number(texte) : null;
}
