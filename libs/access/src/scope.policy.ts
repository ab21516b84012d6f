import type { SqlParams } from '#database';
import type { Actor } from '#kernel';
import { organisationOf } from './role.policy.js';

/**
 * Organisation scoping, as SQL conditions ANDed into every query a caller can
 * trigger (lists, counts, by-id reads, id lists, searches, exports). Nothing is
 * filtered after the query. An empty list means "no restriction".
 */
export type Scope = (params: SqlParams) => string[];

export const UNSCOPED: Scope = () => [];

/** Milestones a partner's organisation leads or supports (`m` is the milestones alias). */
export function responsibleFor(organisationRef: string, m = 'm'): string {
  return (
    `(${m}.lead_organisation_id = ${organisationRef} OR EXISTS (SELECT 1 FROM milestone_supporting_organisations ms ` +
    `WHERE ms.milestone_id = ${m}.id AND ms.organisation_id = ${organisationRef}))`
  );
}

/** A partner sees public milestones and those its organisation leads or supports. */
export function milestoneScope(actor: Actor, m = 'm'): Scope {
  const organisationId = organisationOf(actor);
  if (actor.role !== 'partner') return UNSCOPED;
  return (params) => {
    if (organisationId === null) return ['FALSE'];
    const ref = `${params.add(organisationId)}::uuid`;
    return [`(${m}.visibility = 'public' OR ${responsibleFor(ref, m)})`];
  };
}

/** A partner sees the progress updates its own organisation made, and no one else's. */
export function progressUpdateScope(actor: Actor, pu = 'pu'): Scope {
  if (actor.role !== 'partner') return UNSCOPED;
  const organisationId = organisationOf(actor);
  return (params) =>
    organisationId === null ? ['FALSE'] : [`${pu}.organisation_id = ${params.add(organisationId)}::uuid`];
}
