import {
  type GetListParams,
  type GetOneParams,
  useGetList,
  useGetOne,
  type UseGetListOptions,
  type UseGetOneOptions,
} from 'react-admin';
import type {
  ActionPlanRecord,
  AuditEventRecord,
  CalendarFeedRecord,
  CompletenessRecord,
  MilestoneRecord,
  NotificationRecord,
  ObjectiveRecord,
  OrganisationRecord,
  PriorityRecord,
  ProgressUpdateRecord,
  ReminderRecord,
  ReportRecord,
  UserRecord,
} from '#contracts';

/**
 * What each API resource answers with, by resource name: the server's own record shapes (libs/contracts), so
 * that a field the server renames or retypes fails this app's type check where it is read.
 */
export interface ResourceRecords {
  'action-plans': ActionPlanRecord;
  priorities: PriorityRecord;
  objectives: ObjectiveRecord;
  milestones: MilestoneRecord;
  organisations: OrganisationRecord;
  'progress-updates': ProgressUpdateRecord;
  users: UserRecord;
  reports: ReportRecord;
  reminders: ReminderRecord;
  notifications: NotificationRecord;
  'calendar-feeds': CalendarFeedRecord;
  'audit-events': AuditEventRecord;
  'reporting-completeness': CompletenessRecord;
}

export type ResourceName = keyof ResourceRecords;

/** `useGetList`, typed by the resource's record. */
export function useRecordList<R extends ResourceName>(
  resource: R,
  params?: Partial<GetListParams>,
  options?: UseGetListOptions<ResourceRecords[R]>,
) {
  return useGetList<ResourceRecords[R]>(resource, params, options);
}

/** `useGetOne`, typed by the resource's record. */
export function useRecordById<R extends ResourceName>(
  resource: R,
  params: Partial<GetOneParams<ResourceRecords[R]>>,
  options?: UseGetOneOptions<ResourceRecords[R]>,
) {
  return useGetOne<ResourceRecords[R]>(resource, params, options);
}

/** A resource's `recordRepresentation`: how a record is named in titles, breadcrumbs and reference fields. */
export function representedBy<R extends ResourceName>(
  _resource: R,
  name: (record: ResourceRecords[R]) => string,
): (record: ResourceRecords[R]) => string {
  return name;
}
