import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { type Role } from '#contracts';
import type { Locale } from '#i18n';
import { MutableRecord, ServerOwned } from '#database';

@Entity('users')
// Trigram index for the substring search, written in the UserSearchIndex migration.
@Index('ix_users_search', { synchronize: false })
@Check('ck_users_role', `"role" IN ('admin','staff','partner','viewer')`)
@Check('ck_users_locale', `"locale" IN ('en','ru','kk')`)
@Check('ck_users_partner_organisation', `"role" <> 'partner' OR "organisation_id" IS NOT NULL`)
export class User extends MutableRecord {
  /** Stored lower-case; unique regardless of the case it was typed in. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Index('ix_users_name')
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('ix_users_role')
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index('ix_users_organisation')
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  // Named, not imported: access sits below plan, which owns organisations; the schema registers both entities.
  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'fk_users_organisation' })
  organisation?: unknown;

  @Index('ix_users_locale')
  @Column({ type: 'varchar', length: 2, default: 'en' })
  locale: Locale;

  @Column({ type: 'varchar', length: 64, default: 'Europe/Brussels' })
  timeZone: string;

  /** argon2id hash; null: the account cannot sign in. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;

  /** Carried in every access token; raised by logout and password change to revoke earlier tokens. */
  @ServerOwned()
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;
}
