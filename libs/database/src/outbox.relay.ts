import { Inject, Injectable } from '@nestjs/common';
import type { OutboxMessage } from '#kernel';
import { Database } from './database.js';

/** A committed message and its id, which makes its job idempotent. */
export type OutboxEntry = OutboxMessage & { id: string };

/**
 * Moves committed outbox messages to the queue. Rows are claimed with SKIP
 * LOCKED, published, and marked processed in one transaction: if publishing
 * fails (the queue is down), nothing is marked and the next run tries again;
 * published jobs carry the message id, so a message published twice is one job.
 * Availability is the database's own time, as written: the outbox is plumbing,
 * so a simulated business clock (SIMULATED_NOW) must not hold messages back.
 */
@Injectable()
export class OutboxRelay {
  constructor(@Inject(Database) private readonly db: Database) {}

  relay(publish: (entries: OutboxEntry[]) => Promise<void>, limit = 200): Promise<number> {
    return this.db.transaction(async (tx) => {
      const entries = await tx.query<OutboxEntry>(
        `SELECT id, topic, payload FROM outbox_messages WHERE processed_at IS NULL AND available_at <= now()
         ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      if (entries.length === 0) return 0;
      await publish(entries);
      await tx.query(
        'UPDATE outbox_messages SET processed_at = now(), attempts = attempts + 1 WHERE id = ANY($1::uuid[])',
        [entries.map((entry) => entry.id)],
      );
      return entries.length;
    });
  }
}
