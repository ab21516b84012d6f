import type { RateLimitedAction } from '#kernel';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Which limit a request counts against: the one its route declares (exports, downloads, imports, uploads,
 * password changes), else "write" for any change, else "search" for a list read with a search term, else none
 * (plain reads cost little, and are bounded by the statement timeout and the page size).
 */
export function rateLimitedAction(
  request: { method: string; query?: unknown },
  declared: RateLimitedAction | undefined,
): RateLimitedAction | null {
  if (declared) return declared;
  if (!READS.has(request.method.toUpperCase())) return 'write';
  return searches(request.query) ? 'search' : null;
}

/** A list's `filter` holding a non-empty `q`. Unreadable filters are refused later, by the list itself. */
function searches(query: unknown): boolean {
  const filter = (query as { filter?: unknown } | null)?.filter;
  if (typeof filter !== 'string' || !filter.includes('q')) return false;
  try {
    const parsed = JSON.parse(filter) as { q?: unknown } | null;
    return typeof parsed?.q === 'string' && parsed.q.trim() !== '';
  } catch {
    return false;
  }
}

/** Whose count a request adds to: the signed-in account, else the client's address. */
export function rateLimitKey(userId: string | null | undefined, address: string): string {
  return userId ? `user:${userId}` : `address:${address}`;
}
