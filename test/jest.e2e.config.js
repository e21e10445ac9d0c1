/** Browser tests: playwright-core drives Debian's chromium against the app started by scripts/test.mjs. */
module.exports = {
  rootDir: '..',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: true }] },
  testEnvironment: 'node',
  testTimeout: 90_000,
};
