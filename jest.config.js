// jest 30 runs in native ESM mode (see docs/development.md): Nest 12 is ESM-only.
// From Node 24.9 on, jest loads an ES module that a CommonJS package requires (require(esm)) by itself; on
// older Node, the two ESM-only packages that CommonJS packages require (content-disposition, cookie: pulled by
// @fastify/static and light-my-request) are compiled to CommonJS for it. Doing that on Node 24.9+ breaks them
// ("exports is not defined": jest then loads the compiled file as the ES module it is declared to be).
const [major, minor] = process.versions.node.split('.').map(Number);
const jestRequiresEsm = major > 24 || (major === 24 && minor >= 9);
const esmOnlyRequired = '(content-disposition|cookie)';

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json' }],
    ...(jestRequiresEsm
      ? {}
      : {
          [`/node_modules/${esmOnlyRequired}/.+\\.js$`]: [
            'ts-jest',
            { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true } },
          ],
        }),
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // `#lib` is a lib's public surface (package.json "imports"). Tests run its TypeScript source: the
  // "rex587-source" condition, listed first there, which only jest asks for (node takes dist/, tsc "types").
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'rex587-source'] },
  transformIgnorePatterns: jestRequiresEsm ? ['/node_modules/'] : [`/node_modules/(?!${esmOnlyRequired}/)`],
};

export default {
  // Tests against real services start apps and databases: on a busy machine a hook can take more than jest's
  // default 5 s, and a hook that times out would tear the app down under a running request. jest reads
  // testTimeout only here, at the top level: inside a `projects` entry it is silently ignored
  // (test/jest-timeout.e2e-spec.ts fails if it is).
  testTimeout: 60_000,
  // Most of a test's time is spent waiting on PostgreSQL, Redis, a child process or the browser: one test
  // file per core (jest's default leaves one core to itself, so a 2-core machine ran one file at a time).
  maxWorkers: '100%',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // The admin app in Chromium against the real API (npm run build first: they use dist/admin).
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // `npm run screenshots`: the documentation's pictures (docs/screenshots), not part of `npm test`.
    { ...common, displayName: 'screenshots', testMatch: ['<rootDir>/test/browser/**/*.screenshots.ts'] },
  ],
};
