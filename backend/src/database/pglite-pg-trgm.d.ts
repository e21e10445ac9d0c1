/**
 * PGlite's pg_trgm extension (`@electric-sql/pglite/contrib/pg_trgm`, a subpath of the package's `exports`, which
 * TypeScript's `node` module resolution does not read).
 */
declare module '@electric-sql/pglite/contrib/pg_trgm' {
  import type { Extension } from '@electric-sql/pglite';
  export const pg_trgm: Extension;
}
