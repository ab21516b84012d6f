import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Where `vite build` leaves the admin app: `dist/admin`. This file runs either
 * compiled (dist/apps/api/src/http, so `dist` is four levels up) or from its
 * sources under the tests (apps/api/src/http, the repository root is four up).
 */
export function findAdminBuild(): string | null {
  const candidates = ['../../../../admin/', '../../../../dist/admin/'].map((relative) =>
    fileURLToPath(new URL(relative, import.meta.url)),
  );
  return candidates.find((folder) => existsSync(`${folder}index.html`)) ?? null;
}

/** Paths the single-page fallback must never answer: the API and the files that do not exist. */
function isServerPath(url: string): boolean {
  const path = url.split('?')[0];
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return path === '/api' || path.startsWith('/api/') || lastSegment.includes('.');
}

/**
 * Serves the built admin app at `/`: hashed assets cached for a year, the page
 * itself never cached (so a new release is picked up on reload), and any other
 * browser path answered with the page. The app routes with URL hashes
 * (`/#/milestones/…`, as in reminder e-mails), so the fallback only rescues a
 * typed or bookmarked path; `/api/…` keeps the API's JSON 404.
 */
export async function serveAdminApp(app: NestFastifyApplication, root: string): Promise<void> {
  const page = readFileSync(`${root}index.html`);
  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    decorateReply: false,
    // The build writes .br and .gz twins of every script (bundle-budget.ts): sent to browsers that accept them.
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      void reply.header(
        'Cache-Control',
        filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  fastify.get('/', (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(page),
  );
  fastify.get('/*', (request, reply) => {
    if (isServerPath(request.url)) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(page);
  });
}
