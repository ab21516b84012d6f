import type { FastifyInstance } from 'fastify';

/**
 * Public, non-secret answers a shared cache may keep for a minute: the public
 * summary of the plans (the same for every caller; it varies by Accept and by
 * its query). Everything else under /api is signed-in data, a token (sign-in,
 * password change), a secret URL (calendar feeds), a health check that must
 * reach the server, or an error: never stored by a browser or a proxy.
 */
const PUBLIC_ROUTES = new Set(['GET /api/public/plans', 'GET /api/public/plans/:plan']);
export const PUBLIC_CACHE = 'public, max-age=60';
export const NO_STORE = 'no-store';

/** The Cache-Control of an API answer, from its route pattern (null: not matched) and status; null: not the API's. */
export function cacheControl(method: string, path: string, route: string | null, status: number): string | null {
  if (path !== '/api' && !path.startsWith('/api/')) return null;
  if (route !== null && PUBLIC_ROUTES.has(`${method} ${route}`) && status >= 200 && status < 300) {
    return PUBLIC_CACHE;
  }
  return NO_STORE;
}

/** Sets every API answer's Cache-Control in one place, whatever a handler set (the web app's files keep theirs). */
export function registerCacheControl(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    const path = request.url.split('?')[0];
    const value = cacheControl(request.method, path, request.routeOptions.url ?? null, reply.statusCode);
    if (value === null) return;
    void reply.header('Cache-Control', value);
    // Old HTTP/1.0 caches know only Pragma.
    if (value === NO_STORE) void reply.header('Pragma', 'no-cache');
  });
}
