/** Integration tests over HTTP against a real PostGIS (embedded or native), prepared by scripts/test.mjs. */
module.exports = {
  rootDir: '..',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: true }] },
  testEnvironment: 'node',
  // Backend dependencies npm did not hoist (typeorm…) must resolve from the tests too.
  modulePaths: ['<rootDir>/backend/node_modules'],
  testTimeout: 60_000,
};
