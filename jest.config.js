// jest 30 on Node 20 runs in native ESM mode (see docs/development.md): Nest 12 is ESM-only.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.jest.json' }],
    // ESM-only packages that CommonJS packages require (@fastify/static, light-my-request): compiled to CommonJS.
    '/node_modules/(content-disposition|cookie)/.+\\.js$': [
      'ts-jest',
      { useESM: false, tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true } },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
};

// Tests against real services start apps and databases: on a busy machine a hook can take more than jest's
// default 5 s, and a hook that times out would tear the app down under a running request.
const services = { ...common, testTimeout: 60_000 };

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    { ...services, displayName: 'integration', testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'] },
    { ...services, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
    // The admin app in Chromium against the real API (npm run build first: they use dist/admin).
    { ...services, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
    // `npm run screenshots`: the documentation's pictures (docs/screenshots), not part of `npm test`.
    { ...services, displayName: 'screenshots', testMatch: ['<rootDir>/test/browser/**/*.screenshots.ts'] },
  ],
};
