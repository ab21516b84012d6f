import type { OutboxMessage } from '#kernel';

/** Every queue and job the worker runs, in one place; the processors must handle each (checked at start). */
export const QUEUES = { reminders: 'reminders', outbox: 'outbox' } as const;

export const JOBS = {
  /** Plan the reminders due now (scheduler). */
  scanReminders: 'scan-reminders',
  /** Send the reminders that are due (scheduler). */
  dispatchReminders: 'dispatch-reminders',
  /** Move committed outbox messages to the queue (scheduler). */
  relayOutbox: 'relay-outbox',
  /** Make the in-app notifications of one outbox message. */
  notify: 'notify',
} as const;
export type JobName = (typeof JOBS)[keyof typeof JOBS];

export interface NotifyPayload {
  outboxId: string;
  message: OutboxMessage;
}

/** The shape earlier releases queued: jobs still waiting in Redis across an upgrade are handled too. */
export interface EarlierNotifyPayload {
  outboxId: string;
  topic: OutboxMessage['topic'];
  payload: OutboxMessage['payload'];
}

/** Which queue runs which job. */
export const JOB_QUEUE: Record<JobName, (typeof QUEUES)[keyof typeof QUEUES]> = {
  'scan-reminders': QUEUES.reminders,
  'dispatch-reminders': QUEUES.reminders,
  'relay-outbox': QUEUES.outbox,
  notify: QUEUES.outbox,
};
