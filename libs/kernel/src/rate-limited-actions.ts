/** What a rate limit counts: each has its own limit per account (per address for calls without sign-in). */
export const RATE_LIMITED_ACTIONS = ['write', 'search', 'export', 'download', 'import', 'upload', 'password'] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];
