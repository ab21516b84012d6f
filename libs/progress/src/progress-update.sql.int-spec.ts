import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { approvedBySecondPerson } from '#plan';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database.js';
import { approvalRefusal } from './progress-update.policy.js';

const ALICE = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';
const CAROL = '00000000-0000-4000-8000-00000000000c';

/** The SQL twin of the two-person rule counts as verified exactly the approvals the rule allows. */
describe('approvedBySecondPerson on PostgreSQL', () => {
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

  it('agrees with approvalRefusal for every combination of reviewer, submitter and reviser', async () => {
    const people = [ALICE, BOB, CAROL, null];
    for (const reviewer of people) {
      for (const submitter of people) {
        for (const reviser of people) {
          const { rows } = await client.query<{ verified: boolean }>(
            `SELECT ${approvedBySecondPerson('u')} AS verified
             FROM (VALUES ($1::uuid, $2::uuid, $3::uuid)) AS u(reviewed_by_id, submitted_by_id, revised_by_id)`,
            [reviewer, submitter, reviser],
          );
          const allowed = approvalRefusal(reviewer, { submittedById: submitter, revisedById: reviser }) === null;
          expect([reviewer, submitter, reviser, rows[0].verified]).toEqual([reviewer, submitter, reviser, allowed]);
        }
      }
    }
  });
});
