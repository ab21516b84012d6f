import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDITED_RESOURCES, type AuditAction, type AuditedResource } from '#contracts';
import type * as contracts from '#contracts';
import { Database, fetchPage, isUuid, type ListSpec } from '#database';
import { type ListQuery, NotFoundException, type Page } from '#kernel';

export class AuditEventRecord implements contracts.AuditEventRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'null for the system (seed, jobs)' })
  actorId: string | null;
  @ApiPropertyOptional({ nullable: true, description: "The account's name; null for the system" })
  actorName: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: "The account's organisation" })
  actorOrganisationId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: AuditAction;
  @ApiProperty({ enum: AUDITED_RESOURCES, example: 'milestones' }) entityType: AuditedResource;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiPropertyOptional({
    nullable: true,
    example: 'P2.O1.M3',
    description: "The record's code, short code, milestone code, e-mail, label or file name, from its snapshot",
  })
  subjectCode: string | null;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    example: { en: 'Joint seminar', ru: 'Совместный семинар' },
    description: "The record's title or name, from its snapshot (plain-text names as {en})",
  })
  subjectTitle: contracts.Translatable | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) before: Record<string, unknown> | null;
  @ApiPropertyOptional({ type: Object, nullable: true }) after: Record<string, unknown> | null;
  @ApiPropertyOptional({ nullable: true, description: "The server's id of the request (its X-Request-Id answer)" })
  requestId: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The X-Request-Id the caller sent, when well-formed' })
  clientRequestId: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

/** The record as it was after the change, or before it for a deletion. */
const SNAPSHOT = 'coalesce(a.after, a.before)';

/**
 * What people call the record, the first a snapshot has: records name themselves in camelCase, the seed's rows
 * (organisations) in their columns' snake_case; a progress update by its milestone's code, which it carries.
 */
const SUBJECT_CODE = `coalesce(${[
  'code',
  'shortCode',
  'short_code',
  'milestoneCode',
  'email',
  'label',
  'fileName',
  'actionPlanCode',
]
  .map((key) => `nullif(${SNAPSHOT}->>'${key}', '')`)
  .join(', ')})`;

/** A title or name: translatable objects as they are, plain texts (users' names, reports' titles) as `{en}`. */
const SUBJECT_TEXT = `coalesce(${SNAPSHOT}->'title', ${SNAPSHOT}->'name')`;
const SUBJECT_TITLE = `CASE jsonb_typeof(${SUBJECT_TEXT})
    WHEN 'object' THEN ${SUBJECT_TEXT}
    WHEN 'string' THEN jsonb_build_object('en', ${SUBJECT_TEXT} #>> '{}')
  END`;

/**
 * The trail as people read it, in one statement: who (the account, joined by its key) and which record (from
 * the event's own snapshot, so a deleted record is still named). Staff may see who did what: the trail is
 * theirs to read (docs/api.md).
 */
export const AUDIT_EVENT_LIST: ListSpec = {
  resource: 'audit-events',
  from: 'audit_events a LEFT JOIN users u ON u.id = a.actor_id',
  idSql: 'a.id',
  select: `a.id AS "id", a.actor_id AS "actorId", u.name AS "actorName", u.organisation_id AS "actorOrganisationId",
    a.action AS "action", a.entity_type AS "entityType", a.entity_id AS "entityId",
    ${SUBJECT_CODE} AS "subjectCode", ${SUBJECT_TITLE} AS "subjectTitle",
    a.before AS "before", a.after AS "after", a.request_id AS "requestId",
    a.client_request_id AS "clientRequestId", a.occurred_at AS "occurredAt"`,
  fields: {
    id: { sql: 'a.id', type: 'uuid', sortable: false },
    actorId: { sql: 'a.actor_id', type: 'uuid', sortable: false },
    // Events by the people of an organisation (as they belong to it today): ix_users_organisation, then each
    // one's events by ix_audit_events_actor.
    actorOrganisationId: { sql: 'u.organisation_id', type: 'uuid', sortable: false },
    action: { sql: 'a.action', type: 'text', values: AUDIT_ACTIONS, sortable: true },
    entityType: { sql: 'a.entity_type', type: 'text', values: AUDITED_RESOURCES, sortable: false },
    entityId: { sql: 'a.entity_id', type: 'uuid', sortable: false },
    requestId: { sql: 'a.request_id', type: 'text', sortable: false },
    clientRequestId: { sql: 'a.client_request_id', type: 'text', sortable: false },
    // occurredAt_gte and occurredAt_lte: a period.
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
