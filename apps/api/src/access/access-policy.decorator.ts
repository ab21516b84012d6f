import { applyDecorators, SetMetadata } from '@nestjs/common';
import { FASTIFY_ROUTE_CONFIG_METADATA } from '@nestjs/platform-fastify/constants.js';
import { type Role } from '#contracts';
import type { RateLimitedAction } from '#kernel';

export const ACCESS_POLICY = 'rex587:access-policy';

/** What a route allows: anyone (no sign-in), or signed-in callers with one of the roles. */
export type AccessPolicy = { public: true } | { public: false; roles: readonly Role[] };

/**
 * What Fastify knows of a route's policy (its route config), for the checks that run as a request arrives,
 * before the Nest pipeline (early-refusal.ts).
 */
export interface RouteAccess {
  public?: true;
  rateLimit?: RateLimitedAction;
}

/** Adds to the route's Fastify config, keeping what other decorators put there. */
const routeAccess =
  (access: RouteAccess): MethodDecorator =>
  (_target, _key, descriptor) => {
    const handler = descriptor.value as object;
    const current = Reflect.getMetadata(FASTIFY_ROUTE_CONFIG_METADATA, handler) as RouteAccess | undefined;
    Reflect.defineMetadata(FASTIFY_ROUTE_CONFIG_METADATA, { ...current, ...access }, handler);
  };

/** No sign-in needed (health, sign-in itself). */
export const Public = () =>
  applyDecorators(SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy), routeAccess({ public: true }));

/** Signed-in callers with one of these roles; the others get 403. */
export const Allow = (roles: readonly Role[]) =>
  SetMetadata(ACCESS_POLICY, { public: false, roles } satisfies AccessPolicy);

export const RATE_LIMIT = 'rex587:rate-limit';

/**
 * The limit a costly route counts against (export, download, import, upload, password); without it a change
 * counts as a write and a list read with a search term as a search (rate-limit.policy.ts).
 */
export const Limit = (action: RateLimitedAction) =>
  applyDecorators(SetMetadata(RATE_LIMIT, action), routeAccess({ rateLimit: action }));
