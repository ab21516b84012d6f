import { Inject, Injectable } from '@nestjs/common';
import { type Role, ROLES } from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, type SqlRunner, entityTable } from '#database';
import type { UserRecord } from './user.dto.js';
import { User } from './user.entity.js';

/** The users table, as its entity describes it. */
const USERS = entityTable(User);

export interface Credentials {
  id: string;
  passwordHash: string | null;
  tokenVersion: number;
}

export interface SignedInUser {
  id: string;
  role: Role;
  organisationId: string | null;
  tokenVersion: number;
  locale: Locale;
}

@Injectable()
export class UserRepository extends CrudRepository<UserRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, { resource: 'users', label: 'user', table: USERS.table, columns: USERS.columns });
  }

  /** What signing in needs; the only read that returns the password hash. */
  async findCredentials(email: string): Promise<Credentials | null> {
    const [row] = await this.db.query<Credentials>(
      `SELECT id, password_hash AS "passwordHash", token_version AS "tokenVersion" FROM users WHERE email = $1`,
      [email.trim().toLowerCase()],
    );
    return row ?? null;
  }

  /** The caller behind a verified token, with the token version that is still valid. */
  async findSignedIn(id: string): Promise<SignedInUser | null> {
    const [row] = await this.db.query<SignedInUser>(
      `SELECT id, role, organisation_id AS "organisationId", token_version AS "tokenVersion", locale
       FROM users WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Revokes every token issued so far; returns the new token version. */
  async revokeTokens(runner: SqlRunner, id: string): Promise<number> {
    const [row] = await runner.query<{ tokenVersion: number }>(
      `UPDATE users SET token_version = token_version + 1 WHERE id = $1 RETURNING token_version AS "tokenVersion"`,
      [id],
    );
    return row.tokenVersion;
  }

  async setPasswordHash(runner: SqlRunner, id: string, passwordHash: string): Promise<void> {
    await runner.query('UPDATE users SET password_hash = $2, token_version = token_version + 1 WHERE id = $1', [
      id,
      passwordHash,
    ]);
  }

  listSpec(): ListSpec {
    return {
      resource: 'users',
      from: 'users u',
      idSql: 'u.id',
      select: USERS.select('u', ['tokenVersion']),
      fields: {
        ...recordFields('u'),
        email: { sql: 'u.email', type: 'text', sortable: true },
        name: { sql: 'u.name', type: 'text', sortable: true },
        role: { sql: 'u.role', type: 'text', values: ROLES, sortable: true },
        organisationId: {
          sql: 'u.organisation_id',
          type: 'uuid',
          sortable: true,
          nullable: true,
          orderBy: { sql: 'org.short_code', join: 'LEFT JOIN organisations org ON org.id = u.organisation_id' },
        },
        locale: { sql: 'u.locale', type: 'text', values: LOCALES, sortable: false },
      },
      customFilters: {
        // A case-insensitive substring of name or e-mail, served by the trigram index ix_users_search.
        q: (value, params) => {
          const text = typeof value === 'string' ? value.replace(/[\\%_]/g, (c) => `\\${c}`) : '';
          return `((u.name || ' ' || u.email) ILIKE ${params.add(`%${text}%`)})`;
        },
      },
      defaultSort: { field: 'name', order: 'ASC' },
    };
  }
}
