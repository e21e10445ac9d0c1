/** Calendar dates as `YYYY-MM-DD` strings (no time zone: aid rules are stated in calendar days). */
const MOTIF = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date (refuses 2026-02-30, 2025-13-01, 2025-2-1). */
export function estDateCalendaire(texte: unknown): texte is string {
  if (typeof texte !== 'string') return false;
  const m = MOTIF.exec(texte);
  if (!m) return false;
  const [a, mo, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(a, mo - 1, j));
  return d.getUTCFullYear() === a && d.getUTCMonth() === mo - 1 && d.getUTCDate() === j;
}

/** `date` shifted by a number of months (negative: earlier), clamped to the end of the month. */
export function decalerMois(date: string, mois: number): string {
  const [a, m, j] = date.split('-').map(Number);
  const cible = new Date(Date.UTC(a, m - 1 + mois, 1));
  const dernierJour = new Date(Date.UTC(cible.getUTCFullYear(), cible.getUTCMonth() + 1, 0)).getUTCDate();
  cible.setUTCDate(Math.min(j, dernierJour));
  return cible.toISOString().slice(0, 10);
}

/** True when `date` lies in [debut, fin] (null bounds are open). */
export function dansPeriode(date: string, debut?: string | null, fin?: string | null): boolean {
  return (!debut || date >= debut) && (!fin || date <= fin);
}

/** `2026-03-01` → `1er mars 2026`. */
export function dateEnFrancais(date: string): string {
  const [a, m, j] = date.split('-').map(Number);
  const mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1];
  return `${j === 1 ? '1er' : j} ${mois} ${a}`;
}

/** Today in Paris, as YYYY-MM-DD. */
export function aujourdhuiAParis(): string {
  return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}
