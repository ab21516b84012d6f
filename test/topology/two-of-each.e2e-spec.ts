import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { eventually, freePort, startProcess, type Running } from '../support/processes.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, TEST_JWT_SECRET, type TestApp, type TestUser } from '../support/test-app.js';

/**
 * The production topology without Docker (docker/two-of-each.mjs): two API processes and two workers on the
 * machine's PostgreSQL and Redis. Load goes through both APIs while reminders fall due: no request may fail,
 * no reminder or notification may arrive twice.
 */
const SCRIPT = 'docker/two-of-each.mjs';
/** A week before the milestones' due date, past 09:00 in Almaty and Brussels; a Friday (no staff digest). */
const SIMULATED_NOW = '2026-11-27T12:00:00Z';
const DUE = '2026-12-04';
const MILESTONES = 16;
const CONTACTS = 5;
/** Rounds of requests per client: a fixed amount of work, so that a slow machine does the same test, only slower. */
const ROUNDS = 16;
const CLIENTS = 16;

describe('two APIs and two workers under load', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ids: Ids;
  let topology: Running;
  let ports: number[];
  let partner: TestUser;
  let staff: TestUser;
  let organisationId: string;
  const milestoneIds: string[] = [];
  const prefix = `rex587topo${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    sink = new SmtpSink();
    const smtpUrl = await sink.start();
    t = await createTestApp();
    ids = await createPlanTree(t);
    const organisation = await createOrganisation(t, {
      reminderContacts: Array.from({ length: CONTACTS }, (_, i) => ({ role: 'desk', email: `desk${i}@load.example` })),
    });
    organisationId = organisation.id;
    partner = await t.user('partner', organisationId);
    staff = await t.user('staff');
    for (let i = 0; i < MILESTONES; i++) {
      const milestone = await createMilestone(
        t,
        { objectiveId: ids.objectiveId, leadId: organisationId },
        { dueDate: DUE, status: 'in_progress', visibility: 'public', title: { en: `Load milestone ${i}` } },
      );
      milestoneIds.push((milestone as unknown as { id: string }).id);
    }
    ports = [await freePort(), await freePort()];
    topology = await startProcess(
      SCRIPT,
      {
        DATABASE_URL: t.database.url,
        REDIS_URL: 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: prefix,
        JWT_SECRET: TEST_JWT_SECRET,
        SMTP_URL: smtpUrl,
        SIMULATED_NOW,
        API_PORTS: ports.join(','),
        REMINDER_SCAN_SECONDS: '1',
        REMINDER_DISPATCH_SECONDS: '1',
        OUTBOX_RELAY_SECONDS: '1',
        LOG_LEVEL: 'warn',
      },
      /two-of-each ready/,
      60_000,
    );
  }, 120_000);

  afterAll(async () => {
    if (topology && topology.child.exitCode === null) {
      topology.child.kill('SIGTERM');
      await topology.exited;
    }
    await t?.close();
    await sink?.stop();
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }, 60_000);

  it('serves every request and sends every reminder and notification exactly once', async () => {
    const perPort: Record<number, number> = {};
    const failures: string[] = [];
    let submitted = 0;
    let approved = 0;
    const call = async (user: TestUser, port: number, method: string, path: string, body?: object) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: { authorization: `Bearer ${user.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      perPort[port] = (perPort[port] ?? 0) + 1;
      const key = `${method} ${path.split('?')[0].replace(/[0-9a-f-]{36}/g, ':id')} ${response.status}`;
      const text = await response.text();
      if (response.status >= 400) failures.push(`${key}: ${text.slice(0, 200)}`);
      return { status: response.status, json: () => JSON.parse(text) as { id: string } };
    };
    const list = `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ leadOrganisationId: organisationId }))}&sort=${encodeURIComponent('["dueDate","ASC"]')}&range=[0,24]`;
    const reported = new Set<string>();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        // Each client reports on its own milestone, so approvals never meet a concurrent change (no 409 by design).
        const milestoneId = milestoneIds[client % milestoneIds.length];
        for (let round = 0; round < ROUNDS; round++) {
          const [a, b] = round % 2 === 0 ? ports : [ports[1], ports[0]];
          await call(staff, a, 'GET', list);
          await call(partner, b, 'GET', `/api/milestones/${milestoneId}`);
          if (round % 4 === 0) {
            const report = await call(partner, a, 'POST', '/api/progress-updates', {
              milestoneId,
              progress: Math.min(100, round),
              status: 'in_progress',
              narrative: { en: `Round ${round}` },
            });
            if (report.status === 201) {
              submitted += 1;
              reported.add(milestoneId);
              const review = await call(staff, b, 'POST', `/api/progress-updates/${report.json().id}/approve`, {
                version: 1,
              });
              if (review.status === 200) approved += 1;
            }
          }
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(submitted).toBeGreaterThan(0);
    expect(approved).toBe(submitted);

    // Reminders: 7 days before the due date, to the partner account and the five contacts of each milestone.
    const expected = MILESTONES * (CONTACTS + 1);
    await eventually(async () => sink.messages.length >= expected, 60_000, `${expected} reminders`);
    // Let both workers scan and dispatch a few more times: nothing more may arrive.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(sink.messages).toHaveLength(expected);
    expect(new Set(sink.messages.map((mail) => `${mail.to}|${mail.subject}`)).size).toBe(expected);
    expect(new Set(sink.messages.map((mail) => mail.messageId)).size).toBe(expected);
    expect(sink.messages.every((mail) => mail.kind === 'upcoming_7')).toBe(true);
    const states = await t.db.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM reminders GROUP BY state',
    );
    expect(states).toEqual([{ state: 'sent', n: expected }]);

    // Notifications from the outbox: one per approval for the partner; for the staff member, who reads none, one
    // per milestone reported on (new reports on a milestone are one unread notice).
    await eventually(
      async () =>
        (
          await t.db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM notifications WHERE kind IN ('progress-update.submitted', 'progress-update.approved')`,
          )
        )[0].n >=
        reported.size + approved,
      30_000,
      'the notifications',
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const notifications = await t.db.query<{ user_id: string; kind: string; n: number }>(
      `SELECT user_id, kind, count(*)::int AS n FROM notifications
       WHERE kind IN ('progress-update.submitted', 'progress-update.approved') GROUP BY user_id, kind`,
    );
    expect(notifications).toEqual(
      expect.arrayContaining([
        { user_id: staff.id, kind: 'progress-update.submitted', n: reported.size },
        { user_id: partner.id, kind: 'progress-update.approved', n: approved },
      ]),
    );
    const pending = await t.db.query('SELECT id FROM outbox_messages WHERE processed_at IS NULL');
    expect(pending).toEqual([]);
    // Every request was answered, and both APIs took half of them.
    const total = CLIENTS * ROUNDS * 2 + submitted * 2;
    expect(perPort[ports[0]] + perPort[ports[1]]).toBe(total);
    expect(perPort[ports[0]]).toBe(total / 2);
  }, 180_000);

  it('stops cleanly on SIGTERM (APIs and workers shut down gracefully)', async () => {
    topology.child.kill('SIGTERM');
    expect(await topology.exited).toBe(0);
    for (const port of ports) {
      await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
    }
  }, 60_000);
});
