import type { FastifyInstance } from 'fastify';
import { type AuthService, rateLimitedAction, rateLimitKey, type RateLimits } from '#access';
import type { AppConfig } from '#config';
import { RateLimitedException } from '#kernel';
import { answerException } from '../http/domain-exception.filter.js';
import type { RouteAccess } from './access-policy.decorator.js';
import { bearerToken, type RequestWithActor } from './access.guard.js';

/**
 * Refuses, as its request arrives, an account that this process already refused for the same limit and whose
 * Retry-After has not passed: before its body is read (a 25 MB upload is not parsed only to be refused) and
 * before Nest's pipeline, logging and guard. Such a request comes from a script that ignores Retry-After, so
 * its 429 is sent after a pause (REFUSAL_DELAY_MS, never past the Retry-After), at most
 * REQUESTS_QUEUED_PER_ACCOUNT of them waiting per account (more are answered at once): a loop sending as fast
 * as it can then sends about one request per pause and connection, and costs the process, and the attacker's
 * own machine, next to nothing. Anything this hook is unsure of (no token, an invalid one, a route without a
 * limit, a count not yet refused) goes on to AccessGuard, which decides.
 */
export function refuseAccountsOverLimits(
  fastify: FastifyInstance,
  auth: AuthService,
  limits: RateLimits,
  config: AppConfig['http'],
): void {
  const waiting = new Map<string, number>();
  fastify.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config as RouteAccess | undefined;
    // Public routes count per address, and only their declared limits (AccessGuard).
    if (access?.public) return;
    const action = rateLimitedAction(request, access?.rateLimit);
    if (!action) return;
    const token = bearerToken(request.headers.authorization);
    if (!token) return;
    // Cached after the account's first request (TokenService, SignedInUsers): no database round trip.
    const actor = await auth.authenticate(token, String(request.id)).catch(() => null);
    if (!actor?.userId) return;
    const key = rateLimitKey(actor.userId, request.ip);
    const seconds = limits.refusedFor(action, key);
    if (seconds === 0) return;
    (request as RequestWithActor).actor = actor;
    const held = waiting.get(actor.userId) ?? 0;
    if (held < config.requestsQueuedPerAccount && config.refusalDelayMs > 0) {
      waiting.set(actor.userId, held + 1);
      await new Promise((resolve) => setTimeout(resolve, Math.min(config.refusalDelayMs, seconds * 1000)));
      const left = (waiting.get(actor.userId) ?? 1) - 1;
      if (left === 0) waiting.delete(actor.userId);
      else waiting.set(actor.userId, left);
    }
    const retryAfter = Math.max(1, limits.refusedFor(action, key));
    return answerException(new RateLimitedException(action, retryAfter), request, reply);
  });
}
