/** Unit specs, beside the code (backend/src, files named *.spec.ts). Integration tests live in /test. */
module.exports = {
  rootDir: 'src',
  testRegex: '.*\\.spec\\.ts$',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/../tsconfig.json', isolatedModules: true }] },
  testEnvironment: 'node',
};
