/** French wording of the enumerated values, for reasons and the printable page. */
export const LIBELLES: Record<string, Record<string, string>> = {
  situation: {
    etudiant: 'étudiant en médecine',
    interne: 'interne',
    'docteur-junior': 'docteur junior de médecine générale',
    remplacant: 'remplaçant (ou étudiant autorisé à remplacer)',
    installation: 'professionnel en cours d’installation',
    installe: 'professionnel installé',
    'maitre-de-stage': 'maître de stage universitaire',
    structure: 'porteur d’une structure (MSP, CPTS, centre de santé)',
    collectivite: 'collectivité',
  },
  profession: {
    'medecin-generaliste': 'médecin généraliste',
    'medecin-specialiste': 'médecin spécialiste',
    infirmier: 'infirmier',
    'masseur-kinesitherapeute': 'masseur-kinésithérapeute',
    'sage-femme': 'sage-femme',
    'chirurgien-dentiste': 'chirurgien-dentiste',
    orthophoniste: 'orthophoniste',
    orthoptiste: 'orthoptiste',
    pharmacien: 'pharmacien',
    autre: 'autre profession',
  },
  secteur: {
    'secteur-1': 'secteur 1',
    optam: 'secteur 2 adhérent à l’OPTAM / OPTAM-ACO',
    'secteur-2': 'secteur 2 sans OPTAM',
    'non-conventionne': 'non conventionné',
  },
  modeExercice: {
    individuel: 'exercice libéral individuel',
    groupe: 'exercice libéral en cabinet de groupe',
    msp: 'exercice en maison de santé pluriprofessionnelle',
    cpts: 'exercice libéral au sein d’une CPTS',
    'centre-de-sante': 'exercice salarié en centre de santé',
    salarie: 'exercice salarié',
  },
  typeProjet: {
    individuel: 'projet individuel',
    msp: 'maison de santé pluriprofessionnelle',
    cpts: 'communauté professionnelle territoriale de santé',
    'centre-de-sante': 'centre de santé',
  },
  formeJuridique: { sisa: 'SISA', association: 'association', scm: 'SCM', autre: 'autre forme juridique' },
  financeur: {
    'assurance-maladie': 'Assurance Maladie',
    ars: 'ARS',
    etat: 'État',
    region: 'Région',
    departement: 'Département',
    commune: 'Commune',
    epci: 'EPCI',
    universite: 'Université',
  },
  classe: {
    ZIP: 'ZIP (zone d’intervention prioritaire)',
    ZAC: 'ZAC (zone d’action complémentaire)',
    ZAR: 'ZAR (zone d’accompagnement régional)',
    HZ: 'hors zonage',
    TRES_SOUS_DOTEE: 'zone très sous-dotée',
    SOUS_DOTEE: 'zone sous-dotée',
    INTERMEDIAIRE: 'zone intermédiaire',
    TRES_DOTEE: 'zone très dotée',
    SUR_DOTEE: 'zone sur-dotée',
    MIXTE: 'classes différentes selon les quartiers',
  },
  typeCabinet: { principal: 'cabinet principal', secondaire: 'cabinet secondaire' },
};

export function libelle(famille: string, valeur: string | undefined | null): string {
  if (valeur === undefined || valeur === null) return '—';
  return LIBELLES[famille]?.[valeur] ?? valeur;
}
