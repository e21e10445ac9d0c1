// Type-aware lint (house style item 15). `npm run lint`; run by `npm test` right after the build.
// Rules are chosen to catch bugs (unawaited promises, promises where a callback expects void, awaiting non-promises,
// unused code), not to police style: formatting belongs to Prettier (`npm run format:check`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import angular from 'angular-eslint';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.angular/**', 'coverage/**', '.data/**', 'test-results/**', 'frontend/out-tsc/**'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // TypeScript: backend (backend/tsconfig.json), integration/e2e tests (test/tsconfig.json), frontend (frontend/tsconfig.json).
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/prefer-promise-reject-errors': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Rows from pg, parsed CSV/JSON datasets and HTTP bodies are `any` by nature; these five would flag every access
      // to them without finding bugs (the DTOs and typed row interfaces are where the shape is checked).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  // Frontend: Angular rules for classes, and the inline templates linted as templates.
  {
    files: ['frontend/src/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['frontend/src/**/*.html'],
    extends: [...angular.configs.templateRecommended],
  },

  // Tests: mocks are unbound methods handed to expect(); stubs are `async () => value` to match a Promise signature;
  // `any` types deliberately malformed inputs and untyped HTTP bodies. These three rules only misfire there.
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },

  // Plain JavaScript (scripts, benchmarks, fixture generators, jest configs): untyped, Node globals.
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }] },
  },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  // The browser benchmark's page.evaluate() callbacks run in chromium.
  { files: ['test/bench/navigateur.bench.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
