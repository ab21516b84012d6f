import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const restrictedSyntax = [
  { selector: "Property[key.name='synchronize'][value.value=true]", message: 'Schema comes from migrations only.' },
];

const byName = "Import another lib by its name ('#plan', '#kernel', ...), as its src/index.ts exports it.";

// class-validator's constraints write their messages in English only: the DTOs take them from '#database'
// (libs/database/src/validation.ts), whose messages are in the catalogue and follow the reader's language.
const cataloguedConstraints = {
  name: 'class-validator',
  importNames: [
    'ArrayMaxSize',
    'ArrayUnique',
    'IsArray',
    'IsBoolean',
    'IsEmail',
    'IsIn',
    'IsInt',
    'IsISO31661Alpha2',
    'IsNotEmpty',
    'IsString',
    'IsUrl',
    'IsUUID',
    'Matches',
    'Max',
    'MaxLength',
    'Min',
    'MinLength',
    'ValidateNested',
  ],
  message: "Take the constraint from '#database': its message is in the catalogue, in the reader's language.",
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'var/', 'coverage/', 'apps/admin/dist/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        performance: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...restrictedSyntax],
    },
  },
  {
    // "Now" comes from the injected clock (libs/config/src/clock.ts), in the server and in its tests: a test
    // that reads the real date beside the test clock expires one day (one did on 2026-11-28). Durations and
    // deadlines of polling loops use performance.now(), which no clock change moves.
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'libs/**/*.ts', 'test/**/*.ts', 'test/**/*.mjs'],
    ignores: ['libs/config/src/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...restrictedSyntax,
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Use the injected Clock for "now", or performance.now() for a duration.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Use the injected Clock for "now", or performance.now() for a duration.',
        },
      ],
    },
  },
  {
    // Type-aware rules: what only the types can tell. A promise nobody awaits loses its error; a switch over a
    // union that misses a member breaks when a member is added; a type-only import stays out of the output.
    files: ['**/*.ts', '**/*.tsx'],
    // Config files of the admin build, outside any project the service knows: linted without types.
    ignores: ['apps/admin/vite.config.ts', 'apps/admin/bundle-budget.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The admin app: React's rules of hooks (a hook called conditionally breaks at run time, not at build). Its
    // records are typed by the server's (libs/contracts): a cast left on one hides the day a field is retyped.
    files: ['apps/admin/**/*.{ts,tsx}'],
    ignores: ['apps/admin/vite.config.ts', 'apps/admin/bundle-budget.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  {
    // Every lib is imported by its name ('#plan': package.json "imports"), never by its files: what it does not
    // export from src/index.ts is its own. A path into another lib's src/ is refused here, in the editor; the
    // layer order and cycles are checked by dependency-cruiser (.dependency-cruiser.cjs, also in npm run lint).
    files: ['apps/api/**/*.ts', 'apps/worker/**/*.ts', 'test/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [cataloguedConstraints], patterns: [{ group: ['**/libs/*/src/**'], message: byName }] },
      ],
    },
  },
  {
    // Inside a lib, a relative path reaches a src/ folder only by climbing out of its own: into another lib.
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [cataloguedConstraints], patterns: [{ group: ['**/src/**'], message: byName }] },
      ],
    },
  },
  {
    // Where the catalogued constraints are made from class-validator's.
    files: ['libs/database/src/validation.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**'], message: byName }] }] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Only the config lib reads the environment.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    ignores: ['libs/config/**', '**/*.spec.ts', '**/*.int-spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through libs/config.' },
      ],
    },
  },
);
