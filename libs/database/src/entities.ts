import { ActionPlan } from '../../plan/src/action-plan.entity.js';
import { Milestone } from '../../plan/src/milestone.entity.js';
import { Objective } from '../../plan/src/objective.entity.js';
import { Organisation } from '../../plan/src/organisation.entity.js';
import { Priority } from '../../plan/src/priority.entity.js';
import { User } from '../../access/src/user.entity.js';
import { ProgressUpdate } from '../../progress/src/progress-update.entity.js';
import { AuditEvent } from '../../audit/src/audit-event.entity.js';
import { RateLimitCount } from '../../access/src/rate-limit-count.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { Reminder } from '../../reminders/src/reminder.entity.js';
import { Notification } from '../../notifications/src/notification.entity.js';
import { EvidenceFile } from '../../progress/src/evidence-file.entity.js';
import { Report } from '../../reporting/src/report.entity.js';
import { ReportFile } from '../../reporting/src/report-file.entity.js';
import { CalendarFeed } from '../../publishing/src/calendar-feed.entity.js';

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
