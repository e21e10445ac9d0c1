import { Situation } from '../regles/definition-aide';

/** The situation described by the user (validated request), as the engine reads it. */
export interface Demande {
  commune: string;
  date: string;
  situation: Situation;
  profession?: string;
  premiereInstallation?: boolean;
  dateInstallation?: string;
  secteur?: string;
  modeExercice?: string;
  joursParSemaine?: number;
  age?: number;
  permanenceDesSoins?: boolean;
  dansQpv?: boolean;
  codeQpv?: string;
  aidesAnterieures?: { code: string; date: string }[];
  typeProjet?: string;
  structure?: {
    medecinsGeneralistes?: number;
    autresProfessionnels?: number;
    populationCouverte?: number;
    formeJuridique?: string;
    projetDeSante?: boolean;
  };
}

/** Commune of the question with its parents (COG 2026). */
export interface CommuneDemande {
  code: string;
  nom: string;
  departement: string;
  region: string;
  regionNom: string;
  epci: string | null;
  /** For a Paris, Lyon or Marseille arrondissement (classed on its own by the zonage): the city's code. */
  communeParente?: string;
}
