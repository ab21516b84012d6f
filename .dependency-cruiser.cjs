// The shape of the code, checked by `npm run lint` (docs/architecture.md, "Layers"). Each lib is one bounded
// context with a public surface, libs/<name>/src/index.ts, imported by name ('#name', package.json "imports");
// a lib imports only libs below it in LAYERS, and nothing imports upward or in a circle.

/** Lowest first. A lib may import the libs before it, never one after it. */
const LAYERS = [
  // What the server and the admin app agree on (the API's enumerations): no dependency at all.
  'contracts',
  'i18n',
  'kernel',
  'config',
  'database',
  'metrics',
  'audit',
  'access',
  'plan',
  'progress',
  'notifications',
  'reminders',
  'reporting',
  'publishing',
  // Every context's tables and migrations: above them all, below the apps.
  'schema',
];

const upward = LAYERS.slice(0, -1).map((lib, index) => ({
  name: `layer-${lib}`,
  comment: `${lib} sits below ${LAYERS.slice(index + 1).join(', ')}: it must not import them`,
  severity: 'error',
  from: { path: `^libs/${lib}/` },
  to: { path: `^libs/(${LAYERS.slice(index + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter (an ES module barrel may see an import before it is defined)',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-internals',
      comment: "Another lib's files are its own: import what its src/index.ts exports, by its name ('#name')",
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'lib-internals-from-apps-and-tests',
      comment: "Apps and tests use a lib through its public surface ('#name'), as any other code does",
      severity: 'error',
      from: { path: '^(apps|test)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'libs-below-apps',
      comment: 'Libs are used by the apps, never the other way round',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-apart',
      comment:
        'Apps share code through libs. One exception: in demo mode (IN_PROCESS_WORKER) the API process ' +
        "starts the worker itself, through the worker app's own entry point",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/', '^apps/worker/src/create-worker\\.ts$'] },
    },
    {
      name: 'no-tests-in-production-code',
      comment: 'Test helpers are for tests',
      severity: 'error',
      from: { path: '^(libs|apps)/', pathNot: '\\.(spec|int-spec|e2e-spec)\\.ts$' },
      to: { path: '^test/' },
    },
    {
      name: 'kernel-without-framework',
      comment: 'The kernel and the texts are plain TypeScript: no Nest, ORM or HTTP types below config',
      severity: 'error',
      from: { path: '^libs/(contracts|i18n|kernel)/' },
      to: {
        dependencyTypes: ['npm', 'npm-dev'],
        path: 'node_modules/(@nestjs|typeorm|fastify|@fastify|class-validator|class-transformer|pg)/',
      },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|apps/admin)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // '#name' resolves to the lib's TypeScript source (the "types" condition), as the compiler sees it.
    enhancedResolveOptions: {
      conditionNames: ['types', 'import', 'default'],
      extensions: ['.ts', '.js', '.mjs', '.json'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
