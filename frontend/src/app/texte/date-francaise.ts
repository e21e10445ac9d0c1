/** 2026-01-04 → « 4 janvier 2026 » (« 1er » for the first day). */
export function dateFrancaise(iso: string): string {
  const [a, m, j] = iso.split('-').map(Number);
  if (!a || !m || !j) return iso;
  const mois = new Intl.DateTimeFormat('fr-FR', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(a, m - 1, j)));
  return `${j === 1 ? '1er' : j} ${mois} ${a}`;
}
