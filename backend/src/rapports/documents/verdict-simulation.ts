import { ClasseAcces } from '../../acces/indicateurs/classes-acces';
import { decimalFr } from '../pdf/format-fr';

/** Short class names for a sentence (« fragile menacée → accès suffisant »). */
export const CLASSES_EN_PHRASE: Readonly<Record<ClasseAcces, string>> = {
  sous_dotee: 'sous-dotée',
  fragile_menacee: 'fragile menacée',
  fragile: 'fragile',
  suffisante: 'accès suffisant',
};

export interface CommuneAvantApres {
  readonly nom: string;
  readonly aplAvant: number;
  readonly aplApres: number;
  readonly classeAvant: ClasseAcces | null;
  readonly classeApres: ClasseAcces | null;
}

/** One sentence for a commune: « Boussac passerait de 2,58 à 4,66 : fragile menacée → accès suffisant ». */
export function verdictCommune(c: CommuneAvantApres): string {
  const avant = decimalFr(c.aplAvant);
  const apres = decimalFr(c.aplApres);
  if (avant === apres) return `L’APL ${de(c.nom)} ne changerait pas (${avant}).`;
  const classes =
    c.classeAvant && c.classeApres
      ? c.classeAvant === c.classeApres
        ? ` et resterait ${CLASSES_EN_PHRASE[c.classeApres]}`
        : ` : ${CLASSES_EN_PHRASE[c.classeAvant]} → ${CLASSES_EN_PHRASE[c.classeApres]}`
      : '';
  return `${c.nom} passerait de ${avant} à ${apres}${classes}.`;
}

/** « de Guéret », « d’Aubusson » (elision before a vowel or a mute h). */
export function de(nom: string): string {
  return /^[aeiouyhâàäéèêëîïôöûüAEIOUYHÂÀÄÉÈÊËÎÏÔÖÛÜ]/.test(nom) ? `d’${nom}` : `de ${nom}`;
}
