import { Injectable } from '@nestjs/common';
import { AidesService } from '../aides/aides.service';
import { Demande } from '../aides/eligibilite/demande';
import { ErreurDomaine } from '../common/erreurs/erreur-domaine';
import { Projet } from './projets.repository';

const TYPE_AIDES: Record<string, string> = { msp: 'msp', psp: 'msp', cpts: 'cpts', centre_sante: 'centre-de-sante' };
const FORME_AIDES: Record<string, string> = { sisa: 'sisa', scm: 'scm', association: 'association' };

/**
 * The single-window questions a project asks: as a structure (MSP/CPTS/centre de santé at its commune, with its
 * team, legal form and health project) and, when a collectivité carries it, as a collectivité (building aids).
 * What the project does not say (no team entered, no legal form) stays unknown, so the criteria are « à confirmer ».
 * A PSP is a multi-site MSP: it asks the MSP questions.
 */
export function demandesAidesProjet(p: Projet, date: string, populationCouverte: number | null): Demande[] {
  const medecins = p.professionnels.find((x) => x.profession === 'medecin_generaliste')?.nombre;
  const equipeConnue = p.professionnels.length > 0;
  const structure: NonNullable<Demande['structure']> = {
    ...(equipeConnue
      ? {
          medecinsGeneralistes: medecins ?? 0,
          autresProfessionnels: p.professionnels.filter((x) => x.profession !== 'medecin_generaliste').reduce((s, x) => s + x.nombre, 0),
        }
      : {}),
    ...(p.formeJuridique ? { formeJuridique: FORME_AIDES[p.formeJuridique] ?? 'autre' } : {}),
    ...(p.type === 'cpts' && populationCouverte !== null ? { populationCouverte } : {}),
    // The project's health project is the one validated by the ARS (what the ACI and the FIR require).
    projetDeSante: p.projetSanteValide,
    projetDeSanteValide: p.projetSanteValide,
  };
  const typeProjet = TYPE_AIDES[p.type];
  const demandes: Demande[] = [{ commune: p.communeCode, date, situation: 'structure', typeProjet, structure }];
  if (p.porteurType === 'collectivite') demandes.push({ commune: p.communeCode, date, situation: 'collectivite', typeProjet, structure });
  return demandes;
}

type Reponse = Awaited<ReturnType<AidesService['eligibilite']>>;

export interface EvaluationAidesProjet {
  situation: string;
  libelle: string;
  demande: Demande;
  zonage: Pick<Reponse['zonage'], 'medecin' | 'ruralite'>;
  aides: {
    id: string;
    nom: string;
    statut: Reponse['aides'][number]['statut'];
    montant: Reponse['aides'][number]['montant'];
    financeur: Reponse['aides'][number]['financeur'];
    nature: Reponse['aides'][number]['nature'];
    raisons: { libelle: string; statut: string; raison: string; sourceFait: string | null }[];
    /** « non éligible »: the criteria that failed, with their reasons (shown on the project page). */
    nonRemplis: Reponse['aides'][number]['nonRemplis'];
    aPreciser: Reponse['aides'][number]['aPreciser'];
    sources: Reponse['aides'][number]['sources'];
  }[];
  total: Reponse['total'];
  avertissements: string[];
}

export type AidesDuProjet =
  | { disponible: true; date: string; catalogue: Reponse['catalogue'] | null; evaluations: EvaluationAidesProjet[] }
  | { disponible: false; date: string; message: string };

const LIBELLES_SITUATION: Record<string, string> = { structure: 'Financements de la structure', collectivite: 'Aides à la collectivité porteuse' };

@Injectable()
export class AidesProjet {
  constructor(private readonly guichet: AidesService) {}

  /** Each question's answer from the aid engine (same as POST /api/aides/eligibilite with the `demande` shown). */
  async aides(p: Projet, date: string, populationCouverte: number | null): Promise<AidesDuProjet> {
    try {
      const evaluations: EvaluationAidesProjet[] = [];
      let catalogue: Reponse['catalogue'] | null = null;
      // One question at a time (PGlite answers one query at a time).
      for (const demande of demandesAidesProjet(p, date, populationCouverte)) {
        const r = await this.guichet.eligibilite(demande);
        catalogue ??= r.catalogue;
        evaluations.push({
          situation: demande.situation,
          libelle: LIBELLES_SITUATION[demande.situation],
          demande: r.demande,
          zonage: { medecin: r.zonage.medecin, ruralite: r.zonage.ruralite },
          aides: r.aides.map((a) => ({
            id: a.id,
            nom: a.nom,
            statut: a.statut,
            montant: a.montant,
            financeur: a.financeur,
            nature: a.nature,
            raisons: a.criteres.map((c) => ({ libelle: c.libelle, statut: c.statut, raison: c.raison, sourceFait: c.sourceFait })),
            nonRemplis: a.nonRemplis,
            aPreciser: a.aPreciser,
            sources: a.sources,
          })),
          total: r.total,
          avertissements: r.avertissements,
        });
      }
      return { disponible: true, date, catalogue, evaluations };
    } catch (e) {
      if (e instanceof ErreurDomaine) return { disponible: false, date, message: e.message };
      throw e;
    }
  }
}
