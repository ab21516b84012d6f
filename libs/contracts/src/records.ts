/**
 * The records the API answers with, as JSON: what the admin app reads. The server's response classes implement
 * these (`class MilestoneRecord … implements contracts.MilestoneRecord`), so a field renamed or retyped on the
 * server fails the compiler on both sides instead of showing blank in the browser.
 */
import type {
  AuditAction,
  AuditedResource,
  Locale,
  MilestoneStatus,
  OrganisationType,
  ProgressUpdateState,
  ReminderState,
  Role,
  Visibility,
} from './enumerations.js';
import type { ReportChanges } from './shapes.js';

/** Translatable text: English is required where the text is; Russian and Kazakh fall back to it. */
export interface Translatable {
  en: string;
  ru?: string;
  kk?: string;
}

/** What every stored, editable record has; `version` is also its ETag. Times are ISO 8601 in UTC. */
export interface StoredRecord {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * How a plan's reminders are timed. Stored whole on the plan (a change merges over what is stored), so that the
 * scanner reads one row and every plan can chase at its own pace.
 */
export interface ReminderSettingsRecord {
  /** Days before the due date on which partners are reminded. */
  daysBefore: readonly number[];
  /** Days after the due date of the first overdue reminder; weekly ones follow. */
  firstOverdueAfter: number;
  weeklyEvery: number;
  /** Weekly reminders stop after this many. */
  maxWeekly: number;
  /** Days overdue after which EESC staff are alerted. */
  escalateAfter: number;
  /** A reminder missed (the system was down) is still sent this many days late, unless a later one replaces it. */
  graceDays: number;
  /** Whether staff are alerted when an organisation let a reporting period pass without reporting. */
  escalateMissedReports: boolean;
  /** Days after the end of a reporting period before that alert (late reports in between still count as late). */
  missedReportAfter: number;
}

/** The days of the plenary session that adopted an opinion (one day: the same date twice). */
export interface PlenarySession {
  from: string;
  to: string;
}

/**
 * The facts of the opinion a plan implements, for the cover of the plenary report, each in every language the
 * report is written in (names of groups and sections are translated; dates are dates, written by the language).
 */
export interface OpinionFactsRecord {
  /** The rapporteur and their group, e.g. "Dumitru Fornea (Workers' Group, Group II, Romania)". */
  rapporteur?: Translatable;
  /** The section that prepared it, e.g. "External Relations (REX)". */
  section?: Translatable;
  sectionAdoptedAt?: string;
  plenarySession?: PlenarySession;
  votesFor?: number;
  votesAgainst?: number;
  abstentions?: number;
}

export interface ActionPlanRecord extends StoredRecord {
  code: string;
  title: Translatable;
  description: Translatable;
  timeZone: string;
  opinionReference: string;
  adoptedAt: string | null;
  reportingPeriodMonths: number;
  reminderSettings: ReminderSettingsRecord;
  opinion: OpinionFactsRecord;
  /** Roll-up of its milestones, 0-100; null while it has none. */
  progress: number | null;
}

export interface PriorityRecord extends StoredRecord {
  actionPlanId: string;
  position: number;
  code: string;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  progress: number | null;
}

export interface ObjectiveRecord extends StoredRecord {
  priorityId: string;
  actionPlanId: string;
  position: number;
  code: string;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  progress: number | null;
}

/** A milestone's latest self-reported figures: its newest progress update, whatever its review state. */
export interface LastReport {
  progressUpdateId: string;
  progress: number;
  status: MilestoneStatus;
  state: ProgressUpdateState;
  organisationId: string;
  submittedById: string | null;
  enteredByStaff: boolean;
  submittedAt: string;
}

/**
 * A milestone's latest verified figures: approved by someone other than who entered or revised them. A partner
 * sees only the figures and the date when they came from another organisation's update.
 */
export interface LastVerification {
  progress: number;
  status: MilestoneStatus;
  reviewedAt: string;
  progressUpdateId?: string;
  organisationId?: string;
  reviewedById?: string | null;
  enteredByStaff?: boolean;
}

export interface MilestoneRecord extends StoredRecord {
  objectiveId: string;
  priorityId: string;
  actionPlanId: string;
  code: string;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  startDate: string | null;
  /** A calendar date in the plan's time zone. */
  dueDate: string;
  /** As shown: `delayed` once the due date has passed unfinished. */
  status: MilestoneStatus;
  /** As recorded, before derivation. */
  recordedStatus: MilestoneStatus;
  progress: number;
  leadOrganisationId: string;
  supportingOrganisationIds: string[];
  visibility: Visibility;
  timeZone: string;
  /** Staff only: absent for partners and viewers. */
  internalNotes?: string;
  lastReport: LastReport | null;
  lastVerification: LastVerification | null;
}

export interface ReminderContactRecord {
  role: string;
  email: string;
  locale?: Locale;
}

export interface OrganisationRecord extends StoredRecord {
  name: Translatable;
  shortCode: string;
  type: OrganisationType;
  country: string;
  /** Staff and the organisation's own partners only. */
  reminderContacts?: ReminderContactRecord[];
}

export interface EvidenceLinkRecord {
  url: string;
  title?: string;
}

/** A file attached to a progress update, as lists give it (the content is downloaded apart). */
export interface EvidenceFileSummary {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export interface EvidenceFileRecord extends EvidenceFileSummary {
  progressUpdateId: string;
  sha256: string;
  uploadedById: string | null;
  createdAt: string;
}

export interface ProgressUpdateRecord extends StoredRecord {
  milestoneId: string;
  progress: number;
  status: MilestoneStatus;
  narrative: Translatable;
  evidence: EvidenceLinkRecord[];
  state: ProgressUpdateState;
  submittedById: string | null;
  /** The submitter's role when it was entered (stored, not the account's role today). */
  enteredByRole: 'partner' | 'staff' | 'admin';
  enteredByStaff: boolean;
  revisedById: string | null;
  revisedAt: string | null;
  reviewedById: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
  organisationId: string;
  milestoneVersion: number;
  submittedAt: string;
  milestoneCode: string;
  priorityId: string;
  evidenceFiles: EvidenceFileSummary[];
}

export interface UserRecord extends StoredRecord {
  email: string;
  name: string;
  role: Role;
  organisationId: string | null;
  locale: Locale;
  timeZone: string;
}

export interface ReportRecord extends StoredRecord {
  actionPlanId: string;
  actionPlanCode: string;
  /** In every language. */
  title: Translatable;
  periodFrom: string | null;
  periodTo: string | null;
  authorId: string | null;
  authorName: string | null;
  previousReportId: string | null;
  /** When the plan was frozen into the report. */
  takenAt: string;
  milestoneCount: number;
  changes: ReportChanges;
}

/** Kinds of reminder about one milestone; `upcoming_<n>` is n days before the due date. */
export type MilestoneReminderKind = `upcoming_${number}` | 'due' | 'overdue_1' | 'overdue_weekly' | 'escalation';
/** Kinds for staff about the plan as a whole: a missed reporting period, the weekly digest. */
export type StaffAlertKind = 'missed_report' | 'weekly_digest';
export type ReminderKind = MilestoneReminderKind | StaffAlertKind;

export interface ReminderRecord {
  id: string;
  milestoneId: string | null;
  milestoneCode: string | null;
  organisationId: string | null;
  kind: ReminderKind;
  occurrence: number;
  dueDate: string;
  recipientEmail: string;
  recipientUserId: string | null;
  recipientOrganisationId: string | null;
  locale: Locale;
  timeZone: string;
  scheduledFor: string;
  state: ReminderState;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The admin app's route it opens, such as `/milestones/<id>/show`. */
  link: string;
  readAt: string | null;
  read: boolean;
  createdAt: string;
}

export const FEED_KINDS = ['organisation', 'plan'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface CalendarFeedRecord {
  id: string;
  kind: FeedKind;
  organisationId: string | null;
  actionPlanId: string | null;
  locale: Locale;
  label: string;
  createdById: string | null;
  createdAt: string;
  lastFetchedAt: string | null;
  /** Feeds are never edited: always 1 (react-admin wants a version). */
  version: number;
}

/** The answer to creating a feed: the only time its secret URL is shown. */
export interface CreatedCalendarFeedRecord extends CalendarFeedRecord {
  url: string;
}

export interface AuditEventRecord {
  id: string;
  /** Null for the system (seed, jobs). */
  actorId: string | null;
  /** The account's name today; null for the system, or an account since deleted. */
  actorName: string | null;
  /** The account's organisation today, if it has one. */
  actorOrganisationId: string | null;
  action: AuditAction;
  entityType: AuditedResource;
  entityId: string;
  /**
   * What people call the record, from its snapshot (the state after the change, or before a deletion): code,
   * short code, the milestone's code of a progress update, e-mail, label or file name; null if it has none.
   */
  subjectCode: string | null;
  /** The record's title or name; a plain-text one (a user's name, a report's title) as `{en}`. */
  subjectTitle: Translatable | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  clientRequestId: string | null;
  occurredAt: string;
}

/** Reporting completeness of one organisation in a plan's current reporting period (the dashboard's table). */
export interface CompletenessRecord {
  /** The organisation's id. */
  id: string;
  shortCode: string;
  name: Translatable;
  periodFrom: string;
  periodTo: string;
  /** Milestones it leads or supports that need a report in the period. */
  milestones: number;
  /** Reported in the period, on or before the due date. */
  submitted: number;
  /** Reported in the period, after the due date. */
  late: number;
  /** Not reported in the period. */
  missing: number;
}
