import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '#contracts';

/** One change to one record. Append-only: a trigger refuses UPDATE and DELETE. */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_audit_events_actor')
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Index('ix_audit_events_action')
  @Column({ type: 'varchar', length: 16 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 32 })
  entityType: string;

  @Index('ix_audit_events_entity_id')
  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  /** The server's own id of the request that made the change. */
  @Index('ix_audit_events_request_id')
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The caller's X-Request-Id, only when well-formed (request-id.policy.ts): the caller's word, not the server's. */
  @Index('ix_audit_events_client_request_id')
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientRequestId: string | null;

  @Index('ix_audit_events_occurred_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
