import type { Response } from 'supertest';

/** English wording that a refusal must not carry (class-validator, Nest's pipes, body-parser, multer…). */
export const MESSAGE_ANGLAIS =
  /\b(must|should|expected|cannot|validation failed|unexpected|invalid|not found|bad request|forbidden|unauthorized|too many|too large|payload|unsupported|boundary|malformed|exist)\b/i;

export const MESSAGE_FILET_POSTGRES = 'Valeur refusée : hors des bornes ou du format admis.';

/**
 * What is wrong with an answer, or null: a 5xx, or a refusal that is not in the French error format
 * `{ statut, code, message, details }` (status echoed, a French message, a list of details).
 */
export function verifierCorpsErreur(res: Response): string | null {
  if (res.status >= 500) return `${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status < 400) return null;
  const corps = res.body as { statut?: unknown; code?: unknown; message?: unknown; details?: unknown };
  if (!corps || corps.statut !== res.status || typeof corps.code !== 'string' || !Array.isArray(corps.details)) {
    return `${res.status} hors du format d’erreur : ${String(res.text).slice(0, 200)}`;
  }
  if (typeof corps.message !== 'string' || !corps.message.trim()) return `${res.status} sans message`;
  const textes = [corps.message, ...(corps.details as { message?: unknown }[]).map((d) => (typeof d?.message === 'string' ? d.message : ''))];
  // The error filter's safety net for values PostgreSQL refused: the route let an invalid value through.
  if (corps.message === MESSAGE_FILET_POSTGRES) return `${res.status} valeur non validée par la route (refusée par PostgreSQL)`;
  const anglais = textes.find((m) => MESSAGE_ANGLAIS.test(m));
  return anglais ? `${res.status} message en anglais : ${anglais}` : null;
}
