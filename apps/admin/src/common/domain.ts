// The API's enumerations come from the server's own definitions (libs/contracts): a value the server adds or
// renames fails this app's type check where it is labelled or coloured, instead of showing raw.
import { MILESTONE_STATUSES, type MilestoneStatus } from '#contracts';

export {
  AUDIT_ACTIONS,
  MILESTONE_STATUSES,
  ORGANISATION_TYPES,
  PROGRESS_UPDATE_STATES,
  REMINDER_STATES,
  ROLES,
  VISIBILITIES,
  type MilestoneStatus,
} from '#contracts';

/** `delayed` is derived by the API from the due date: nobody sets it by hand. */
export const SETTABLE_STATUSES = MILESTONE_STATUSES.filter((status) => status !== 'delayed');

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
export function isClosedToReports(recordedStatus: MilestoneStatus | undefined): boolean {
  return recordedStatus === 'completed' || recordedStatus === 'cancelled';
}
