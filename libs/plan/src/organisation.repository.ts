import { Inject, Injectable } from '@nestjs/common';
import { ORGANISATION_TYPES } from '#contracts';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, searchVector, entityTable } from '#database';
import type { OrganisationRecord } from './plan.dto.js';
import { Organisation } from './organisation.entity.js';

/** The organisations table, as its entity describes it. */
const ORGANISATIONS = entityTable(Organisation);

@Injectable()
export class OrganisationRepository extends CrudRepository<OrganisationRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'organisations',
      label: 'organisation',
      table: ORGANISATIONS.table,
      columns: ORGANISATIONS.columns,
    });
  }

  listSpec(): ListSpec {
    return {
      resource: 'organisations',
      from: 'organisations org',
      idSql: 'org.id',
      select: ORGANISATIONS.select('org'),
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
