// Benchmark of the reminder engine (not a test): scan 100,000 milestones and plan the due reminders, then
// deliver 10,000 messages to a local SMTP sink; a raw nodemailer send of the same messages to the same sink
// is the baseline in the same run. Run with `npm run bench:reminders` (builds first). Prints figures.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import nodemailer from 'nodemailer';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { ConfigModule, FixedClock, loadConfig } from '#config';
import { createDataSource, DatabaseModule, runMigrations } from '#database';
import { ReminderDispatcher, ReminderScanner, RemindersModule } from '#reminders';
import { SCHEMA } from '#schema';

const ADMIN = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MILESTONES = Number(process.env.BENCH_MILESTONES ?? 100_000);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const TODAY = '2027-03-01';

const admin = new pg.Client({ connectionString: ADMIN });
await admin.connect();
const name = `rex_bench_${randomBytes(4).toString('hex')}`;
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(ADMIN);
url.pathname = `/${name}`;
const databaseUrl = url.toString();

let received = 0;
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      received += 1;
      callback();
    });
    stream.resume();
  },
});
await new Promise((resolve) => sink.listen(0, '127.0.0.1', resolve));
const smtpUrl = `smtp://127.0.0.1:${sink.server.address().port}`;

try {
  const dataSource = await createDataSource(SCHEMA, databaseUrl).initialize();
  await runMigrations(dataSource);
  const db = (sql, params) => dataSource.query(sql, params);
  console.log(`Filling ${MILESTONES} milestones, 1,000 organisations...`);
  const [{ id: planId }] = await db(
    `INSERT INTO action_plans (code, title, time_zone) VALUES ('BENCH', '{"en":"Bench"}', 'Asia/Almaty') RETURNING id`,
  );
  const [{ id: priorityId }] = await db(
    `INSERT INTO priorities (action_plan_id, position, code, title) VALUES ($1, 1, 'P1', '{"en":"p"}') RETURNING id`,
    [planId],
  );
  await db(
    `INSERT INTO objectives (priority_id, position, code, title)
     SELECT $1, n, 'P1.O' || n, '{"en":"o"}' FROM generate_series(1, 100) n`,
    [priorityId],
  );
  await db(
    `INSERT INTO organisations (name, short_code, type, country, reminder_contacts)
     SELECT jsonb_build_object('en', 'Org ' || n), 'ORG' || n, 'cso', 'KZ',
            jsonb_build_array(jsonb_build_object('role', 'focal point', 'email', 'org' || n || '@bench.example'))
     FROM generate_series(1, 1000) n`,
  );
  // Due dates spread over two years around "today": a realistic share is due for some reminder.
  await db(
    `INSERT INTO milestones (objective_id, code, title, due_date, status, lead_organisation_id, visibility)
     SELECT (SELECT id FROM objectives ORDER BY position OFFSET (n % 100) LIMIT 1), 'M' || n, '{"en":"Milestone"}',
            DATE '${TODAY}' + ((n * 7919) % 730 - 365), 'in_progress',
            (SELECT id FROM organisations ORDER BY short_code OFFSET (n % 1000) LIMIT 1), 'public'
     FROM generate_series(1, $1) n`,
    [MILESTONES],
  );
  await dataSource.destroy();

  const clock = new FixedClock(new Date(`${TODAY}T12:00:00Z`));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    SMTP_URL: smtpUrl,
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'x'.repeat(32),
  });
  class BenchModule {}
  Module({
    imports: [
      ConfigModule.forRoot(config, clock),
      DatabaseModule.forRoot(SCHEMA, databaseUrl, { poolSize: 20 }),
      RemindersModule,
    ],
  })(BenchModule);
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: false });

  let started = performance.now();
  const scan = await app.get(ReminderScanner).scan();
  const scanSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const rescan = await app.get(ReminderScanner).scan();
  const rescanSeconds = (performance.now() - started) / 1000;

  // Delivery: exactly MESSAGES pending reminders.
  const pg2 = new pg.Client({ connectionString: databaseUrl });
  await pg2.connect();
  await pg2.query(`UPDATE reminders SET state = 'void'`);
  await pg2.query(
    `INSERT INTO reminders (milestone_id, kind, occurrence, due_date, recipient_email, locale, time_zone, scheduled_for)
     SELECT m.id, 'due', 0, m.due_date, 'bench' || row_number() OVER () || '@bench.example', 'en', 'Asia/Almaty', now() - interval '1 hour'
     FROM milestones m LIMIT $1`,
    [MESSAGES],
  );
  await pg2.query(`UPDATE milestones SET due_date = due_date`);
  started = performance.now();
  const before = received;
  const delivery = await app.get(ReminderDispatcher).dispatchDue(MESSAGES, 20);
  const deliverySeconds = (performance.now() - started) / 1000;
  const delivered = received - before;

  // Baseline: the same number of messages through a pooled nodemailer transport, no database.
  const transport = nodemailer.createTransport(`${smtpUrl}?pool=true&maxConnections=5`);
  started = performance.now();
  const baselineBefore = received;
  for (let start = 0; start < MESSAGES; start += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, MESSAGES - start) }, (_, i) =>
        transport.sendMail({ from: 'bench@rex587', to: `raw${start + i}@bench.example`, subject: 'raw', text: 'raw' }),
      ),
    );
  }
  const baselineSeconds = (performance.now() - started) / 1000;
  transport.close();
  await pg2.end();
  await app.close();

  const rows = [
    [
      'scan',
      `${MILESTONES} milestones`,
      `${scan.planned} reminders planned`,
      `${scanSeconds.toFixed(2)} s`,
      `${Math.round(MILESTONES / scanSeconds)} milestones/s`,
    ],
    [
      'rescan (all planned already)',
      `${MILESTONES} milestones`,
      `${rescan.planned} new`,
      `${rescanSeconds.toFixed(2)} s`,
      '',
    ],
    [
      'delivery (claim, send, mark sent)',
      `${MESSAGES} reminders`,
      `${delivery.sent} sent, ${delivered} received`,
      `${deliverySeconds.toFixed(2)} s`,
      `${Math.round(delivered / deliverySeconds)} msg/s`,
    ],
    [
      'baseline: raw nodemailer, no database',
      `${MESSAGES} messages`,
      `${received - baselineBefore} received`,
      `${baselineSeconds.toFixed(2)} s`,
      `${Math.round(MESSAGES / baselineSeconds)} msg/s`,
    ],
  ];
  console.log(
    JSON.stringify({
      scanSeconds,
      planned: scan.planned,
      deliverySeconds,
      delivered,
      baselineSeconds,
      ratio: baselineSeconds / deliverySeconds,
    }),
  );
  console.table(rows.map(([what, size, result, time, rate]) => ({ what, size, result, time, rate })));
  console.log(
    `delivery / baseline throughput: ${(baselineSeconds / deliverySeconds).toFixed(2)}x   aims: scan < 5 s, delivery >= 500 msg/s`,
  );
} finally {
  await new Promise((resolve) => sink.close(resolve));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
