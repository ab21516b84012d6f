// The raw baseline of the HTTP benchmark (not a test): bare Fastify and a pg pool answering the benchmarked routes
// with the same SQL as the API. To guarantee that it is the same SQL, the statements come from the app's own
// repositories (their list specs, list-sql builders and fetchPage) and, for the writes, from its service, run over
// a plain pg pool instead of TypeORM. No Nest, no validation pipes, no access guard, no per-request user lookup:
// the actor is fixed (staff, and the partner for progress reports), as if already authenticated.
// Started by http.bench.mjs: DATABASE_URL, PORT, BENCH_STAFF_ID, BENCH_PARTNER_ID, BENCH_PARTNER_ORGANISATION_ID.
import 'reflect-metadata';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig, SystemClock } from '#config';
import { DomainException, parseListQuery } from '#kernel';
import { milestoneScope, redactMilestone } from '#access';
import { MilestoneRepository, MilestoneService, ObjectiveRepository } from '#plan';
import {
  CompletenessRepository,
  CompletenessService,
  ProgressUpdateRepository,
  ProgressUpdateService,
} from '#progress';

// The API's type parsers (libs/database/src/data-source.ts): dates stay 'YYYY-MM-DD', counts are numbers.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`raw-server: ${name} is required`);
  return value;
};

// The same pool size as the API (DATABASE_POOL_SIZE, default 10).
const pool = new pg.Pool({
  connectionString: env('DATABASE_URL'),
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'rex587-raw-bench',
});
const rows = (result) => result.rows;

/** The app's Database interface (query, transaction) over the plain pool. */
const db = {
  query: (sql, params) => pool.query(sql, params).then(rows),
  async transaction(work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({ query: (sql, params) => client.query(sql, params).then(rows) });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  },
};

const clock = new SystemClock();
const milestones = new MilestoneRepository(db, clock);
const milestoneService = new MilestoneService(milestones, new ObjectiveRepository(db, clock));
const progressUpdates = new ProgressUpdateService(
  new ProgressUpdateRepository(db, clock),
  milestones,
  milestoneService,
  db,
  clock,
  loadConfig(),
);
const completeness = new CompletenessService(new CompletenessRepository(db), clock);

const staff = { userId: env('BENCH_STAFF_ID'), role: 'staff', organisationId: null, requestId: null };
const partner = {
  userId: env('BENCH_PARTNER_ID'),
  role: 'partner',
  organisationId: env('BENCH_PARTNER_ORGANISATION_ID'),
  requestId: null,
};

const STATUS = {
  invalid_input: 400,
  invalid_query: 400,
  not_found: 404,
  version_conflict: 409,
  conflict: 409,
  in_use: 409,
  version_required: 428,
  unauthenticated: 401,
  forbidden: 403,
  too_many_attempts: 429,
};

const app = Fastify({ logger: false });
app.setErrorHandler((error, _request, reply) => {
  if (error instanceof DomainException) {
    return reply.status(STATUS[error.code] ?? 500).send({ statusCode: STATUS[error.code], message: error.message });
  }
  process.stderr.write(`raw-server: ${error.stack ?? error}\n`);
  return reply.status(500).send({ statusCode: 500, message: 'Internal server error' });
});

const contentRange = (resource, start, count, total) =>
  count === 0 ? `${resource} */${total}` : `${resource} ${start}-${start + count - 1}/${total}`;

/** Requests carry an id in the API (Fastify's genReqId); the audit trail records it. */
const withRequest = (actor, request) => ({ ...actor, requestId: String(request.id) });

app.get('/api/milestones', async (request, reply) => {
  const query = parseListQuery(request.query);
  const actor = withRequest(staff, request);
  const page = await milestones.list(query, milestoneScope(actor));
  void reply.header('Content-Range', contentRange('milestones', query.range.start, page.rows.length, page.total));
  return page.rows.map((row) => redactMilestone(row, actor));
});

app.get('/api/milestones/:id', async (request, reply) => {
  const actor = withRequest(staff, request);
  const found = redactMilestone(await milestones.get(request.params.id, undefined, milestoneScope(actor)), actor);
  void reply.header('ETag', `W/"${found.version}"`);
  return found;
});

app.get('/api/reporting-completeness', async (request, reply) => {
  const query = parseListQuery(request.query);
  const all = await completeness.report(withRequest(staff, request), query.filter);
  const page = all.slice(query.range.start, query.range.end + 1);
  void reply.header(
    'Content-Range',
    contentRange('reporting-completeness', query.range.start, page.length, all.length),
  );
  return page;
});

app.post('/api/progress-updates', async (request, reply) => {
  const created = await progressUpdates.create(withRequest(partner, request), request.body);
  void reply.status(201).header('ETag', `W/"${created.version}"`);
  return created;
});

app.post('/api/progress-updates/:id/approve', async (request) =>
  progressUpdates.review(
    withRequest(staff, request),
    request.params.id,
    'approve',
    request.body ?? {},
    request.body?.version,
  ),
);

app.get('/api/health', async () => ({ status: 'ok' }));

const shutdown = async () => {
  await app.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write(`raw server listening at ${address}\n`);
