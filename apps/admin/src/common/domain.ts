/**
 * The API's enumerations, as the admin shows and filters them. They mirror
 * libs/*\/src/*.entity.ts; a value the API adds later still shows (raw) until
 * it is added here and to the catalogues.
 */
export const MILESTONE_STATUSES = ['planned', 'in_progress', 'at_risk', 'delayed', 'completed', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** `delayed` is derived by the API from the due date: nobody sets it by hand. */
export const SETTABLE_STATUSES = MILESTONE_STATUSES.filter((status) => status !== 'delayed');

export const PROGRESS_UPDATE_STATES = ['submitted', 'approved', 'returned', 'rejected'] as const;
export const VISIBILITIES = ['public', 'internal'] as const;
export const ROLES = ['admin', 'staff', 'partner', 'viewer'] as const;
export const ORGANISATION_TYPES = [
  'eu_institution',
  'eesc_group',
  'kazakh_authority',
  'cso',
  'trade_union',
  'employers_organisation',
  'international_body',
] as const;
export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'approve', 'return', 'reject', 'submit'] as const;
export const REMINDER_STATES = ['pending', 'sending', 'sent', 'failed', 'void'] as const;

/** Status colours: each passes WCAG AA (4.5:1) for white text. */
export const STATUS_COLOURS: Record<MilestoneStatus, string> = {
  planned: '#546e7a',
  in_progress: '#1565c0',
  at_risk: '#b35c00',
  delayed: '#c62828',
  completed: '#2e7d32',
  cancelled: '#616161',
};

/** `[{id, name}]` choices for a SelectInput, named by a catalogue prefix such as `rex.status`. */
export function choicesOf(values: readonly string[], prefix: string) {
  return values.map((value) => ({ id: value, name: `${prefix}.${value}` }));
}

/** Completed and cancelled milestones take no progress reports until staff reopen them (as the API rules). */
export function isClosedToReports(recordedStatus: unknown): boolean {
  return recordedStatus === 'completed' || recordedStatus === 'cancelled';
}
