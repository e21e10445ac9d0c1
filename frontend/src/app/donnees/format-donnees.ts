/** French wording of the « Données » screen: sizes, counts with their plural, dates. */

const NOMBRE = new Intl.NumberFormat('fr-FR');
const REGLES = new Intl.PluralRules('fr-FR');

export const nombre = (n: number) => NOMBRE.format(n);

/** « 1 ligne », « 0 ligne », « 12 345 lignes » (French plural: 0 and 1 are singular). */
export function compte(n: number, un: string, plusieurs: string): string {
  return `${NOMBRE.format(n)} ${REGLES.select(n) === 'one' ? un : plusieurs}`;
}

/** « 512 Mo », « 4,2 Mo », « 800 Ko ». */
export function taille(octets: number): string {
  const mo = octets / 1024 ** 2;
  if (mo >= 1) return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: mo < 10 ? 1 : 0 }).format(mo)} Mo`;
  return `${Math.max(1, Math.round(octets / 1024))} Ko`;
}

/** « 1er décembre 2026 à 18 h 05 » from an ISO timestamp; « 1er décembre 2026 » for a date alone. */
export function dateLisible(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const jour = d.getDate() === 1 ? '1er' : String(d.getDate());
  const mois = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric' }).format(d);
  if (iso.length === 10) return `${jour} ${mois}`;
  const heure = `${d.getHours()} h ${String(d.getMinutes()).padStart(2, '0')}`;
  return `${jour} ${mois} à ${heure}`;
}
