import { ActionPlan, Milestone, Objective, Organisation, Priority } from '#plan';
import { RateLimitCount, User } from '#access';
import { EvidenceFile, ProgressUpdate } from '#progress';
import { AuditEvent } from '#audit';
import { OutboxMessage } from '#database';
import { Reminder } from '#reminders';
import { Notification } from '#notifications';
import { Report, ReportFile } from '#reporting';
import { CalendarFeed } from '#publishing';

/** Every table the migrations describe; `migration:generate` diffs against these. */
export const ENTITIES = [
  ActionPlan,
  Priority,
  Objective,
  Milestone,
  Organisation,
  User,
  ProgressUpdate,
  AuditEvent,
  OutboxMessage,
  RateLimitCount,
  EvidenceFile,
  Reminder,
  Notification,
  Report,
  ReportFile,
  CalendarFeed,
];
