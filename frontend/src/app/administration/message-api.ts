import { HttpErrorResponse } from '@angular/common/http';

/** The API's French message for a refused call, or a general one. */
export function messageApi(erreur: unknown, defaut = 'L’opération a échoué. Réessayez dans un instant.'): string {
  if (erreur instanceof HttpErrorResponse) {
    const message = (erreur.error as { message?: unknown } | null)?.message;
    if (typeof message === 'string' && message.trim()) return message;
    if (erreur.status === 0) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
  }
  return defaut;
}
