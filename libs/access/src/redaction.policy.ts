import type { LastReport, LastVerification, MilestoneRecord } from '#contracts';
import type { Actor } from '#kernel';
import { seesInternalFields } from './role.policy.js';

/** What redaction reads of a milestone record (lists, by id, the partner's own view). */
type RedactableMilestone = Pick<MilestoneRecord, 'lastReport' | 'lastVerification'> & { internalNotes?: string };

/**
 * Field-level access: what a caller may not see is removed from every record it
 * receives. A partner sees another organisation's pending report on a shared
 * milestone no more than the report itself; verified figures are the
 * milestone's own, but without the other organisation's update and user ids.
 */
export function redactMilestone<T extends RedactableMilestone>(record: T, actor: Actor): T {
  if (seesInternalFields(actor)) return record;
  const { internalNotes: _hidden, ...visible } = record;
  if (actor.role !== 'partner') return visible as T;
  const own = (summary: LastReport | LastVerification | null) => summary?.organisationId === actor.organisationId;
  const verification = record.lastVerification;
  return {
    ...visible,
    lastReport: own(record.lastReport) ? record.lastReport : null,
    lastVerification:
      verification && !own(verification)
        ? { progress: verification.progress, status: verification.status, reviewedAt: verification.reviewedAt }
        : (verification ?? null),
  } as T;
}

/** Reminder contacts: staff, and the organisation's own partners. */
export function redactOrganisation<T extends { id: string; reminderContacts?: unknown }>(record: T, actor: Actor): T {
  if (seesInternalFields(actor) || (actor.role === 'partner' && actor.organisationId === record.id)) return record;
  const { reminderContacts: _hidden, ...visible } = record;
  return visible as T;
}

/** An e-mail address inside free text (an SMTP error names the recipient it refused). */
const EMAIL_ADDRESS = /[^\s<>()[\]@,;:"']+@[^\s<>()[\]@,;:"']+/g;

/** What a reader may not know about reminder recipients: their address, also inside the delivery error. */
export interface RedactableReminder {
  recipientEmail?: unknown;
  lastError?: string | null;
}

/**
 * Reminder recipients are organisations' reminder contacts and staff: their
 * addresses are for staff, and for a partner on the reminders of its own
 * organisation (the only ones its scope reads), as on organisations. A viewer
 * sees that a reminder went, and how it fared, but not to whom.
 */
export function redactReminder<T extends RedactableReminder>(record: T, actor: Actor): T {
  if (seesInternalFields(actor) || actor.role === 'partner') return record;
  const { recipientEmail: _hidden, ...visible } = record;
  return {
    ...visible,
    lastError: record.lastError ? record.lastError.replace(EMAIL_ADDRESS, '[e-mail]') : (record.lastError ?? null),
  } as T;
}

/** Fields of reminders a caller may not filter or sort by: what it may not see cannot be probed either. */
export function hiddenReminderFields(actor: Actor): readonly string[] {
  return seesInternalFields(actor) || actor.role === 'partner' ? [] : ['recipientEmail'];
}
