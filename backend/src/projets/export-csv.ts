import { Projet } from './projets.repository';

type Cellule = string | number | null | undefined;

const COLONNES: [string, (p: Projet) => Cellule][] = [
  ['id', (p) => p.id],
  ['nom', (p) => p.nom],
  ['type', (p) => p.type],
  ['etape', (p) => p.etape],
  ['commune_code', (p) => p.communeCode],
  ['commune_nom', (p) => p.communeNom],
  ['departement_code', (p) => p.departementCode],
  ['porteur_type', (p) => p.porteurType],
  ['porteur_nom', (p) => p.porteurNom],
  ['professionnels', (p) => p.professionnels.map((x) => `${x.profession}:${x.nombre}`).join(' ')],
  ['projet_sante_valide', (p) => (p.projetSanteValide ? 'oui' : 'non')],
  ['projet_sante_date', (p) => p.projetSanteDate],
  ['forme_juridique', (p) => p.formeJuridique],
  ['financement_total_eur', (p) => totalFinancement(p)],
  ['financement_accorde_eur', (p) => totalFinancement(p, ['accorde', 'verse'])],
  ['date_lancement', (p) => p.dateLancement],
  ['date_ouverture_prevue', (p) => p.dateOuverturePrevue],
  ['date_ouverture', (p) => p.dateOuverture],
];

export function totalFinancement(p: Projet, statuts?: string[]): number {
  return p.planFinancement.filter((l) => !statuts || statuts.includes(l.statut)).reduce((s, l) => s + Number(l.montant), 0);
}

/**
 * One cell: quoted when needed; a leading = + - @ (tab, CR) is prefixed with an apostrophe so that a
 * spreadsheet never runs it as a formula (CSV injection).
 */
export function celluleCsv(valeur: Cellule): string {
  if (valeur === null || valeur === undefined) return '';
  let texte = typeof valeur === 'number' ? String(valeur).replace('.', ',') : String(valeur);
  if (typeof valeur !== 'number' && /^[=+\-@\t\r]/.test(texte)) texte = `'${texte}`;
  return /[";\n\r]/.test(texte) ? `"${texte.replace(/"/g, '""')}"` : texte;
}

/** Semicolon-separated, UTF-8 with BOM, CRLF: opens as is in French spreadsheet software. */
export function projetsEnCsv(projets: Projet[]): string {
  const lignes = [COLONNES.map(([nom]) => nom).join(';'), ...projets.map((p) => COLONNES.map(([, f]) => celluleCsv(f(p))).join(';'))];
  return `\uFEFF${lignes.join('\r\n')}\r\n`;
}
