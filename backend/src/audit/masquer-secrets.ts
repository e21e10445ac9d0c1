/** Keys whose values never reach the audit log (passwords, tokens, secrets, hashes). */
const CLE_SECRETE = /mot.?de.?passe|password|secret|jeton|token|hash/i;

/** Deep copy of a JSON-like value with secret fields replaced by "***". */
export function masquerSecrets(valeur: unknown, profondeur = 0): unknown {
  if (valeur === null || typeof valeur !== 'object' || profondeur > 10) return valeur;
  if (Array.isArray(valeur)) return valeur.map((v) => masquerSecrets(v, profondeur + 1));
  if (valeur instanceof Date) return valeur.toISOString();
  return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, CLE_SECRETE.test(k) ? '***' : masquerSecrets(v, profondeur + 1)]));
}
