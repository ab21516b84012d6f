import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { type Role } from '#contracts';
import {
  type Actor,
  ForbiddenException,
  type RateLimitedAction,
  TooManyAtOnceException,
  UnauthenticatedException,
} from '#kernel';
import {
  AccountSlots,
  AuthService,
  COSTLY_SLOTS,
  hasRole,
  rateLimitedAction,
  rateLimitKey,
  RateLimits,
  SEARCH_SLOTS,
} from '#access';
import { ClientError } from '../http/client-error.js';
import { ACCESS_POLICY, RATE_LIMIT, type AccessPolicy } from './access-policy.decorator.js';

export type RequestWithActor = FastifyRequest & {
  actor?: Actor;
  /** Frees the account's slot (account-slots.ts): called once the answer is sent or the caller went away. */
  releaseSlot?: () => void;
  /** Set when the caller went away before the answer (Fastify's onRequestAbort, create-app.ts). */
  abandoned?: boolean;
};

/**
 * Deny by default: a route must declare its policy (@Public or @Allow), or
 * nobody reaches it. Signed-in callers are checked against the user as it is
 * now (SignedInUsers), so a revoked token or a changed role takes effect at once.
 * Then the request is counted against its rate limit, per account (per address
 * without a sign-in): after the role check, so that refused calls cost nothing.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(RateLimits) private readonly limits: RateLimits,
    @Inject(AccountSlots) private readonly slots: AccountSlots,
    @Inject(COSTLY_SLOTS) private readonly costlySlots: AccountSlots,
    @Inject(SEARCH_SLOTS) private readonly searchSlots: AccountSlots,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<AccessPolicy | undefined>(ACCESS_POLICY, context.getHandler());
    if (!policy) throw new ForbiddenException({ key: 'noAccessPolicy' });
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    if (!policy.public) {
      await this.authorise(request, policy.roles);
      const release = await this.slots.acquire(request.actor!.userId ?? '');
      if (!release) throw new TooManyAtOnceException();
      hold(request, release);
    }
    const declared = this.reflector.get<RateLimitedAction | undefined>(RATE_LIMIT, context.getHandler());
    // Without a sign-in only declared limits apply: sign-in has its own throttle, and behind a proxy that is not
    // trusted every caller shares one address.
    const action = policy.public ? (declared ?? null) : rateLimitedAction(request, declared);
    if (action) await this.limits.consume(action, rateLimitKey(request.actor?.userId, request.ip));
    // Slots are taken in one order (account, costly, search) and freed together: no two requests wait on each other.
    // The account's slot is kept meanwhile: its other requests wait behind its costly ones, nobody else's do.
    if (action && request.actor?.userId) {
      const costly = await this.costlySlots.acquire(request.actor.userId);
      if (!costly) throw new TooManyAtOnceException();
      hold(request, also(request.releaseSlot, costly));
    }
    if (action === 'search') hold(request, also(request.releaseSlot, (await this.searchSlots.acquire('search'))!));
    return true;
  }

  private async authorise(request: RequestWithActor, roles: readonly Role[]): Promise<void> {
    const token = bearerToken(request.headers.authorization);
    if (!token) throw new UnauthenticatedException();
    const actor = await this.auth.authenticate(token, String(request.id));
    request.actor = actor;
    if (!hasRole(actor, roles)) {
      throw new ForbiddenException({ key: 'needsRole', roles });
    }
  }
}

/** Frees `next`, then what was held before it. */
function also(before: (() => void) | undefined, next: () => void): () => void {
  return () => {
    next();
    before?.();
  };
}

/** The token of an `Authorization: Bearer …` header, if it has a well-formed one. */
export function bearerToken(header: string | undefined): string | null {
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/=-]{1,4096})$/.exec(header.trim()) : null;
  return match ? match[1] : null;
}

/**
 * Keeps a slot with the request until its answer is sent (create-app.ts releases it). A caller that went away
 * while waiting for the slot is not served: the slot goes back at once instead of after work nobody will read.
 */
function hold(request: RequestWithActor, release: () => void): void {
  request.releaseSlot = release;
  if (request.abandoned) {
    release();
    // Nobody reads this answer; a 4xx keeps it out of the server faults.
    throw new ClientError(400, { key: 'callerWentAway' });
  }
}
