/**
 * The French wording of refusals raised by libraries rather than by Maillage's code: Express and body-parser
 * (malformed, oversized or oddly encoded bodies), multer and busboy (uploads), Nest's built-in HTTP
 * exceptions and pipes, the throttler. Their own messages are English and sometimes empty: none of them
 * reaches a user as is. Matched by the library's error type or message, which are stable identifiers there.
 */

/** A French message per HTTP status, for any refusal that carries nothing more specific. */
export const MESSAGE_PAR_STATUT: Record<number, string> = {
  400: 'Requête invalide.',
  401: 'Authentification requise : connectez-vous.',
  403: 'Accès refusé.',
  404: 'Ressource introuvable.',
  405: 'Méthode non autorisée pour cette adresse.',
  406: 'Format de réponse non disponible.',
  408: 'Délai de la requête dépassé.',
  409: 'Conflit avec l’état actuel de la ressource.',
  410: 'Ressource supprimée.',
  411: 'Longueur de la requête requise (en-tête Content-Length).',
  412: 'Condition préalable non remplie.',
  413: 'Requête trop volumineuse.',
  414: 'Adresse trop longue.',
  415: 'Type ou encodage du contenu non pris en charge.',
  416: 'Plage demandée non disponible.',
  417: 'En-tête Expect non pris en charge.',
  422: 'Entrée invalide.',
  428: 'Condition préalable requise.',
  429: 'Trop de requêtes : réessayez dans un instant.',
  431: 'En-têtes de la requête trop volumineux.',
};

export const messageParStatut = (statut: number): string => MESSAGE_PAR_STATUT[statut] ?? (statut >= 500 ? 'Erreur interne du serveur.' : 'Requête refusée.');

/** body-parser (and raw-body) errors, by their `type`. */
const PAR_TYPE_BODY_PARSER: Record<string, string> = {
  'entity.parse.failed': 'Corps de requête illisible (JSON mal formé).',
  'entity.too.large': 'Requête trop volumineuse.',
  'entity.verify.failed': 'Corps de requête refusé.',
  'charset.unsupported': 'Jeu de caractères du corps non pris en charge : envoyez de l’UTF-8.',
  'encoding.unsupported': 'Compression du corps non prise en charge (Content-Encoding) : gzip, deflate ou br.',
  'request.aborted': 'Requête interrompue avant la fin du corps.',
  'request.size.invalid': 'Taille du corps différente de l’en-tête Content-Length.',
  'parameters.too.many': 'Trop de paramètres dans le corps de la requête.',
  'stream.encoding.set': 'Corps de requête illisible.',
  'stream.not.readable': 'Corps de requête illisible.',
};

/** multer/busboy messages (as Nest's FileInterceptor forwards them), by their English prefix. */
const PAR_MESSAGE_TELEVERSEMENT: [RegExp, string][] = [
  [/^File too large/i, 'Fichier trop volumineux.'],
  [/^Too many parts/i, 'Trop de parties dans l’envoi (multipart).'],
  [/^Too many files/i, 'Trop de fichiers dans l’envoi : un seul est attendu.'],
  [/^Too many fields/i, 'Trop de champs dans l’envoi (multipart).'],
  [/^Field name too long/i, 'Nom de champ trop long dans l’envoi (multipart).'],
  [/^Field value too long/i, 'Valeur de champ trop longue dans l’envoi (multipart).'],
  [/^Unexpected (file )?field/i, 'Champ de fichier inattendu : envoyez le fichier dans le champ « fichier ».'],
  [/^Field name missing/i, 'Nom de champ absent dans l’envoi (multipart).'],
  [/^Field name (nesting|array index)/i, 'Nom de champ mal formé dans l’envoi (multipart).'],
  [/^Invalid field name/i, 'Nom de champ mal formé dans l’envoi (multipart).'],
  [/Boundary not found/i, 'Envoi de fichier illisible : délimiteur multipart absent.'],
  [/Malformed part header/i, 'Envoi de fichier illisible : en-tête de partie mal formé.'],
  [/Unexpected end of (form|file)/i, 'Envoi de fichier interrompu ou incomplet.'],
];

/** Nest's pipes and guards (when a route still uses them), by their English message. */
const PAR_MESSAGE_NEST: [RegExp, string][] = [
  [/uuid is expected/i, 'Identifiant invalide : un UUID est attendu.'],
  [/numeric string is expected/i, 'Identifiant invalide : un nombre entier est attendu.'],
  [/boolean string is expected/i, 'Valeur invalide : « true » ou « false » est attendu.'],
  [/(enum|one of the following values)/i, 'Valeur invalide : elle ne fait pas partie des valeurs admises.'],
  [/ThrottlerException|Too Many Requests/i, 'Trop de requêtes : réessayez dans un instant.'],
  [/^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/i, 'Ressource introuvable.'],
  [/Unsupported Media Type/i, 'Type de contenu non pris en charge.'],
];

/** The French message of a body-parser error type, or null when the type is unknown. */
export function messageBodyParser(type: unknown): string | null {
  return typeof type === 'string' ? (PAR_TYPE_BODY_PARSER[type] ?? null) : null;
}

/** The French message for an English message from multer, busboy or Nest's built-ins; null when unknown. */
export function messageBibliotheque(message: string): string | null {
  for (const [motif, francais] of [...PAR_MESSAGE_TELEVERSEMENT, ...PAR_MESSAGE_NEST]) if (motif.test(message)) return francais;
  return null;
}
