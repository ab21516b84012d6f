/**
 * What each outbox topic carries. A message is written in the transaction of the change it announces and read
 * by the worker's jobs, possibly by a newer release: payloads only gain optional members, never lose one.
 */
export interface OutboxPayloads {
  'progress-update.submitted': ProgressUpdateMessage;
  'progress-update.approved': ProgressUpdateMessage;
  'progress-update.returned': ProgressUpdateMessage;
  'progress-update.rejected': ProgressUpdateMessage;
  'milestone.reassigned': MilestoneReassignedMessage;
}

export interface ProgressUpdateMessage {
  progressUpdateId: string;
  milestoneId: string;
  milestoneCode: string;
  /** Who made the change (null: the system). */
  actorId: string | null;
}

export interface MilestoneReassignedMessage {
  milestoneId: string;
  milestoneCode: string;
  fromOrganisationId: string;
  toOrganisationId: string;
  actorId: string | null;
}

export type OutboxTopic = keyof OutboxPayloads;

/** One message: its topic and the payload of that topic, so that a switch on `topic` narrows `payload`. */
export type OutboxMessage = { [T in OutboxTopic]: { topic: T; payload: OutboxPayloads[T] } }[OutboxTopic];
