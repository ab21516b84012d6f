import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { bundleBudget } from './bundle-budget.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The admin app. `npm run build` writes it to dist/admin, which the API serves
 * at `/`; `npm run dev:admin` serves it with hot reload and forwards /api to a
 * running `npm start` on port 3000.
 */
export default defineConfig({
  root,
  base: '/',
  // '#contracts' (package.json "imports"): the server's enumerations, from their TypeScript source.
  resolve: { conditions: ['rex587-source', ...defaultClientConditions] },
  // Vite 8 compiles TSX with oxc; the automatic runtime means no `import React` in every view.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // MUI marks its modules "use client" for React Server Components; meaningless in this client-only app.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  plugins: [bundleBudget(400)],
});
