import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../config/src/clock.js';
import { CrudRepository } from '../../database/src/crud.repository.js';
import { Database } from '../../database/src/database.js';
import { recordFields, recordSelect, type ListSpec } from '../../database/src/list-sql.js';
import { LOCALES } from '../../database/src/base.entity.js';
import { ROLES } from './user.entity.js';
import type { UserRecord } from './user.dto.js';

@Injectable()
export class UserRepository extends CrudRepository<UserRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'users',
      label: 'user',
      table: 'users',
      columns: {
        email: { column: 'email' },
        name: { column: 'name' },
        role: { column: 'role' },
        organisationId: { column: 'organisation_id' },
        locale: { column: 'locale' },
        timeZone: { column: 'time_zone' },
      },
    });
  }

  protected listSpec(): ListSpec {
    return {
      resource: 'users',
      from: 'users u',
      idSql: 'u.id',
      select: `${recordSelect('u')}, u.email AS "email", u.name AS "name", u.role AS "role",
        u.organisation_id AS "organisationId", u.locale AS "locale", u.time_zone AS "timeZone"`,
      fields: {
        ...recordFields('u'),
        email: { sql: 'u.email', type: 'text', sortable: true },
        name: { sql: 'u.name', type: 'text', sortable: true },
        role: { sql: 'u.role', type: 'text', values: ROLES, sortable: true },
        organisationId: { sql: 'u.organisation_id', type: 'uuid', sortable: true },
        locale: { sql: 'u.locale', type: 'text', values: LOCALES, sortable: false },
      },
      customFilters: {
        // Few users: a case-insensitive substring match on name and email is enough.
        q: (value, params) => {
          const text = typeof value === 'string' ? value.replace(/[\\%_]/g, (c) => `\\${c}`) : '';
          const ref = params.add(`%${text}%`);
          return `(u.name ILIKE ${ref} OR u.email ILIKE ${ref})`;
        },
      },
      defaultSort: { field: 'name', order: 'ASC' },
    };
  }
}
