import { HttpErrorResponse } from '@angular/common/http';

/** The French message to show for a failed call: the API's own message when it sent one. */
export function messageErreur(erreur: unknown, parDefaut: string): string {
  if (erreur instanceof HttpErrorResponse) {
    if (erreur.status === 0) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
    const corps = erreur.error as { message?: unknown } | null;
    if (corps && typeof corps.message === 'string') return corps.message;
  }
  return parDefaut;
}
