import { AideAnterieure, DemandeEligibilite, Situation } from './aides';

/** The aid finder's form as typed: every field a string, '' meaning « not answered ». */
export interface FormulaireAides {
  readonly commune: string;
  readonly date: string;
  readonly situation: Situation | '';
  readonly profession: string;
  /** 'oui' | 'non' | '' */
  readonly premiereInstallation: string;
  readonly dateInstallation: string;
  readonly secteur: string;
  readonly modeExercice: string;
  readonly joursParSemaine: string;
  readonly age: string;
  /** 'oui' | 'non' | '' */
  readonly permanenceDesSoins: string;
  /** Previous installation aids: none, some (listed), or not answered. */
  readonly aidesAnterieures: 'aucune' | 'oui' | 'inconnu';
  readonly listeAidesAnterieures: readonly AideAnterieure[];
  readonly typeProjet: string;
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
    secteur: '',
    modeExercice: '',
    joursParSemaine: '',
    age: '',
    permanenceDesSoins: '',
    aidesAnterieures: 'inconnu',
    listeAidesAnterieures: [],
    typeProjet: '',
  };
}

/**
 * The API request for the form, or the fields to correct. Unanswered fields are left out (the API then
 * says « à confirmer » and asks); previous aids: « aucune » is [] (none), « inconnu » is omitted.
 */
export function demandeDuFormulaire(f: FormulaireAides): { demande: DemandeEligibilite } | { erreurs: ErreurChamp[] } {
  const erreurs: ErreurChamp[] = [];
  if (!/^(?:\d{5}|2[AB]\d{3})$/.test(f.commune)) erreurs.push({ champ: 'commune', message: 'Choisissez la commune du lieu d’exercice dans la liste.' });
  if (!f.situation) erreurs.push({ champ: 'situation', message: 'Indiquez votre situation.' });
  const jours = f.joursParSemaine === '' ? undefined : Number(f.joursParSemaine.replace(',', '.'));
  if (jours !== undefined && !(jours >= 0.5 && jours <= 7))
    erreurs.push({ champ: 'joursParSemaine', message: 'Le nombre de jours par semaine va de 0,5 à 7.' });
  const age = f.age === '' ? undefined : Number(f.age);
  if (age !== undefined && !(Number.isInteger(age) && age >= 16 && age <= 100))
    erreurs.push({ champ: 'age', message: 'L’âge est un nombre entier d’années, de 16 à 100.' });
  const anterieures = f.aidesAnterieures === 'oui' ? f.listeAidesAnterieures.filter((a) => a.code !== '' || a.date !== '') : [];
  if (f.aidesAnterieures === 'oui' && (anterieures.length === 0 || anterieures.some((a) => !a.code || !/^\d{4}-\d{2}-\d{2}$/.test(a.date)))) {
    erreurs.push({ champ: 'listeAidesAnterieures', message: 'Pour chaque aide déjà perçue, indiquez laquelle et sa date.' });
  }
  if (erreurs.length) return { erreurs };
  const demande: Record<string, unknown> = { commune: f.commune, situation: f.situation };
  const sirenseigne = (cle: string, valeur: unknown) => {
    if (valeur !== '' && valeur !== undefined) demande[cle] = valeur;
  };
  sirenseigne('date', f.date);
  sirenseigne('profession', f.profession);
  if (f.premiereInstallation !== '') demande['premiereInstallation'] = f.premiereInstallation === 'oui';
  sirenseigne('dateInstallation', f.dateInstallation);
  sirenseigne('secteur', f.secteur);
  sirenseigne('modeExercice', f.modeExercice);
  sirenseigne('joursParSemaine', jours);
  sirenseigne('age', age);
  if (f.permanenceDesSoins !== '') demande['permanenceDesSoins'] = f.permanenceDesSoins === 'oui';
  if (f.aidesAnterieures === 'aucune') demande['aidesAnterieures'] = [];
  if (f.aidesAnterieures === 'oui') demande['aidesAnterieures'] = anterieures;
  sirenseigne('typeProjet', f.typeProjet);
  return { demande: demande as unknown as DemandeEligibilite };
}
