import type { Actor } from './actor.js';
import { seesInternalFields } from './role.policy.js';

/** Field-level access: what a caller may not see is removed from every record it receives. */
export function redactMilestone<T extends { internalNotes?: unknown }>(record: T, actor: Actor): T {
  if (seesInternalFields(actor)) return record;
  const { internalNotes: _hidden, ...visible } = record;
  return visible as T;
}

/** Reminder contacts: staff, and the organisation's own partners. */
export function redactOrganisation<T extends { id: string; reminderContacts?: unknown }>(record: T, actor: Actor): T {
  if (seesInternalFields(actor) || (actor.role === 'partner' && actor.organisationId === record.id)) return record;
  const { reminderContacts: _hidden, ...visible } = record;
  return visible as T;
}
