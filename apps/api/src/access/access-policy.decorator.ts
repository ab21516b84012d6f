import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../../../libs/access/src/user.entity.js';
import type { RateLimitedAction } from '../../../../libs/config/src/config.js';

export const ACCESS_POLICY = 'rex587:access-policy';

/** What a route allows: anyone (no sign-in), or signed-in callers with one of the roles. */
export type AccessPolicy = { public: true } | { public: false; roles: readonly Role[] };

/** No sign-in needed (health, sign-in itself). */
export const Public = () => SetMetadata(ACCESS_POLICY, { public: true } satisfies AccessPolicy);

/** Signed-in callers with one of these roles; the others get 403. */
export const Allow = (roles: readonly Role[]) =>
  SetMetadata(ACCESS_POLICY, { public: false, roles } satisfies AccessPolicy);

export const RATE_LIMIT = 'rex587:rate-limit';

/**
 * The limit a costly route counts against (export, download, import, upload, password); without it a change
 * counts as a write and a list read with a search term as a search (rate-limit.policy.ts).
 */
export const Limit = (action: RateLimitedAction) => SetMetadata(RATE_LIMIT, action);
