/**
 * The consultation checklist of a draft arrêté. Each step says what the texts read require and where that was read;
 * a step whose detail could not be checked in a text says so.
 */
export interface DefinitionEtape {
  code: string;
  ordre: number;
  libelle: string;
  detail: string;
  source: string;
  verifie: boolean;
}

export const ETAPES_CONSULTATION: DefinitionEtape[] = [
  {
    code: 'urps',
    ordre: 1,
    libelle: 'Concertation avec l’URPS médecins libéraux',
    detail:
      'Les arrêtés de zonage sont pris après concertation avec les représentants de chaque profession de santé concernée siégeant à l’union régionale des professionnels de santé.',
    source:
      'Décret n° 2017-632 du 25 avril 2017 (présentation lue sur affairesjuridiques.aphp.fr) ; texte du décret sur legifrance.gouv.fr (JORFTEXT000034492913)',
    verifie: true,
  },
  {
    code: 'crsa',
    ordre: 2,
    libelle: 'Avis de la conférence régionale de la santé et de l’autonomie (CRSA)',
    detail:
      'Les arrêtés sont pris après avis de la CRSA (article R. 1434-42 du code de la santé publique cité par le modèle d’arrêté de l’outil DREES/DGOS). Délai de deux mois pour rendre l’avis : indiqué par le cahier des charges du cockpit, non relu ici dans le texte de l’article — à vérifier.',
    source: 'Décret n° 2017-632 du 25 avril 2017 ; modèle d’arrêté de l’outil Zonage_ARS (DREES/DGOS) ; délai de deux mois non vérifié dans le texte',
    verifie: false,
  },
  {
    code: 'arrete',
    ordre: 3,
    libelle: 'Signature et publication de l’arrêté du directeur général de l’ARS',
    detail:
      'Arrêté publié au recueil des actes administratifs de la préfecture de région ; recours possibles dans les deux mois de sa publication (modèle d’arrêté de l’outil DREES/DGOS).',
    source: 'Modèle d’arrêté de l’outil Zonage_ARS (DREES/DGOS)',
    verifie: true,
  },
  {
    code: 'dgos',
    ordre: 4,
    libelle: 'Transmission du zonage à la DGOS',
    detail:
      'Transmission du zonage arrêté (communes et classes) au ministère (DGOS) : étape demandée par le cahier des charges du cockpit, dont la base textuelle n’a pas été relue ici — à vérifier auprès de la DGOS.',
    source: 'Non vérifié dans un texte public',
    verifie: false,
  },
];
