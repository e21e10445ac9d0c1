import { Periodicite, SpecMontant } from './definition-aide';
import { ContexteEvaluation, evaluerCritere } from './evaluer-critere';
import { Faits } from './fait';

export interface MontantCalcule {
  /** Exact amount in euros when it is determined, else null. */
  valeur: number | null;
  /** Lower bound in euros (0 for "up to" amounts), null when not quantified. */
  min: number | null;
  /** Upper bound in euros, null when not quantified. */
  max: number | null;
  periodicite: Periodicite | null;
  /** French wording: "10 000 €", "de 5 000 € à 10 000 €", "jusqu’à 50 000 € par an", or the formula. */
  libelle: string;
  note?: string;
}

const SUFFIXES: Record<Periodicite, string> = { unique: '', mois: ' par mois', semestre: ' par semestre', an: ' par an' };

export function euros(n: number): string {
  return `${n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ')} €`;
}

/**
 * Amount of an aid for the situation. Tables ("cas") are read in order: the first case whose
 * condition is met gives the amount; cases still unknown before it widen the answer into a range.
 */
export function calculerMontant(spec: SpecMontant, faits: Faits, ctx: ContexteEvaluation): MontantCalcule {
  switch (spec.type) {
    case 'fixe':
      return exact(spec.montant, spec.periodicite, spec.note);
    case 'plafond':
      return {
        valeur: null,
        min: 0,
        max: spec.plafond,
        periodicite: spec.periodicite,
        libelle: `jusqu’à ${euros(spec.plafond)}${SUFFIXES[spec.periodicite]}`,
        ...(spec.note ? { note: spec.note } : {}),
      };
    case 'formule':
      return {
        valeur: null,
        min: spec.plafond !== undefined ? 0 : null,
        max: spec.plafond ?? null,
        periodicite: spec.periodicite ?? null,
        libelle: spec.formule,
      };
    case 'cas': {
      const possibles: { min: number; max: number; note?: string }[] = [];
      for (const cas of spec.cas) {
        const statut = cas.si ? evaluerCritere(cas.si, faits, ctx).statut : 'rempli';
        if (statut === 'non-rempli') continue;
        possibles.push({ min: cas.montant ?? 0, max: cas.montant ?? cas.plafond ?? 0, note: cas.note });
        if (statut === 'rempli') break;
      }
      if (!possibles.length) return { valeur: 0, min: 0, max: 0, periodicite: spec.periodicite, libelle: 'aucun montant applicable à cette situation' };
      // Only the note of the first reachable case: later cases are fallbacks whose notes would contradict it.
      const note = [spec.note, possibles[0].note].filter(Boolean).join(' ') || undefined;
      if (possibles.length === 1) {
        const p = possibles[0];
        if (p.min === p.max) return exact(p.min, spec.periodicite, note);
        return {
          valeur: null,
          min: 0,
          max: p.max,
          periodicite: spec.periodicite,
          libelle: `jusqu’à ${euros(p.max)}${SUFFIXES[spec.periodicite]}`,
          ...(note ? { note } : {}),
        };
      }
      const min = Math.min(...possibles.map((p) => p.min));
      const max = Math.max(...possibles.map((p) => p.max));
      if (min === max) return exact(min, spec.periodicite, note);
      return {
        valeur: null,
        min,
        max,
        periodicite: spec.periodicite,
        libelle: `de ${euros(min)} à ${euros(max)}${SUFFIXES[spec.periodicite]} selon les informations à préciser`,
        ...(note ? { note } : {}),
      };
    }
  }
}

function exact(montant: number, periodicite: Periodicite, note?: string): MontantCalcule {
  return { valeur: montant, min: montant, max: montant, periodicite, libelle: `${euros(montant)}${SUFFIXES[periodicite]}`, ...(note ? { note } : {}) };
}
