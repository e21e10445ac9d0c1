/** Integration tests over HTTP against a real PostGIS (embedded or native), prepared by scripts/test.mjs. */
module.exports = {
  rootDir: '..',
  testMatch: ['<rootDir>/test/integration/**/*.int-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json', isolatedModules: true }],
    // openid-client and its dependencies ship ES modules only, which Node loads from the compiled backend but
    // jest's CommonJS runtime cannot: they are transpiled to CommonJS for the tests, nothing else is.
    '^.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true }, isolatedModules: true }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(openid-client|oauth4webapi|jose)/)'],
  testEnvironment: 'node',
  // Backend dependencies npm did not hoist (typeorm…) must resolve from the tests too.
  modulePaths: ['<rootDir>/backend/node_modules'],
  testTimeout: 60_000,
};
