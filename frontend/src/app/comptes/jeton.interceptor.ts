import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { SessionStore } from './session.store';

/**
 * Adds `Authorization: Bearer <jeton>` to the calls of our own API (`/api/…`, never another origin) while a session
 * is open. A 401 on a call that carried the token means the token is no longer accepted (expired, account
 * deactivated): the session is closed, so the page falls back to public use. The login call itself is left alone.
 */
export const jetonInterceptor: HttpInterceptorFn = (requete, suivant) => {
  const session = inject(SessionStore);
  if (!requete.url.startsWith('/api/') || requete.url.startsWith('/api/auth/connexion')) return suivant(requete);
  const jeton = session.jeton();
  if (!jeton) return suivant(requete);
  return suivant(requete.clone({ setHeaders: { Authorization: `Bearer ${jeton}` } })).pipe(
    catchError((erreur: unknown) => {
      if (erreur instanceof HttpErrorResponse && erreur.status === 401) session.deconnecter();
      return throwError(() => erreur);
    }),
  );
};
