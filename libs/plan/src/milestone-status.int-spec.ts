import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import pg from 'pg';
import { MILESTONE_STATUSES } from '#contracts';
import { timestampLiteral } from '#database';
import { calendarDate } from '#kernel';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { effectiveStatus, effectiveStatusInSql, effectiveStatusSql } from './milestone-status.policy.js';

/** The SQL twin of the status rule must agree with the TypeScript rule, in every time zone, at every instant. */
describe('effectiveStatusSql on PostgreSQL', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  const zones = ['Asia/Almaty', 'Europe/Brussels', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Etc/GMT+12'];
  const instant = fc.date({
    min: new Date('2025-01-01T00:00:00Z'),
    max: new Date('2028-12-31T23:59:59Z'),
    noInvalidDate: true,
  });

  it('agrees with effectiveStatus and calendarDate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MILESTONE_STATUSES),
        instant,
        instant,
        fc.constantFrom(...zones),
        async (recorded, due, now, zone) => {
          const dueDate = calendarDate(due, 'UTC');
          const sql = `SELECT ${effectiveStatusSql('$1::text', '$2::date', '$3::text', timestampLiteral(now))} AS status,
          (${timestampLiteral(now)} AT TIME ZONE $3::text)::date::text AS today`;
          const { rows } = await client.query(sql, [recorded, dueDate, zone]);
          expect(rows[0].today).toBe(calendarDate(now, zone));
          expect(rows[0].status).toBe(effectiveStatus(recorded, dueDate, calendarDate(now, zone)));
        },
      ),
      { numRuns: 400 },
    );
  });

  // The status filter's index-friendly form must select exactly the milestones whose shown status is asked for,
  // at the edges of the day in every zone included (due today, yesterday and tomorrow in UTC).
  it('filters by effectiveStatusInSql exactly as effectiveStatus decides', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([...MILESTONE_STATUSES]),
        fc.constantFrom(...MILESTONE_STATUSES),
        instant,
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom(...zones),
        fc.boolean(),
        async (wanted, recorded, now, dayOffset, zone, nearNow) => {
          const days = nearNow ? dayOffset : dayOffset * 200;
          const dueDate = calendarDate(new Date(now.getTime() + days * 86_400_000), 'UTC');
          // Columns of a derived table, as in the list: an empty wish is FALSE and names no parameter.
          const sql = `SELECT ${effectiveStatusInSql(wanted, 'm.recorded', 'm.due', 'm.zone', now)} AS matches
            FROM (SELECT $1::text AS recorded, $2::date AS due, $3::text AS zone) AS m`;
          const { rows } = await client.query(sql, [recorded, dueDate, zone]);
          const shown = effectiveStatus(recorded, dueDate, calendarDate(now, zone));
          expect(rows[0].matches).toBe(wanted.includes(shown));
        },
      ),
      { numRuns: 600 },
    );
  });
});
