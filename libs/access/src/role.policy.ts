import { type Role } from '#contracts';
import type { Actor } from '#kernel';

/**
 * Who may do what, by role. Routes declare one of these; organisation scoping
 * (which records) is added in the queries by scope.policy.ts.
 */
export const STAFF: readonly Role[] = ['admin', 'staff'];
export const EVERYONE: readonly Role[] = ['admin', 'staff', 'partner', 'viewer'];
export const REPORTERS: readonly Role[] = ['admin', 'staff', 'partner'];
export const ADMINS: readonly Role[] = ['admin'];
/** Everyone who follows the whole plan: staff and read-only viewers, not partners. */
export const MONITORS: readonly Role[] = ['admin', 'staff', 'viewer'];

export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.role === 'system' || roles.includes(actor.role);
}

/** Staff-only fields (internal notes, organisations' contacts) are hidden from partners and viewers. */
export function seesInternalFields(actor: Actor): boolean {
  return actor.role === 'system' || actor.role === 'admin' || actor.role === 'staff';
}

/** A partner acts for one organisation; everyone else for the whole plan. */
export function organisationOf(actor: Actor): string | null {
  return actor.role === 'partner' ? actor.organisationId : null;
}
