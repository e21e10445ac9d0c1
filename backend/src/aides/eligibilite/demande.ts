import { Situation } from '../regles/definition-aide';

/** The situation described by the user (validated request), as the engine reads it. */
export interface Demande {
  commune: string;
  date: string;
  situation: Situation;
  profession?: string;
  premiereInstallation?: boolean;
  dateInstallation?: string;
  /** Main practice or secondary practice (CFE exemption, secondary-practice aid). */
  typeCabinet?: string;
  secteur?: string;
  modeExercice?: string;
  joursParSemaine?: number;
  age?: number;
  permanenceDesSoins?: boolean;
  dansQpv?: boolean;
  codeQpv?: string;
  /**
   * The class the user reads in the ARS arrêté in force, for the zonage of their profession, when the product has not
   * loaded it (presumed outdated version, or no version): the answer says it is the user's declaration.
   */
  classeZonageDeclaree?: string;
  aidesAnterieures?: { code: string; date: string }[];
  /** Answers to the questions the data cannot settle (`cle` of an « aVerifier » criterion → yes / no). */
  reponses?: Record<string, boolean>;
  typeProjet?: string;
  structure?: {
    medecinsGeneralistes?: number;
    autresProfessionnels?: number;
    populationCouverte?: number;
    formeJuridique?: string;
    projetDeSante?: boolean;
    projetDeSanteValide?: boolean;
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
  /** Legal population (INSEE, COG 2026), when known. */
  population?: number | null;
  /** For a Paris, Lyon or Marseille arrondissement (classed on its own by the zonage): the city's code. */
  communeParente?: string;
}
