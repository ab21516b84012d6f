import type { OutboxPayloads, OutboxTopic } from '#kernel';
import type { SqlRunner } from './database.js';

/** Writes a message in the caller's transaction: it exists if and only if the change commits. */
export async function appendOutboxMessage<T extends OutboxTopic>(
  tx: SqlRunner,
  topic: T,
  payload: OutboxPayloads[T],
): Promise<void> {
  await tx.query('INSERT INTO outbox_messages (topic, payload) VALUES ($1, $2)', [topic, JSON.stringify(payload)]);
}
