import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The counts of every rate limit kept in PostgreSQL (sign-in attempts, and the per-account limits when no Redis
 * is configured), in rate-limiter-flexible's own layout: one row per key, e.g. `search:<user id>`.
 */
@Entity('rate_limits')
export class RateLimitCount {
  @PrimaryColumn({ type: 'varchar', length: 255, primaryKeyConstraintName: 'PK_rate_limits' })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** When the count lapses, in milliseconds since 1970 (rate-limiter-flexible's unit). */
  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
