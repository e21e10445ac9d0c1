const entier = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const regles = new Intl.PluralRules('fr-FR');

/** « 12 345 » (French grouping), « non disponible » when unknown (null). */
export const entierFr = (n: number | null): string => (n === null || !Number.isFinite(n) ? 'non disponible' : entier.format(n));

/** « 2,58 » — a value with `decimales` digits, « non disponible » when null. */
export function decimalFr(x: number | null | undefined, decimales = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'non disponible';
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: decimales, maximumFractionDigits: decimales }).format(x);
}

/** « +0,42 », « −0,10 », « 0,00 » (true minus sign). */
export function signeFr(x: number | null | undefined, decimales = 2): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return 'non disponible';
  const texte = decimalFr(Math.abs(x), decimales);
  return x > 0 ? `+${texte}` : x < 0 && texte !== decimalFr(0, decimales) ? `−${texte}` : texte;
}

/** « 1 commune », « 0 commune », « 3 communes » (French plural rules: 0 and 1 are singular). */
export function nombreDe(n: number, singulier: string, pluriel: string): string {
  return `${entierFr(n)} ${regles.select(n) === 'one' ? singulier : pluriel}`;
}

/** « 1er janvier 2026 », « 12 mars 2025 » from YYYY-MM-DD. */
export function dateLongueFr(iso: string | null | undefined): string {
  if (!iso) return 'date inconnue';
  const [a, m, j] = iso.slice(0, 10).split('-').map(Number);
  const mois = new Date(Date.UTC(a, m - 1, 1)).toLocaleDateString('fr-FR', { month: 'long', timeZone: 'UTC' });
  return `${j === 1 ? '1er' : j} ${mois} ${a}`;
}
