import { Injectable } from '@nestjs/common';
import { ChangementDto, ScenarioDto } from '../acces/dto/requetes.dto';
import { SimulationService } from '../acces/simulation/simulation.service';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { Projet } from './projets.repository';

type Simulation = Awaited<ReturnType<SimulationService['simuler']>>;

export interface ImpactSimule {
  disponible: boolean;
  message?: string;
  [cle: string]: unknown;
}

export const HYPOTHESE_NOUVEAUX_MEDECINS =
  'Les médecins généralistes engagés sont comptés comme de nouvelles installations dans la commune du projet : s’ils exercent déjà à proximité, le gain réel d’APL est moindre (un déplacement d’activité ne crée pas d’offre).';

/**
 * The what-if scenario of a project: opening it with its committed GPs (POST /api/acces/simulation with the same
 * body gives the same answer). Null when there is nothing to simulate (no GP committed, or a CPTS, which
 * coordinates GPs already in practice).
 */
export function scenarioDuProjet(p: Pick<Projet, 'type' | 'communeCode' | 'professionnels'>): { scenario: ScenarioDto } | { raison: string } {
  if (p.type === 'cpts') return { raison: 'Une CPTS coordonne des professionnels déjà installés : elle n’ajoute pas d’offre de médecine générale à simuler.' };
  const medecins = p.professionnels.find((x) => x.profession === 'medecin_generaliste')?.nombre ?? 0;
  if (medecins <= 0) return { raison: 'Aucun médecin généraliste engagé renseigné : pas d’effet sur l’APL à simuler.' };
  const changement: ChangementDto = { type: 'ouverture_msp', commune: p.communeCode, nombre: medecins };
  return { scenario: { changements: [changement] } };
}

/** ΔAPL of the project's commune, population brought over 2.5 and 4, communes changing class — from the simulation. */
export function resumerImpact(p: Pick<Projet, 'communeCode'>, scenario: ScenarioDto, s: Simulation) {
  const commune = s.communes.find((c) => c.code === p.communeCode);
  const [sous25, sous4] = s.franchissements;
  return {
    disponible: true,
    annee: s.annee,
    mode: s.mode,
    source: s.source,
    scenario,
    hypotheses: { ...s.hypotheses, medecinsEngages: HYPOTHESE_NOUVEAUX_MEDECINS },
    commune: commune
      ? {
          code: commune.code,
          nom: commune.nom,
          aplAvant: commune.aplAvant,
          aplApres: commune.aplApres,
          deltaApl: commune.delta,
          classeAvant: commune.classeAvant,
          classeApres: commune.classeApres,
        }
      : { code: p.communeCode, deltaApl: 0 },
    populationAuDessusDe2_5: { population: sous25.passentAuDessus.population, communes: sous25.passentAuDessus.communes },
    populationAuDessusDe4: { population: sous4.passentAuDessus.population, communes: sous4.passentAuDessus.communes },
    communesTouchees: s.communes.length,
    changementsDeClasse: s.communes
      .filter((c) => c.classeAvant !== c.classeApres)
      .map((c) => ({
        code: c.code,
        nom: c.nom,
        classeAvant: c.classeAvant,
        classeApres: c.classeApres,
        aplAvant: c.aplAvant,
        aplApres: c.aplApres,
        population: c.population,
      })),
    territoires: s.territoires,
    avertissements: s.avertissements,
  };
}

@Injectable()
export class ImpactProjet {
  constructor(private readonly simulation: SimulationService) {}

  async impact(p: Projet): Promise<ImpactSimule> {
    const lu = scenarioDuProjet(p);
    if ('raison' in lu) return { disponible: false, message: lu.raison };
    try {
      return resumerImpact(p, lu.scenario, await this.simulation.simuler(lu.scenario));
    } catch (e) {
      // No travel-time table, or a commune without APL (Mayotte): the project stays readable and says why.
      if (e instanceof ErreurDomaine) return { disponible: false, message: e.message, scenario: lu.scenario };
      throw e;
    }
  }
}
