import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '#config';
import { CrudRepository } from '#audit';
import { Database, type ListSpec, recordFields, recordSelect, searchVector, type SqlRunner } from '#database';
import { objectiveProgressSql, roundedSql } from './roll-up.policy.js';
import type { ObjectiveRecord } from './plan.records.js';

@Injectable()
export class ObjectiveRepository extends CrudRepository<ObjectiveRecord> {
  constructor(@Inject(Database) db: Database, @Inject(Clock) clock: Clock) {
    super(db, clock, {
      resource: 'objectives',
      label: 'objective',
      table: 'objectives',
      columns: {
        priorityId: { column: 'priority_id' },
        position: { column: 'position' },
        code: { column: 'code' },
        title: { column: 'title', json: true },
        description: { column: 'description', json: true },
        opinionReference: { column: 'opinion_reference' },
      },
    });
  }

  /** Codes and next position under a priority, for code generation. */
  async siblings(priorityId: string, runner: SqlRunner = this.db): Promise<{ codes: string[]; nextPosition: number }> {
    const rows = await runner.query<{ code: string; position: number }>(
      'SELECT code, position FROM objectives WHERE priority_id = $1',
      [priorityId],
    );
    return {
      codes: rows.map((row) => row.code),
      nextPosition: rows.reduce((max, row) => Math.max(max, row.position), 0) + 1,
    };
  }

  listSpec(): ListSpec {
    const progress = roundedSql(objectiveProgressSql('o.id'));
    return {
      resource: 'objectives',
      from: 'objectives o JOIN priorities p ON p.id = o.priority_id',
      idSql: 'o.id',
      select: `${recordSelect('o')}, o.priority_id AS "priorityId", p.action_plan_id AS "actionPlanId",
        o.position AS "position", o.code AS "code", o.title AS "title", o.description AS "description",
        o.opinion_reference AS "opinionReference", ${progress} AS "progress"`,
      fields: {
        ...recordFields('o'),
        priorityId: { sql: 'o.priority_id', type: 'uuid', sortable: true },
        actionPlanId: { sql: 'p.action_plan_id', type: 'uuid', sortable: false },
        position: { sql: 'o.position', type: 'integer', sortable: true },
        code: { sql: 'o.code', type: 'text', sortable: true },
        title: { sql: `(o.title->>'en')`, type: 'text', sortable: true, filterable: false },
        progress: { sql: progress, type: 'integer', sortable: true, filterable: false, nullable: true },
      },
      searchVector: searchVector('o'),
      defaultSort: { field: 'code', order: 'ASC' },
    };
  }
}
