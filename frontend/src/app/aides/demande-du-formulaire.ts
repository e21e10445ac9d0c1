import { AideAnterieure, DemandeEligibilite, SITUATIONS_STRUCTURES, Situation } from './aides';

/** The aid finder's form as typed: every field a string, '' meaning « not answered ». */
export interface FormulaireAides {
  readonly commune: string;
  readonly date: string;
  readonly situation: Situation | '';
  readonly profession: string;
  /** 'oui' | 'non' | '' */
  readonly premiereInstallation: string;
  readonly dateInstallation: string;
  /** 'principal' | 'secondaire' | '' */
  readonly typeCabinet: string;
  readonly secteur: string;
  readonly modeExercice: string;
  readonly joursParSemaine: string;
  readonly age: string;
  /** 'oui' | 'non' | '' */
  readonly permanenceDesSoins: string;
  /** 'oui' | 'non' | '' */
  readonly dansQpv: string;
  readonly codeQpv: string;
  /** The class read in the ARS arrêté when the zonage in force is not loaded. */
  readonly classeZonageDeclaree: string;
  /** Previous installation aids: none, some (listed), or not answered. */
  readonly aidesAnterieures: 'aucune' | 'oui' | 'inconnu';
  readonly listeAidesAnterieures: readonly AideAnterieure[];
  readonly typeProjet: string;
  /** Structure (MSP, CPTS, centre de santé): counts as typed, yes/no as 'oui' | 'non' | ''. */
  readonly medecinsGeneralistes: string;
  readonly autresProfessionnels: string;
  readonly populationCouverte: string;
  readonly formeJuridique: string;
  readonly projetDeSanteValide: string;
  /** Answers to the questions the data cannot settle (key → yes / no); absent = not answered. */
  readonly reponses: Readonly<Record<string, boolean>>;
}

export interface ErreurChamp {
  readonly champ: keyof FormulaireAides;
  readonly message: string;
}

/** Today in Paris (AAAA-MM-JJ), the default date of the question. */
export function aujourdhuiParis(maintenant = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(maintenant);
}

export function formulaireVide(date = aujourdhuiParis()): FormulaireAides {
  return {
    commune: '',
    date,
    situation: '',
    profession: '',
    premiereInstallation: '',
    dateInstallation: '',
    typeCabinet: '',
    secteur: '',
    modeExercice: '',
    joursParSemaine: '',
    age: '',
    permanenceDesSoins: '',
    dansQpv: '',
    codeQpv: '',
    classeZonageDeclaree: '',
    aidesAnterieures: 'inconnu',
    listeAidesAnterieures: [],
    typeProjet: '',
    medecinsGeneralistes: '',
    autresProfessionnels: '',
    populationCouverte: '',
    formeJuridique: '',
    projetDeSanteValide: '',
    reponses: {},
  };
}

/** True for an individual professional (a profession is asked); false for a structure or a collectivité. */
export function estProfessionnel(situation: Situation | ''): boolean {
  return situation !== '' && !SITUATIONS_STRUCTURES.includes(situation);
}

const entierOuRien = (texte: string) => (texte.trim() === '' ? undefined : Number(texte.trim()));

/**
 * The API request for the form, or the fields to correct. Unanswered fields are left out (the API then
 * says « à confirmer » and asks); previous aids: « aucune » is [] (none), « inconnu » is omitted.
 */
export function demandeDuFormulaire(f: FormulaireAides): { demande: DemandeEligibilite } | { erreurs: ErreurChamp[] } {
  const erreurs: ErreurChamp[] = [];
  if (!/^(?:\d{5}|2[AB]\d{3})$/.test(f.commune)) erreurs.push({ champ: 'commune', message: 'Choisissez la commune du lieu d’exercice dans la liste.' });
  if (!f.situation) erreurs.push({ champ: 'situation', message: 'Indiquez votre situation.' });
  if (estProfessionnel(f.situation) && !f.profession)
    erreurs.push({ champ: 'profession', message: 'Indiquez votre profession : les aides en dépendent (une structure ou une collectivité n’en indique pas).' });
  const jours = f.joursParSemaine === '' ? undefined : Number(f.joursParSemaine.replace(',', '.'));
  if (jours !== undefined && !(jours >= 0.5 && jours <= 7))
    erreurs.push({ champ: 'joursParSemaine', message: 'Le nombre de jours par semaine va de 0,5 à 7.' });
  const age = f.age === '' ? undefined : Number(f.age);
  if (age !== undefined && !(Number.isInteger(age) && age >= 16 && age <= 100))
    erreurs.push({ champ: 'age', message: 'L’âge est un nombre entier d’années, de 16 à 100.' });
  const comptes = { medecinsGeneralistes: entierOuRien(f.medecinsGeneralistes), autresProfessionnels: entierOuRien(f.autresProfessionnels) };
  for (const [champ, n] of Object.entries(comptes) as [keyof typeof comptes, number | undefined][]) {
    if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 500))
      erreurs.push({ champ, message: 'Indiquez un nombre entier de professionnels, de 0 à 500.' });
  }
  const population = entierOuRien(f.populationCouverte.replace(/\s/g, ''));
  if (population !== undefined && !(Number.isInteger(population) && population >= 1 && population <= 5_000_000))
    erreurs.push({ champ: 'populationCouverte', message: 'La population couverte est un nombre entier d’habitants.' });
  const anterieures = f.aidesAnterieures === 'oui' ? f.listeAidesAnterieures.filter((a) => a.code !== '' || a.date !== '') : [];
  if (f.aidesAnterieures === 'oui' && (anterieures.length === 0 || anterieures.some((a) => !a.code || !/^\d{4}-\d{2}-\d{2}$/.test(a.date)))) {
    erreurs.push({ champ: 'listeAidesAnterieures', message: 'Pour chaque aide déjà perçue, indiquez laquelle et sa date.' });
  }
  if (erreurs.length) return { erreurs };
  const demande: Record<string, unknown> = { commune: f.commune, situation: f.situation };
  const sirenseigne = (cle: string, valeur: unknown) => {
    if (valeur !== '' && valeur !== undefined) demande[cle] = valeur;
  };
  const ouiNon = (valeur: string) => (valeur === '' ? undefined : valeur === 'oui');
  sirenseigne('date', f.date);
  sirenseigne('profession', f.profession);
  sirenseigne('premiereInstallation', ouiNon(f.premiereInstallation));
  sirenseigne('dateInstallation', f.dateInstallation);
  sirenseigne('typeCabinet', f.typeCabinet);
  sirenseigne('secteur', f.secteur);
  sirenseigne('modeExercice', f.modeExercice);
  sirenseigne('joursParSemaine', jours);
  sirenseigne('age', age);
  sirenseigne('permanenceDesSoins', ouiNon(f.permanenceDesSoins));
  // A chosen quartier says « in a QPV » by itself.
  if (f.codeQpv) demande['codeQpv'] = f.codeQpv;
  else sirenseigne('dansQpv', ouiNon(f.dansQpv));
  sirenseigne('classeZonageDeclaree', f.classeZonageDeclaree);
  if (f.aidesAnterieures === 'aucune') demande['aidesAnterieures'] = [];
  if (f.aidesAnterieures === 'oui') demande['aidesAnterieures'] = anterieures;
  if (Object.keys(f.reponses).length) demande['reponses'] = { ...f.reponses };
  sirenseigne('typeProjet', f.typeProjet);
  if (!estProfessionnel(f.situation)) {
    const structure: Record<string, unknown> = {};
    if (comptes.medecinsGeneralistes !== undefined) structure['medecinsGeneralistes'] = comptes.medecinsGeneralistes;
    if (comptes.autresProfessionnels !== undefined) structure['autresProfessionnels'] = comptes.autresProfessionnels;
    if (population !== undefined) structure['populationCouverte'] = population;
    if (f.formeJuridique) structure['formeJuridique'] = f.formeJuridique;
    if (f.projetDeSanteValide) structure['projetDeSanteValide'] = f.projetDeSanteValide === 'oui';
    if (Object.keys(structure).length) demande['structure'] = structure;
  }
  return { demande: demande as unknown as DemandeEligibilite };
}
