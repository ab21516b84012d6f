import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, type AuditAction } from '#contracts';
import type * as contracts from '#contracts';
import { Database, fetchPage, isUuid, type ListSpec } from '#database';
import { type ListQuery, NotFoundException, type Page } from '#kernel';

export class AuditEventRecord implements contracts.AuditEventRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null for the system (seed, jobs)' })
  actorId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ example: 'milestones' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiPropertyOptional({ type: Object, nullable: true }) before: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) after: Record<string, unknown> | null;
  @ApiPropertyOptional({ nullable: true, description: "The server's id of the request (its X-Request-Id answer)" })
  requestId: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The X-Request-Id the caller sent, when well-formed' })
  clientRequestId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

export const AUDIT_EVENT_LIST: ListSpec = {
  resource: 'audit-events',
  from: 'audit_events a',
  idSql: 'a.id',
  select: `a.id AS "id", a.actor_id AS "actorId", a.action AS "action", a.entity_type AS "entityType",
    a.entity_id AS "entityId", a.before AS "before", a.after AS "after", a.request_id AS "requestId",
    a.client_request_id AS "clientRequestId", a.occurred_at AS "occurredAt"`,
  fields: {
    id: { sql: 'a.id', type: 'uuid', sortable: false },
    actorId: { sql: 'a.actor_id', type: 'uuid', sortable: false },
    action: { sql: 'a.action', type: 'text', values: AUDIT_ACTIONS, sortable: true },
    entityType: { sql: 'a.entity_type', type: 'text', sortable: false },
    entityId: { sql: 'a.entity_id', type: 'uuid', sortable: false },
    requestId: { sql: 'a.request_id', type: 'text', sortable: false },
    clientRequestId: { sql: 'a.client_request_id', type: 'text', sortable: false },
    occurredAt: { sql: 'a.occurred_at', type: 'timestamp', sortable: true },
  },
  defaultSort: { field: 'occurredAt', order: 'DESC' },
};

/** Reads the append-only audit trail; writing goes through appendAuditEvent inside each change's transaction. */
@Injectable()
export class AuditEventRepository {
  constructor(@Inject(Database) private readonly db: Database) {}

  list(query: ListQuery): Promise<Page<AuditEventRecord>> {
    return fetchPage<AuditEventRecord>(this.db, AUDIT_EVENT_LIST, query);
  }

  async get(id: string): Promise<AuditEventRecord> {
    const [row] = isUuid(id)
      ? await this.db.query<AuditEventRecord>(
          `SELECT ${AUDIT_EVENT_LIST.select} FROM ${AUDIT_EVENT_LIST.from} WHERE a.id = $1`,
          [id],
        )
      : [];
    if (!row) throw new NotFoundException('audit event', id);
    return row;
  }
}
