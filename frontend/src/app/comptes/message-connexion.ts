import { HttpErrorResponse } from '@angular/common/http';

/**
 * The French message for a refused login. A 401 never says which of the address or the password is wrong; a 429
 * (too many failures) keeps the API's message, which gives the wait.
 */
export function messageConnexion(erreur: unknown): string {
  if (erreur instanceof HttpErrorResponse) {
    const corps = erreur.error as { message?: unknown } | null;
    const messageApi = corps && typeof corps.message === 'string' ? corps.message : null;
    if (erreur.status === 0) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
    if (erreur.status === 401) return 'Adresse électronique ou mot de passe incorrect.';
    if (erreur.status === 429) return messageApi ?? 'Trop de tentatives de connexion : réessayez dans quelques minutes.';
    if (erreur.status === 400 && messageApi) return messageApi;
  }
  return 'La connexion a échoué. Réessayez dans un instant.';
}
