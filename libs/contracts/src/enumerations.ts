/**
 * The API's enumerations, shared by the server (validation, SQL checks, list filters) and the admin app (choices,
 * labels): a value added or renamed here is one the admin's type check then asks to be shown.
 */

/** The languages every text a person reads is written in. */
export const LOCALES = ['en', 'ru', 'kk'] as const;
export type Locale = (typeof LOCALES)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'at_risk', 'delayed', 'completed', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Statuses after which a milestone can no longer be late, and takes no progress reports until reopened. */
export const CLOSED_STATUSES: readonly MilestoneStatus[] = ['completed', 'cancelled'];

export const VISIBILITIES = ['public', 'internal'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PROGRESS_UPDATE_STATES = ['submitted', 'approved', 'returned', 'rejected'] as const;
export type ProgressUpdateState = (typeof PROGRESS_UPDATE_STATES)[number];

/** The roles an account can have. */
export const ROLES = ['admin', 'staff', 'partner', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_TYPES = [
  'eu_institution',
  'eesc_group',
  'kazakh_authority',
  'cso',
  'trade_union',
  'employers_organisation',
  'international_body',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** `import`: one event for a whole import, beside each record's own create or update. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'approve', 'return', 'reject', 'submit', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The resources whose changes the audit trail records: an audit event's `entityType`, by their API names. */
export const AUDITED_RESOURCES = [
  'action-plans',
  'priorities',
  'objectives',
  'milestones',
  'organisations',
  'users',
  'progress-updates',
  'evidence-files',
  'reports',
  'calendar-feeds',
] as const;
export type AuditedResource = (typeof AUDITED_RESOURCES)[number];

export const REMINDER_STATES = ['pending', 'sending', 'sent', 'failed', 'void'] as const;
export type ReminderState = (typeof REMINDER_STATES)[number];
