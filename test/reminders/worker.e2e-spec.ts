import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { addDays } from '#kernel';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { eventually, freePort, realClockEnv, startProcess, type Running } from '../support/processes.js';
import { sample } from '../support/prometheus.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const METRICS_TOKEN = 'worker-scraper-token-0123456789';

/**
 * The built worker, as separate processes, on the machine's Redis (or BullMQ's
 * PostgreSQL backend) with a real SMTP server: exactly one message per
 * reminder through parallel workers, a killed worker, and a Redis outage.
 */
const WORKER = 'dist/apps/worker/src/main.js';
const READY = /and ready/;
/** A week before the due date, a Monday, 12:00 UTC: past 09:00 in Almaty and in Brussels. */
const DUE = '2027-05-31';
const SIMULATED_NOW = `${addDays(DUE, -7)}T12:00:00Z`;

describe('the worker processes', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let smtpUrl: string;
  let ids: Ids;
  const prefix = `rex587test${randomBytes(4).toString('hex')}`;
  const running: Running[] = [];
  const redisServers: ChildProcess[] = [];

  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: t.database.url,
    REDIS_URL: 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    SMTP_URL: smtpUrl,
    SIMULATED_NOW,
    REMINDER_SCAN_SECONDS: '1',
    REMINDER_DISPATCH_SECONDS: '1',
    OUTBOX_RELAY_SECONDS: '1',
    LOG_LEVEL: 'info',
    ...extra,
  });
  const worker = async (extra: Record<string, string> = {}) => {
    const started = await startProcess(WORKER, env(extra), READY);
    running.push(started);
    return started;
  };
  const stop = async (process: Running, signal: NodeJS.Signals = 'SIGTERM') => {
    process.child.kill(signal);
    await process.exited;
  };
  const reminderOrganisation = async (emails: string[]) =>
    createOrganisation(t, { reminderContacts: emails.map((email) => ({ role: 'focal point', email })) });

  beforeAll(async () => {
    sink = new SmtpSink();
    smtpUrl = await sink.start();
    t = await createTestApp();
    ids = await createPlanTree(t);
  });
  // A test that fails leaves no worker behind to compete with the next one's.
  const stopAll = () =>
    Promise.all(
      running
        .splice(0)
        .filter((p) => p.child.exitCode === null && p.child.signalCode === null)
        .map((p) => stop(p)),
    );
  afterEach(stopAll);
  afterAll(async () => {
    for (const server of redisServers)
      if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await stopAll();
    await t.close();
    await sink.stop();
    const redis = new Redis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  }, 60_000);

  it('two workers in parallel send every due reminder exactly once, and turn outbox messages into one notification each', async () => {
    const org = await reminderOrganisation(['one@parallel.example', 'two@parallel.example', 'three@parallel.example']);
    const milestone = await createMilestone(t, { objectiveId: ids.objectiveId, leadId: org.id }, { dueDate: DUE });
    const staff = await t.user('staff');
    const partner = await t.user('partner', org.id);
    const metricsPorts = [await freePort(), await freePort()];
    await Promise.all(metricsPorts.map((port) => worker({ METRICS_TOKEN, METRICS_PORT: String(port) })));
    const about = () => sink.messages.filter((mail) => mail.subject.includes(` ${milestone.code} `));
    await eventually(async () => about().length >= 4, 30_000, 'four reminders');
    const report = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 30, status: 'in_progress', narrative: { en: 'Started' } },
    });
    expect(report.statusCode).toBe(201);
    await eventually(
      async () => (await staff.request({ method: 'GET', url: '/api/notifications' })).json<unknown[]>().length > 0,
      20_000,
      'the notification',
    );
    // Let both workers run several more scans and dispatches.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(
      about()
        .map((mail) => mail.to)
        .sort(),
    ).toEqual(['one@parallel.example', partner.email, 'three@parallel.example', 'two@parallel.example'].sort());
    const states = await t.db.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM reminders WHERE milestone_id = $1 GROUP BY state`,
      [milestone.id],
    );
    expect(states).toEqual([{ state: 'sent', n: 4 }]);
    // The simulated day is a Monday: the staff member's weekly digest too went out once, by mail and in the app.
    expect(sink.to(staff.email).map((mail) => mail.kind)).toEqual(['weekly_digest']);
    expect(
      (await staff.request({ method: 'GET', url: '/api/notifications' }))
        .json<Array<{ kind: string; title: string }>>()
        .map(({ kind, title }) => ({ kind, title }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'progress-update.submitted', title: `New progress report on ${milestone.code} awaits review` },
      { kind: 'reminder.weekly_digest', title: expect.stringContaining('[REX/587] Weekly digest') },
    ]);
    const redis = new Redis('redis://127.0.0.1:6379');
    // Two workers, one scheduler per repeating job.
    expect(await redis.zcard(`${prefix}:reminders:repeat`)).toBe(2);
    expect(await redis.zcard(`${prefix}:outbox:repeat`)).toBe(1);
    await redis.quit();
    // Each worker serves its own metrics: together they count every message sent, once.
    const dispatches = { queue: 'reminders', job: 'dispatch-reminders', outcome: 'completed' };
    const scrape = () =>
      Promise.all(
        metricsPorts.map(async (port) => {
          const url = `http://127.0.0.1:${port}/metrics`;
          expect((await fetch(url)).status).toBe(401);
          const response = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
          expect(response.status).toBe(200);
          return response.text();
        }),
      );
    // Which worker takes a dispatch is the queue's choice: on a busy machine one may wait a while for its first.
    await eventually(
      async () =>
        (await scrape()).every((text) => (sample(text, 'rex587_job_duration_seconds_count', dispatches) ?? 0) > 0),
      30_000,
      'a dispatch completed by each worker',
      250,
    );
    const scrapes = await scrape();
    const [{ n: sentInDatabase }] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reminders WHERE state = 'sent'`,
    );
    const sentByWorkers = scrapes
      .map((text) => sample(text, 'rex587_reminders_dispatched_total', { outcome: 'sent' }) ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(sentByWorkers).toBe(sentInDatabase);
    for (const text of scrapes) {
      expect(sample(text, 'rex587_job_duration_seconds_count', dispatches)).toBeGreaterThan(0);
      expect(sample(text, 'rex587_reminders_overdue')).toBe(0);
    }
  }, 90_000);

  it('a notification job queued by the release before (topic and payload at its top) is still handled', async () => {
    const org = await createOrganisation(t);
    const partner = await t.user('partner', org.id);
    const milestone = await createMilestone(t, { objectiveId: ids.objectiveId, leadId: org.id });
    await worker();
    const queue = new Queue('outbox', { connection: { host: '127.0.0.1', port: 6379 }, prefix });
    try {
      // As queued before outbox messages were typed: jobs waiting in Redis across an upgrade are not lost.
      await queue.add('notify', {
        outboxId: randomUUID(),
        topic: 'milestone.reassigned',
        payload: {
          milestoneId: milestone.id,
          milestoneCode: milestone.code,
          fromOrganisationId: ids.leadId,
          toOrganisationId: org.id,
          actorId: null,
        },
      });
    } finally {
      await queue.close();
    }
    await eventually(
      async () =>
        (await partner.request({ method: 'GET', url: '/api/notifications' }))
          .json<Array<{ kind: string; link: string }>>()
          .some((n) => n.kind === 'milestone.reassigned' && n.link === `/milestones/${milestone.id}/show`),
      20_000,
      'the notification',
    );
  });

  it('a worker killed in the middle of a send, and another started: the message still arrives exactly once', async () => {
    const org = await reminderOrganisation(['killed@midsend.example']);
    const milestone = await createMilestone(t, { objectiveId: ids.objectiveId, leadId: org.id }, { dueDate: DUE });
    sink.hold = true;
    const heldBefore = sink.held;
    const first = await worker({ REMINDER_LEASE_SECONDS: '3' });
    await eventually(async () => sink.held > heldBefore, 30_000, 'the send to start');
    await stop(first, 'SIGKILL');
    sink.hold = false;
    const [claimed] = await t.db.query<{ state: string }>(`SELECT state FROM reminders WHERE milestone_id = $1`, [
      milestone.id,
    ]);
    expect(claimed.state).toBe('sending');
    const second = await worker({ REMINDER_LEASE_SECONDS: '3' });
    await eventually(async () => sink.to('killed@midsend.example').length > 0, 30_000, 'the retried send');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(sink.to('killed@midsend.example')).toHaveLength(1);
    const [sent] = await t.db.query<{ state: string; attempts: number }>(
      `SELECT state, attempts FROM reminders WHERE milestone_id = $1`,
      [milestone.id],
    );
    expect(sent).toEqual({ state: 'sent', attempts: 2 });
    await stop(second);
  }, 90_000);

  it('Redis stopped during a business write: the write succeeds, and its notification arrives once Redis is back', async () => {
    const port = await freePort();
    const startRedis = () => {
      const server = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore', env: realClockEnv() },
      );
      redisServers.push(server);
      return server;
    };
    let redis: ChildProcess = startRedis();
    await eventually(
      async () => {
        const client = new Redis({ port, lazyConnect: true, retryStrategy: () => null });
        try {
          await client.connect();
          return (await client.ping()) === 'PONG';
        } catch {
          return false;
        } finally {
          client.disconnect();
        }
      },
      10_000,
      'the private Redis',
    );
    const w = await worker({ REDIS_URL: `redis://127.0.0.1:${port}` });
    const org = await createOrganisation(t);
    const milestone = await createMilestone(
      t,
      { objectiveId: ids.objectiveId, leadId: org.id },
      { dueDate: '2027-12-31' },
    );
    const staff = await t.user('staff');
    const partner = await t.user('partner', org.id);

    redis.kill('SIGKILL');
    await new Promise((resolve) => redis.once('exit', resolve));
    const report = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: {
        milestoneId: milestone.id,
        progress: 10,
        status: 'in_progress',
        narrative: { en: 'Written while Redis was down' },
      },
    });
    expect(report.statusCode).toBe(201);
    const updateId = report.json<{ id: string }>().id;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const pending = await t.db.query(
      `SELECT id FROM outbox_messages WHERE payload->>'progressUpdateId' = $1 AND processed_at IS NULL`,
      [updateId],
    );
    expect(pending).toHaveLength(1);

    redis = startRedis();
    const notificationsOf = async () =>
      (await staff.request({ method: 'GET', url: '/api/notifications' }))
        .json<Array<{ title: string }>>()
        .filter((n) => n.title.includes(milestone.code));
    await eventually(
      async () => (await notificationsOf()).length > 0,
      45_000,
      'the notification after Redis came back',
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await notificationsOf()).toHaveLength(1);
    await stop(w);
    redis.kill('SIGKILL');
  }, 120_000);

  it('runs on the PostgreSQL queue backend when REDIS_URL is not set', async () => {
    const org = await reminderOrganisation(['pg@backend.example']);
    const milestone = await createMilestone(t, { objectiveId: ids.objectiveId, leadId: org.id }, { dueDate: DUE });
    const w = await worker({ REDIS_URL: '' });
    expect(w.output()).toMatch(/PostgreSQL queue backend/);
    await eventually(
      async () => sink.to('pg@backend.example').length > 0,
      30_000,
      'the reminder over the PostgreSQL backend',
    );
    expect(sink.to('pg@backend.example')[0].subject).toContain(milestone.code);
    await stop(w);
  }, 90_000);
});
