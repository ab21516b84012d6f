import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { timestampLiteral } from '../../database/src/database.js';
import { calendarDate, effectiveStatus, effectiveStatusSql, MILESTONE_STATUSES } from './milestone-status.policy.js';

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

  const zones = ['Asia/Almaty', 'Europe/Brussels', 'UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
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
});
