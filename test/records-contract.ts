// Checked by `npm run typecheck` (part of `npm test`), not by jest: the server's response classes (what the
// OpenAPI document describes and the API answers) have exactly the fields of the records in libs/contracts (what
// the admin app reads). `implements` already refuses a class that lacks a contract field or retypes it; this
// refuses one that answers with a field the contract, and so the admin app, does not know of.
import type * as contracts from '#contracts';
import type { UserRecord } from '#access';
import type { AuditEventRecord } from '#audit';
import type { NotificationRecord } from '#notifications';
import type { ActionPlanRecord, MilestoneRecord, ObjectiveRecord, OrganisationRecord, PriorityRecord } from '#plan';
import type { CompletenessRow, EvidenceFileRecord, ProgressUpdateRecord } from '#progress';
import type { CreatedCalendarFeedRecord } from '#publishing';
import type { ReminderRecord } from '#reminders';
import type { ReportRecord } from '#reporting';

/** `true` when both have the same field names, else the names only one of them has. */
type SameFields<Server, Contract> = [
  Exclude<keyof Server, keyof Contract>,
  Exclude<keyof Contract, keyof Server>,
] extends [never, never]
  ? true
  : {
      onlyOnTheServer: Exclude<keyof Server, keyof Contract>;
      onlyInTheContract: Exclude<keyof Contract, keyof Server>;
    };

export const RECORDS_MATCH_THEIR_CONTRACTS: Record<string, true> = {
  actionPlan: true satisfies SameFields<ActionPlanRecord, contracts.ActionPlanRecord>,
  priority: true satisfies SameFields<PriorityRecord, contracts.PriorityRecord>,
  objective: true satisfies SameFields<ObjectiveRecord, contracts.ObjectiveRecord>,
  milestone: true satisfies SameFields<MilestoneRecord, contracts.MilestoneRecord>,
  organisation: true satisfies SameFields<OrganisationRecord, contracts.OrganisationRecord>,
  progressUpdate: true satisfies SameFields<ProgressUpdateRecord, contracts.ProgressUpdateRecord>,
  evidenceFile: true satisfies SameFields<EvidenceFileRecord, contracts.EvidenceFileRecord>,
  completeness: true satisfies SameFields<CompletenessRow, contracts.CompletenessRecord>,
  user: true satisfies SameFields<UserRecord, contracts.UserRecord>,
  report: true satisfies SameFields<ReportRecord, contracts.ReportRecord>,
  reminder: true satisfies SameFields<ReminderRecord, contracts.ReminderRecord>,
  notification: true satisfies SameFields<NotificationRecord, contracts.NotificationRecord>,
  calendarFeed: true satisfies SameFields<CreatedCalendarFeedRecord, contracts.CreatedCalendarFeedRecord>,
  auditEvent: true satisfies SameFields<AuditEventRecord, contracts.AuditEventRecord>,
};
