import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { MILESTONE_STATUSES, type MilestoneStatus } from '#contracts';
import { Database } from '#database';
import { createMigratedDatabase } from '../../../test/support/test-database.js';
import {
  meanProgress,
  objectiveProgress,
  objectiveProgressSql,
  planProgressSql,
  priorityProgressSql,
  roundedSql,
  roundProgress,
} from './roll-up.policy.js';

type Tree = { status: MilestoneStatus; progress: number }[][][]; // priorities → objectives → milestones

/** The SQL roll-ups must give what the TypeScript rule gives, for any plan shape. */
describe('roll-up SQL on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let db: Database;
  let organisationId: string;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = new Database(database.dataSource);
    [{ id: organisationId }] = await db.query<{ id: string }>(
      `INSERT INTO organisations (name, short_code, type, country) VALUES ('{"en":"Lead"}', 'LEAD', 'cso', 'KZ') RETURNING id`,
    );
  });
  afterAll(() => database.drop());

  const milestone = fc.record({
    status: fc.constantFrom(...MILESTONE_STATUSES),
    progress: fc.integer({ min: 0, max: 100 }),
  });
  const tree: fc.Arbitrary<Tree> = fc.array(fc.array(fc.array(milestone, { maxLength: 4 }), { maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  });

  it('agrees with the TypeScript rule for objectives, priorities and the plan', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (priorities) => {
        run += 1;
        const [{ id: planId }] = await db.query<{ id: string }>(
          `INSERT INTO action_plans (code, title, time_zone) VALUES ($1, '{"en":"P"}', 'UTC') RETURNING id`,
          [`ROLLUP/${run}`],
        );
        const expectedPriorities: (number | null)[] = [];
        for (const [p, objectives] of priorities.entries()) {
          const [{ id: priorityId }] = await db.query<{ id: string }>(
            `INSERT INTO priorities (action_plan_id, position, code, title) VALUES ($1, $2, $3, '{"en":"p"}') RETURNING id`,
            [planId, p + 1, `P${p + 1}`],
          );
          const expectedObjectives: (number | null)[] = [];
          for (const [o, milestones] of objectives.entries()) {
            const [{ id: objectiveId }] = await db.query<{ id: string }>(
              `INSERT INTO objectives (priority_id, position, code, title) VALUES ($1, $2, $3, '{"en":"o"}') RETURNING id`,
              [priorityId, o + 1, `P${p + 1}.O${o + 1}`],
            );
            for (const [m, { status, progress }] of milestones.entries()) {
              await db.query(
                `INSERT INTO milestones (objective_id, code, title, due_date, status, progress, lead_organisation_id)
                 VALUES ($1, $2, '{"en":"m"}', '2027-01-01', $3, $4, $5)`,
                [objectiveId, `M${m + 1}`, status, progress, organisationId],
              );
            }
            const expected = objectiveProgress(milestones);
            expectedObjectives.push(expected);
            const [row] = await db.query<{ value: number | null }>(
              `SELECT ${roundedSql(objectiveProgressSql('$1::uuid'))} AS value`,
              [objectiveId],
            );
            expect(row.value).toBe(roundProgress(expected));
          }
          const expected = meanProgress(expectedObjectives);
          expectedPriorities.push(expected);
          const [row] = await db.query<{ value: number | null }>(
            `SELECT ${roundedSql(priorityProgressSql('$1::uuid'))} AS value`,
            [priorityId],
          );
          expect(row.value).toBe(roundProgress(expected));
        }
        const [row] = await db.query<{ value: number | null }>(
          `SELECT ${roundedSql(planProgressSql('$1::uuid'))} AS value`,
          [planId],
        );
        expect(row.value).toBe(roundProgress(meanProgress(expectedPriorities)));
      }),
      { numRuns: 40 },
    );
  });
});
