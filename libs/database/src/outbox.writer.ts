import type { SqlRunner } from './database.js';

/** Topics of the messages the outbox carries (consumed by the notification and reminder jobs). */
export type OutboxTopic =
  | 'progress-update.submitted'
  | 'progress-update.approved'
  | 'progress-update.returned'
  | 'progress-update.rejected'
  | 'milestone.reassigned';

/** Writes a message in the caller's transaction: it exists if and only if the change commits. */
export async function appendOutboxMessage(
  tx: SqlRunner,
  topic: OutboxTopic,
  payload: Record<string, unknown>,
): Promise<void> {
  await tx.query('INSERT INTO outbox_messages (topic, payload) VALUES ($1, $2)', [topic, JSON.stringify(payload)]);
}
