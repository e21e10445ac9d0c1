import { Situation } from './aides';

/** Contract of `POST /api/aides` (a local aid, backend/src/aides/regles/definition-aide.ts). */
export type TypeTerritoire = 'region' | 'departement' | 'epci' | 'commune';
export type TypeFinanceur = 'ars' | 'region' | 'departement' | 'epci' | 'commune';

export const LIBELLES_TERRITOIRE: Readonly<Record<TypeTerritoire, string>> = {
  region: 'Région',
  departement: 'Département',
  epci: 'Intercommunalité',
  commune: 'Commune',
};
export const LIBELLES_FINANCEUR: Readonly<Record<TypeFinanceur, string>> = {
  ars: 'Agence régionale de santé',
  region: 'Conseil régional',
  departement: 'Conseil départemental',
  epci: 'Intercommunalité',
  commune: 'Commune',
};
export const NATURES = {
  'aide-forfaitaire': 'Aide forfaitaire',
  subvention: 'Subvention',
  remuneration: 'Bourse ou rémunération',
  contrat: 'Contrat',
  'exoneration-fiscale': 'Exonération',
  'financement-structure': 'Financement de structure',
} as const;
export const PERIODICITES = { unique: 'Versement unique', mois: 'Par mois', semestre: 'Par semestre', an: 'Par an' } as const;
export const ZONES_MEDECIN = { ZIP: 'ZIP', ZAC: 'ZAC', ZAR: 'ZAR', HZ: 'Hors zonage' } as const;

/** Funders an account may name for a territory: an elected official publishes its collectivité's own aids. */
export function financeursPossibles(role: string, type: TypeTerritoire): TypeFinanceur[] {
  if (role === 'elu') return [type];
  if (role === 'ars') return ['ars'];
  return type === 'region' ? ['ars', 'region'] : [type];
}

export interface FormulaireAideLocale {
  readonly territoireType: TypeTerritoire | '';
  readonly territoireCode: string;
  readonly nom: string;
  readonly financeurType: TypeFinanceur | '';
  readonly financeurNom: string;
  readonly cibles: readonly Situation[];
  readonly nature: string;
  readonly description: string;
  /** An installation aid: the collectivités' ten-year rule (décret 2025-231) applies to it. */
  readonly aideInstallation: boolean;
  readonly montantType: 'fixe' | 'plafond' | 'formule';
  readonly montant: string;
  readonly periodicite: string;
  readonly formule: string;
  readonly duree: string;
  readonly debut: string;
  readonly fin: string;
  readonly professions: readonly string[];
  readonly zonesMedecin: readonly string[];
  /** Conditions the data cannot check, each asked to the user as a yes/no question. */
  readonly conditions: string;
  readonly sourceLibelle: string;
  readonly sourceUrl: string;
  /** Date the page was read ('' = not read: the source is « saisie » today). */
  readonly sourceLueLe: string;
}

export interface ErreurAideLocale {
  readonly champ: keyof FormulaireAideLocale;
  readonly message: string;
}

export function formulaireAideLocaleVide(): FormulaireAideLocale {
  return {
    territoireType: '',
    territoireCode: '',
    nom: '',
    financeurType: '',
    financeurNom: '',
    cibles: ['installation'],
    nature: 'aide-forfaitaire',
    description: '',
    aideInstallation: true,
    montantType: 'fixe',
    montant: '',
    periodicite: 'unique',
    formule: '',
    duree: '',
    debut: '',
    fin: '',
    professions: [],
    zonesMedecin: [],
    conditions: '',
    sourceLibelle: '',
    sourceUrl: '',
    sourceLueLe: '',
  };
}

/** « Prime à l’installation (Cholet) » → « prime-a-l-installation-cholet ». */
export function enIdentifiant(texte: string): string {
  return texte
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The aid definition for the API, or the fields to correct. The API checks the rest (territory in the account's scope,
 * funder allowed, unique id) and names the field in its French message.
 */
export function definitionAideLocale(f: FormulaireAideLocale, aujourdhui: string): { definition: Record<string, unknown> } | { erreurs: ErreurAideLocale[] } {
  const erreurs: ErreurAideLocale[] = [];
  const exiger = (champ: keyof FormulaireAideLocale, ok: boolean, message: string) => ok || erreurs.push({ champ, message });
  exiger('territoireType', f.territoireType !== '', 'Choisissez le territoire de l’aide.');
  exiger(
    'territoireCode',
    f.territoireCode.trim() !== '',
    'Indiquez le code du territoire (code INSEE, de département, de région ou SIREN de l’intercommunalité).',
  );
  exiger('nom', f.nom.trim().length >= 3, 'Donnez un nom à l’aide.');
  exiger('financeurType', f.financeurType !== '', 'Indiquez qui finance l’aide.');
  exiger('financeurNom', f.financeurNom.trim() !== '', 'Indiquez le nom du financeur (par exemple « Département de l’Orne »).');
  exiger('cibles', f.cibles.length > 0, 'Cochez au moins un public visé.');
  exiger('description', f.description.trim() !== '', 'Décrivez l’aide en une ou deux phrases.');
  const montant = Number(f.montant.replace(/\s/g, '').replace(',', '.'));
  if (f.montantType !== 'formule') exiger('montant', f.montant.trim() !== '' && Number.isFinite(montant) && montant >= 0, 'Indiquez le montant en euros.');
  else exiger('formule', f.formule.trim() !== '', 'Décrivez le montant (par exemple « 30 % des travaux, jusqu’à 100 000 € »).');
  exiger('debut', f.debut === '' || DATE.test(f.debut), 'La date de début est une date.');
  exiger('fin', f.fin === '' || DATE.test(f.fin), 'La date de fin est une date.');
  if (f.debut && f.fin) exiger('fin', f.fin >= f.debut, 'La fin ne peut pas précéder le début.');
  exiger('sourceLibelle', f.sourceLibelle.trim() !== '', 'Citez la délibération ou la page qui fonde l’aide.');
  exiger('sourceUrl', f.sourceUrl.trim() === '' || /^https?:\/\//.test(f.sourceUrl.trim()), 'L’adresse de la source commence par https://.');
  exiger('sourceLueLe', f.sourceLueLe === '' || DATE.test(f.sourceLueLe), 'La date de lecture est une date.');
  if (erreurs.length) return { erreurs };

  const code = f.territoireCode.trim().toUpperCase();
  const conditions = f.conditions
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  const criteres: Record<string, unknown>[] = [];
  if (f.professions.length) criteres.push({ id: 'profession', libelle: 'Profession visée', fait: 'profession', op: 'dans', valeurs: [...f.professions] });
  if (f.zonesMedecin.length)
    criteres.push({
      id: 'zone',
      libelle: `Commune en ${f.zonesMedecin.join(' ou ')} (zonage médecins)`,
      fait: 'zonage.medecin',
      op: 'dans',
      valeurs: [...f.zonesMedecin],
    });
  const id = enIdentifiant(`${f.nom}-${code}`).slice(0, 80).replace(/-+$/, '');
  conditions.forEach((question, i) =>
    criteres.push({
      id: `condition-${i + 1}`,
      libelle: question.replace(/\s*\?$/, ''),
      op: 'aVerifier',
      cle: `${id}-condition-${i + 1}`.slice(0, 80),
      question,
    }),
  );
  const source: Record<string, unknown> = {
    libelle: f.sourceLibelle.trim(),
    url: f.sourceUrl.trim() || null,
    fiabilite: 'officielle',
    ...(f.sourceLueLe ? { consulteLe: f.sourceLueLe } : { saisiLe: aujourdhui }),
  };
  return {
    definition: {
      id,
      nom: f.nom.trim(),
      famille: f.aideInstallation ? 'installation' : `aide-locale-${f.territoireType}`,
      financeur: { type: f.financeurType, nom: f.financeurNom.trim() },
      cibles: [...f.cibles],
      nature: f.nature,
      description: f.description.trim(),
      montant:
        f.montantType === 'formule'
          ? { type: 'formule', formule: f.formule.trim() }
          : { type: f.montantType, [f.montantType === 'fixe' ? 'montant' : 'plafond']: montant, periodicite: f.periodicite },
      duree: f.duree.trim() || null,
      validite: { debut: f.debut || null, fin: f.fin || null },
      territoire: { type: f.territoireType, code },
      criteres,
      sources: [source],
    },
  };
}

/** The form field an API error names (`details[].champ`), to show the message next to it. */
export function champDuFormulaireAideLocale(champApi: string): keyof FormulaireAideLocale | null {
  if (champApi === 'id' || champApi === 'nom') return 'nom';
  if (champApi.startsWith('territoire')) return 'territoireCode';
  if (champApi.startsWith('financeur')) return 'financeurType';
  if (champApi.startsWith('montant')) return 'montant';
  if (champApi.startsWith('validite.debut')) return 'debut';
  if (champApi.startsWith('validite')) return 'fin';
  if (champApi.startsWith('sources')) return champApi.endsWith('url') ? 'sourceUrl' : 'sourceLibelle';
  if (champApi === 'cibles') return 'cibles';
  if (champApi === 'description') return 'description';
  return null;
}
