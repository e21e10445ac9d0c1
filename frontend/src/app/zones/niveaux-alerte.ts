import { NIVEAUX_ALERTE } from '../carte/couches/zones-alerte.couche';

/** Alert level (feature-state `alerte`) of each under-served or fragile commune, from the access classes by code. */
export function niveauxAlerte(classes: Readonly<Record<string, number | string | null>>): ReadonlyMap<string, number> {
  const niveaux = new Map<string, number>();
  for (const [code, classe] of Object.entries(classes)) {
    const niveau = typeof classe === 'string' ? (NIVEAUX_ALERTE as Record<string, number>)[classe] : undefined;
    if (niveau !== undefined) niveaux.set(code, niveau);
  }
  return niveaux;
}
