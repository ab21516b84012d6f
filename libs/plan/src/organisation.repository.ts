import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, recordSelect, searchVector } from '#database';
import { ORGANISATION_TYPES } from './organisation.entity.js';
import type { OrganisationRecord } from './plan.records.js';

@Injectable()
export class OrganisationRepository extends CrudRepository<OrganisationRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'organisations',
      label: 'organisation',
      table: 'organisations',
      columns: {
        name: { column: 'name', json: true },
        shortCode: { column: 'short_code' },
        type: { column: 'type' },
        country: { column: 'country' },
        reminderContacts: { column: 'reminder_contacts', json: true },
      },
    });
  }

  listSpec(): ListSpec {
    return {
      resource: 'organisations',
      from: 'organisations org',
      idSql: 'org.id',
      select: `${recordSelect('org')}, org.name AS "name", org.short_code AS "shortCode", org.type AS "type",
        org.country AS "country", org.reminder_contacts AS "reminderContacts"`,
      fields: {
        ...recordFields('org'),
        name: { sql: `(org.name->>'en')`, type: 'text', sortable: true, filterable: false },
        shortCode: { sql: 'org.short_code', type: 'text', sortable: true },
        type: { sql: 'org.type', type: 'text', values: ORGANISATION_TYPES, sortable: true },
        country: { sql: 'org.country', type: 'text', sortable: true },
      },
      searchVector: searchVector('org'),
      defaultSort: { field: 'shortCode', order: 'ASC' },
    };
  }
}
