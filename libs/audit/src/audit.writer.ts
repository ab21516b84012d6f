import { type AuditAction, type AuditedResource } from '#contracts';
import type { Actor } from '#kernel';
import type { SqlRunner } from '#database';

export interface AuditEntry {
  action: AuditAction;
  entityType: AuditedResource;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** Appends one audit row inside the caller's transaction, so it commits with the change or not at all. */
export async function appendAuditEvent(tx: SqlRunner, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after, request_id, client_request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      actor.userId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
      actor.requestId,
      actor.clientRequestId ?? null,
    ],
  );
}
