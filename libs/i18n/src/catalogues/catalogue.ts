import type {
  AuditAction,
  AuditedResource,
  Locale,
  MilestoneStatus,
  OrganisationType,
  ProgressUpdateState,
  Role,
  Visibility,
} from '#contracts';
import type { ServerMessageWords } from './message-words.js';

/**
 * Every text the server writes, in one language: en.ts, ru.ts and kk.ts each hold one, typed by this, so a text
 * missing from a language fails to compile. Texts with parameters are functions of them.
 */
export interface ServerCatalogue {
  report: ReportWords;
  publicPage: PublicPageWords;
  exports: ExportWords;
  reminders: {
    /** What the subject says about the milestone; `n` is days before (upcoming) or overdue. */
    leads: Record<ReminderLeadKind, (n: number) => string>;
    words: ReminderWords;
  };
  staffAlerts: StaffAlertWords;
  notifications: {
    /** A notification's title, by what it is about; `code` is the milestone's. */
    titles: Record<NotificationKind, (code: string) => string>;
    /** The title when EESC staff entered the report for the organisation (a partner hears of staff's entry). */
    staffEnteredTitles: Record<ProgressUpdateNotice, (code: string) => string>;
  };
  /** What the server says to a person: errors and the reasons beside fields (message-words.ts). */
  messages: ServerMessageWords;
}

/** Every word of the plenary report (its downloads; the calendar feeds take a few). */
export interface ReportWords {
  report: string;
  opinion: string;
  rapporteur: string;
  section: string;
  sectionAdopted: string;
  plenaryAdopted: string;
  vote: (votesFor: number, against: number, abstentions: number) => string;
  period: string;
  asOf: string;
  author: string;
  planProgress: string;
  summary: string;
  priority: string;
  objective: string;
  progress: string;
  milestones: string;
  code: string;
  milestone: string;
  start: string;
  due: string;
  status: string;
  selfReported: string;
  verified: string;
  lead: string;
  supporting: string;
  narrative: string;
  notVerified: string;
  notReported: string;
  /** A figure already written in the language ("57,8") with its percent sign as the language places it. */
  percent: (figure: string) => string;
  /** `progress` is written with `percent`. */
  verifiedBy: (progress: string, by: string, date: string) => string;
  /** Beside who reported or verified figures that EESC staff entered for the organisation. */
  staffEntered: string;
  reportedBy: (progress: string, by: string, date: string, state: string) => string;
  /** Columns of the figures tables (XLSX, CSV): what a partner reported, and who verified it when. */
  reportedStatus: string;
  reviewState: string;
  reportingOrganisation: string;
  submittedOn: string;
  reviewedBy: string;
  reviewedOn: string;
  changes: string;
  changesSince: (date: string) => string;
  firstReport: string;
  noChanges: string;
  added: string;
  removed: string;
  completed: string;
  newlyDelayed: string;
  dueDateChanged: string;
  progressChanged: string;
  statusChanged: string;
  statuses: Record<MilestoneStatus, string>;
  reviewStates: Record<string, string>;
  generated: (date: string) => string;
}

/** Column headers and values of list exports (CSV, XLSX): what each column holds, in the reader's language. */
export interface ExportWords {
  columns: Record<ExportColumnName, string>;
  visibilities: Record<Visibility, string>;
  organisationTypes: Record<OrganisationType, string>;
  roles: Record<Role, string>;
  reviewStates: Record<ProgressUpdateState, string>;
  enteredBy: { organisation: string; staff: string };
  languages: Record<Locale, string>;
  /** What happened, in the audit trail's export. */
  auditActions: Record<AuditAction, string>;
  /** A record's type, as the audit trail's export names it. */
  recordTypes: Record<AuditedResource, string>;
  /** Who acted when no person did (seed, jobs). */
  system: string;
}

/** The columns a list export can have (a translatable text has one per language, suffixed EN, RU, KK). */
export type ExportColumnName =
  | 'actionPlan'
  | 'priority'
  | 'objective'
  | 'objectiveTitle'
  | 'milestone'
  | 'code'
  | 'title'
  | 'description'
  | 'position'
  | 'startDate'
  | 'dueDate'
  | 'status'
  | 'progress'
  | 'lead'
  | 'leadName'
  | 'supporting'
  | 'visibility'
  | 'opinionReference'
  | 'internalNotes'
  | 'reportedProgress'
  | 'reportedOn'
  | 'verifiedProgress'
  | 'verifiedOn'
  | 'timeZone'
  | 'adoptedAt'
  | 'reportingPeriodMonths'
  | 'shortCode'
  | 'name'
  | 'type'
  | 'country'
  | 'reminderContacts'
  | 'email'
  | 'role'
  | 'organisation'
  | 'organisationName'
  | 'language'
  | 'submittedAt'
  | 'review'
  | 'narrative'
  | 'evidence'
  | 'evidenceFiles'
  | 'enteredBy'
  | 'reviewedAt'
  | 'reviewComment'
  | 'periodFrom'
  | 'periodTo'
  | 'takenAt'
  | 'author'
  | 'milestoneCount'
  | 'changedCount'
  | 'occurredAt'
  | 'action'
  | 'recordType'
  | 'record'
  | 'recordTitle'
  | 'person';

/** The words of the public summary page around the report's own (`report`). */
export interface PublicPageWords {
  heading: string;
  intro: string;
  none: string;
  languages: string;
}

/** The kinds of reminder with a fixed lead; `upcoming` and `tomorrow` say how many days before. */
export type ReminderLeadKind = 'upcoming' | 'tomorrow' | 'due' | 'overdue_1' | 'overdue_weekly' | 'escalation';

/** The words of a reminder mail around its lead. */
export interface ReminderWords {
  milestone: string;
  due: string;
  action: string;
  partnerAction: string;
  footer: string;
}

/** The words of the staff's alert mails: a missed reporting period, the weekly digest. */
export interface StaffAlertWords {
  missedSubject: (org: string, from: string, to: string) => string;
  missedLead: (org: string, n: number, from: string, to: string) => string;
  digestSubject: (week: string) => string;
  overdue: string;
  atRisk: string;
  awaitingReview: string;
  unreported: (from: string, to: string) => string;
  none: string;
  more: (n: number) => string;
  due: string;
  open: string;
  footer: string;
}

/** What an in-app notification is about: the outbox topics that make one. */
export type ProgressUpdateNotice =
  'progress-update.submitted' | 'progress-update.approved' | 'progress-update.returned' | 'progress-update.rejected';
export type NotificationKind = ProgressUpdateNotice | 'milestone.reassigned';
