import { ClasseAcces, CommuneSimulee } from './simulation';

const DECIMAL = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Short class names for a sentence (the same as the PDF report, backend/src/rapports/documents/verdict-simulation.ts). */
const CLASSES_EN_PHRASE: Readonly<Record<ClasseAcces, string>> = {
  sous_dotee: 'sous-dotée',
  fragile_menacee: 'fragile menacée',
  fragile: 'fragile',
  suffisante: 'accès suffisant',
};

/** « de Guéret », « d’Aubusson ». */
const de = (nom: string) => (/^[aeiouyhâàäéèêëîïôöûü]/i.test(nom) ? `d’${nom}` : `de ${nom}`);

/**
 * The chosen commune in one sentence: « Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant. »;
 * null commune (not among those the scenario moves): its APL does not change.
 */
export function verdictCommune(nom: string, c: CommuneSimulee | null): string {
  if (!c) return `L’APL ${de(nom)} ne changerait pas.`;
  const avant = DECIMAL.format(c.aplAvant);
  const apres = DECIMAL.format(c.aplApres);
  if (avant === apres) return `L’APL ${de(nom)} ne changerait pas (${avant}).`;
  const classes =
    c.classeAvant && c.classeApres
      ? c.classeAvant === c.classeApres
        ? ` et resterait ${CLASSES_EN_PHRASE[c.classeApres]}`
        : ` : ${CLASSES_EN_PHRASE[c.classeAvant]} → ${CLASSES_EN_PHRASE[c.classeApres]}`
      : '';
  return `${nom} passerait de ${avant} à ${apres}${classes}.`;
}
