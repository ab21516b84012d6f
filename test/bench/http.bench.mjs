/* global fetch */
// HTTP benchmark (not a test): the main reads and writes against the real API and, in the same run, against a raw
// Fastify + pg server doing the same SQL (raw-server.mjs), on the 100,000-milestone data set (data.mjs).
// Run with `npm run bench` (builds first). BENCH_SECONDS (10) per scenario and server, BENCH_CONNECTIONS (32),
// BENCH_WARMUP_SECONDS (2, reads only), BENCH_PACED_RATE (20 req/s; 0: off) and BENCH_PACED_SECONDS (6) for the reads'
// latency at a steady load, BENCH_ONLY (comma-separated scenario keys), BENCH_DATABASE_URL.
// Prints one JSON object per scenario, then a table. Everything listens on 127.0.0.1; both servers are stopped at
// the end, also on failure.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_DATABASE_URL, BENCH_PARTNER_EMAIL, BENCH_STAFF_EMAIL, ensureDataSet, freePort, login } from './data.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
/** Reads are also measured at a steady offered rate (open loop): the latency users see at a realistic load. */
const PACED_RATE = Number(process.env.BENCH_PACED_RATE ?? 20);
const PACED_SECONDS = Number(process.env.BENCH_PACED_SECONDS ?? 6);
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
/** Distinct submitted updates set aside per server for the approval scenario (each is approved once). */
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 12_000);
const REQUEST_TIMEOUT = Number(process.env.BENCH_REQUEST_TIMEOUT_SECONDS ?? 30);
const JWT_SECRET = 'bench-secret-'.padEnd(48, 'x');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Nothing in this run may take longer than this: servers are killed and the process exits. */
const WATCHDOG_MS = Number(process.env.BENCH_TIMEOUT_SECONDS ?? 1200) * 1000;

const children = [];
const stopChildren = () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
const watchdog = setTimeout(() => {
  console.error(`bench: still running after ${WATCHDOG_MS / 1000} s, giving up`);
  stopChildren();
  process.exit(2);
}, WATCHDOG_MS);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

/** Starts a Node process and waits until GET /api/health answers 200. */
async function startServer(name, script, env) {
  const port = await freePort();
  const output = [];
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    });
  }
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`${base}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return { name, base, output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not start on ${base}:\n${output.join('').slice(-4000)}`);
}

const shuffle = (list) => {
  for (let i = list.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
};
const q = (value) => encodeURIComponent(JSON.stringify(value));

/** What the scenarios need from the data set: ids of plans, milestones, accounts, updates awaiting review. */
async function fixtures(client) {
  const one = async (sql, params) => (await client.query(sql, params)).rows;
  const [staff] = await one(`SELECT id FROM users WHERE email = $1`, [BENCH_STAFF_EMAIL]);
  const [partner] = await one(`SELECT id, organisation_id FROM users WHERE email = $1`, [BENCH_PARTNER_EMAIL]);
  const plans = (await one(`SELECT id FROM action_plans ORDER BY code LIMIT 10`)).map((r) => r.id);
  const milestoneIds = (await one(`SELECT id FROM milestones TABLESAMPLE SYSTEM (5) LIMIT 2000`)).map((r) => r.id);
  const responsible = (
    await one(
      `SELECT m.id FROM milestones m WHERE m.lead_organisation_id = $1
       OR EXISTS (SELECT 1 FROM milestone_supporting_organisations s WHERE s.milestone_id = m.id AND s.organisation_id = $1)`,
      [partner.organisation_id],
    )
  ).map((r) => r.id);
  // Approvable: awaiting review against the milestone's current version, one per milestone (approving one moves
  // the milestone on, which would make a second one on the same milestone a 409), on an open milestone, and
  // never revised (the approval names version 1).
  const approvable = async () =>
    (
      await one(
        `SELECT DISTINCT ON (pu.milestone_id) pu.id FROM progress_updates pu JOIN milestones m ON m.id = pu.milestone_id
         WHERE pu.state = 'submitted' AND pu.milestone_version = m.version AND pu.version = 1
           AND m.status NOT IN ('completed', 'cancelled')
         ORDER BY pu.milestone_id, pu.submitted_at`,
      )
    ).map((r) => r.id);
  let candidates = await approvable();
  if (candidates.length < 2 * APPROVALS) {
    // Earlier runs approved them: add fresh reports awaiting review on milestones that have none.
    await client.query(
      `INSERT INTO progress_updates (milestone_id, organisation_id, milestone_version, progress, status, narrative,
                                     state, submitted_by_id, submitted_at)
       SELECT m.id, m.lead_organisation_id, m.version, 50, 'in_progress', '{"en":"Benchmark report"}', 'submitted', $2, now()
       FROM milestones m WHERE m.status NOT IN ('completed', 'cancelled') AND NOT EXISTS (SELECT 1 FROM progress_updates pu
         WHERE pu.milestone_id = m.id AND pu.state = 'submitted' AND pu.milestone_version = m.version AND pu.version = 1)
       LIMIT $1`,
      [2 * APPROVALS - candidates.length, partner.id],
    );
    candidates = await approvable();
  }
  shuffle(candidates);
  return {
    staffId: staff.id,
    partnerId: partner.id,
    partnerOrganisationId: partner.organisation_id,
    plans,
    milestoneIds,
    responsible,
    approvals: { api: candidates.slice(0, APPROVALS), raw: candidates.slice(APPROVALS, 2 * APPROVALS) },
  };
}

const STATUSES = ['in_progress', 'planned', 'at_risk', 'delayed', 'completed', 'cancelled'];
const SEARCHES = ['erasmus', 'trade unions', 'мониторинг', 'жастар', 'water', 'pilot project', 'gender', 'семинар'];

/** Each scenario: a key, the aim it is held to, who calls it, and the i-th request. */
function scenarios(f) {
  const planStatus = f.plans.flatMap((plan) => STATUSES.map((status) => ({ plan, status })));
  return [
    {
      key: 'list',
      name: 'milestone list: filter actionPlanId+status, sort dueDate, range [0,24]',
      kind: 'read',
      as: 'staff',
      request: (i) => {
        const { plan, status } = planStatus[i % planStatus.length];
        return {
          path: `/api/milestones?filter=${q({ actionPlanId: plan, status })}&sort=${q(['dueDate', 'ASC'])}&range=${q([0, 24])}`,
        };
      },
    },
    {
      key: 'by-id',
      name: 'milestone by id',
      kind: 'read',
      as: 'staff',
      request: (i) => ({ path: `/api/milestones/${f.milestoneIds[i % f.milestoneIds.length]}` }),
    },
    {
      key: 'search',
      name: 'full-text search q, sort dueDate, range [0,24]',
      kind: 'read',
      as: 'staff',
      request: (i) => ({
        path: `/api/milestones?filter=${q({ q: SEARCHES[i % SEARCHES.length] })}&sort=${q(['dueDate', 'ASC'])}&range=${q([0, 24])}`,
      }),
    },
    {
      key: 'dashboard-counts',
      name: 'dashboard: count by status (filter status+actionPlanId, range [0,0])',
      kind: 'dashboard',
      as: 'staff',
      request: (i) => {
        const { plan, status } = planStatus[i % planStatus.length];
        return { path: `/api/milestones?filter=${q({ status, actionPlanId: plan })}&range=${q([0, 0])}` };
      },
    },
    {
      key: 'dashboard-completeness',
      name: 'dashboard: reporting completeness of a plan',
      kind: 'dashboard',
      as: 'staff',
      request: (i) => ({
        path: `/api/reporting-completeness?filter=${q({ actionPlanId: f.plans[i % f.plans.length] })}&range=${q([0, 199])}`,
      }),
    },
    {
      key: 'submit',
      name: 'progress-update submit (partner of the lead organisation)',
      kind: 'write',
      as: 'partner',
      request: (i) => ({
        method: 'POST',
        path: '/api/progress-updates',
        body: JSON.stringify({
          milestoneId: f.responsible[i % f.responsible.length],
          progress: i % 101,
          status: 'in_progress',
          narrative: { en: `Benchmark report ${i}`, ru: `Отчёт ${i}` },
        }),
      }),
    },
    {
      key: 'approve',
      name: 'approval (staff, distinct submitted updates)',
      kind: 'write',
      as: 'staff',
      ids: f.approvals,
      request: (i, target) => ({
        method: 'POST',
        path: `/api/progress-updates/${f.approvals[target][i]}/approve`,
        body: JSON.stringify({ comment: 'Verified', version: 1 }),
      }),
    },
  ];
}

/** One autocannon run; `next(i)` gives the i-th request. Non-2xx bodies are sampled for the report. */
function fire(base, headers, next, { seconds, limit }) {
  let i = 0;
  const samples = [];
  const options = {
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    // Slow routes queue behind 32 connections: give them time to answer rather than counting them as errors.
    timeout: REQUEST_TIMEOUT,
    headers,
    requests: [
      {
        setupRequest: (request) => {
          const { method = 'GET', path, body } = next(i);
          i += 1;
          return { ...request, method, path, body };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status >= 300) && samples.length < 3)
            samples.push(`${status} ${String(body).slice(0, 300)}`);
        },
      },
    ],
  };
  if (limit !== undefined) options.maxOverallRequests = limit;
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve({ result, samples })));
  });
}

/**
 * Requests sent at a steady rate, one every 1/rate s whether or not earlier ones have answered (open loop, as
 * users arrive), for `seconds`: the latency at that load. autocannon's own rate limit sends each second's
 * requests in one burst, which measures a burst instead.
 */
async function pacedRun(base, headers, next, rate, seconds) {
  const latencies = [];
  let failed = 0;
  const pending = [];
  const started = performance.now();
  for (let i = 0; i < rate * seconds; i += 1) {
    const at = started + (i * 1000) / rate;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { method = 'GET', path, body } = next(1_000_000 + i);
    const sent = performance.now();
    pending.push(
      fetch(`${base}${path}`, { method, headers, body })
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.status < 200 || response.status >= 300) failed += 1;
          latencies.push(performance.now() - sent);
        })
        .catch(() => {
          failed += 1;
        }),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (p) => round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN);
  return { rate, requests: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1), non2xx: failed };
}

/** Median of sequential single requests: latency without queueing behind 31 other connections. */
async function unloaded(base, headers, next, count = 15, budgetMs = 4000) {
  const times = [];
  const until = performance.now() + budgetMs;
  for (let i = 0; i < count && (i < 3 || performance.now() < until); i += 1) {
    const { method = 'GET', path, body } = next(i);
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { method, headers, body });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const round = (n, digits = 1) => Number(n.toFixed(digits));

/**
 * Waits until the servers have no query left running on the bench database: autocannon stops at the end of the
 * run, but requests still queued in a server's pool would otherwise slow down the next measurement.
 */
async function drain(client) {
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
       WHERE datname = current_database() AND state <> 'idle' AND pid <> pg_backend_pid()`,
    );
    if (rows[0].busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.error('bench: queries still running after 120 s of draining');
}

async function main() {
  await ensureDataSet({ url: BENCH_DATABASE_URL });
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  const f = await fixtures(client);
  const [dataSize] = (
    await client.query(`SELECT (SELECT count(*) FROM milestones)::int AS milestones,
      (SELECT count(*) FROM progress_updates)::int AS "progressUpdates", (SELECT count(*) FROM audit_events)::int AS "auditEvents"`)
  ).rows;
  try {
    await measure(client, f, dataSize);
  } finally {
    await client.end();
  }
}

async function measure(client, f, dataSize) {
  if (f.approvals.raw.length < APPROVALS)
    throw new Error(`only ${f.approvals.api.length + f.approvals.raw.length} approvable updates`);

  const api = await startServer('api', 'dist/apps/api/src/main.js', {
    NODE_ENV: 'production',
    DATABASE_URL: BENCH_DATABASE_URL,
    JWT_SECRET,
    MIGRATE_ON_START: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    IN_PROCESS_WORKER: 'false',
    LOGIN_ATTEMPTS_PER_ADDRESS: '1000',
    REDIS_URL: '',
    // Throughput, not abuse, is measured here (npm run bench:abuse runs with the real limits): one account sends
    // all 32 connections' requests, which the per-account slots would otherwise queue 4 at a time.
    REQUESTS_AT_ONCE_PER_ACCOUNT: '1000',
    SEARCHES_AT_ONCE: '1000',
    ...Object.fromEntries(
      ['WRITE', 'SEARCH', 'EXPORT', 'DOWNLOAD', 'IMPORT', 'UPLOAD', 'PASSWORD'].map((kind) => [
        `RATE_LIMIT_${kind}`,
        '100000000/60',
      ]),
    ),
  });
  const raw = await startServer('raw', 'test/bench/raw-server.mjs', {
    DATABASE_URL: BENCH_DATABASE_URL,
    BENCH_STAFF_ID: f.staffId,
    BENCH_PARTNER_ID: f.partnerId,
    BENCH_PARTNER_ORGANISATION_ID: f.partnerOrganisationId,
  });
  const tokens = {
    staff: await login(api.base, BENCH_STAFF_EMAIL),
    partner: await login(api.base, BENCH_PARTNER_EMAIL),
  };
  console.error(
    `api ${api.base}, raw ${raw.base}; ${dataSize.milestones} milestones, ${dataSize.progressUpdates} progress updates, ` +
      `${CONNECTIONS} connections, ${SECONDS} s per scenario and server`,
  );

  const results = [];
  for (const scenario of scenarios(f)) {
    if (ONLY && !ONLY.includes(scenario.key)) continue;
    const row = { scenario: scenario.key, name: scenario.name, kind: scenario.kind };
    for (const server of [api, raw]) {
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens[scenario.as]}` };
      const next = (i) => scenario.request(i, server.name);
      const limit = scenario.ids ? scenario.ids[server.name].length : undefined;
      let single = null;
      await drain(client);
      if (scenario.kind !== 'write') {
        single = await unloaded(server.base, headers, next);
        if (WARMUP > 0) await fire(server.base, headers, next, { seconds: WARMUP });
        await drain(client);
      }
      console.error(`${scenario.key} on ${server.name}...`);
      const { result, samples } = await fire(server.base, headers, next, { seconds: SECONDS, limit });
      let paced = null;
      if (scenario.kind !== 'write' && PACED_RATE > 0) {
        await drain(client);
        paced = await pacedRun(server.base, headers, next, PACED_RATE, PACED_SECONDS);
      }
      row[server.name] = {
        reqPerSec: round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        unloadedMs: single === null ? null : round(single),
        ...(paced
          ? {
              paced,
            }
          : {}),
        requests: result.requests.total,
        ok2xx: result['2xx'],
        non2xx: result.non2xx,
        errors: result.errors + result.timeouts,
        ...(samples.length > 0 ? { nonOkSamples: samples } : {}),
      };
    }
    row.ratio = row.raw.reqPerSec > 0 ? round(row.api.reqPerSec / row.raw.reqPerSec, 2) : null;
    const aims = [];
    if (scenario.kind !== 'write') aims.push(`api/raw >= 0.8: ${row.ratio >= 0.8 ? 'met' : 'MISSED'}`);
    const limitMs = { read: 50, dashboard: 100 }[scenario.kind];
    if (limitMs) {
      aims.push(`p99 < ${limitMs} ms saturated: ${row.api.p99Ms < limitMs ? 'met' : 'MISSED'}`);
      if (row.api.paced) {
        const met = row.api.paced.p99Ms < limitMs;
        aims.push(`p99 < ${limitMs} ms at ${PACED_RATE} req/s: ${met ? 'met' : 'MISSED'}`);
      }
      aims.push(`1 request alone < ${limitMs} ms: ${row.api.unloadedMs < limitMs ? 'met' : 'MISSED'}`);
    }
    row.aims = aims.join('; ') || 'none (write; figures only)';
    const failed = [row.api, row.raw].reduce(
      (sum, side) => sum + side.non2xx + side.errors + (side.paced?.non2xx ?? 0),
      0,
    );
    const empty = row.api.ok2xx === 0 || row.raw.ok2xx === 0;
    row.valid = failed === 0 && !empty;
    if (failed > 0) row.aims = `INVALID: ${failed} non-2xx/errors (see nonOkSamples); ${row.aims}`;
    else if (empty) row.aims = `INVALID: no request completed in ${SECONDS} s; ${row.aims}`;
    console.log(JSON.stringify(row));
    results.push(row);
  }

  console.table(
    results.map((row) => ({
      scenario: row.scenario,
      'api req/s': row.api.reqPerSec,
      'raw req/s': row.raw.reqPerSec,
      'api/raw': row.ratio,
      'api p50/p99 ms': `${row.api.p50Ms}/${row.api.p99Ms}`,
      'raw p50/p99 ms': `${row.raw.p50Ms}/${row.raw.p99Ms}`,
      'api 1-req ms': row.api.unloadedMs ?? '',
      [`p50/p99 at ${PACED_RATE}/s api (raw)`]: row.api.paced
        ? `${row.api.paced.p50Ms}/${row.api.paced.p99Ms} (${row.raw.paced.p50Ms}/${row.raw.paced.p99Ms})`
        : '',
      'non-2xx api/raw': `${row.api.non2xx + row.api.errors}/${row.raw.non2xx + row.raw.errors}`,
      aims: row.aims,
    })),
  );
  console.log(
    'Aims (issue 8): every read >= 0.8x the raw baseline; read p99 < 50 ms on 100,000 milestones; dashboard aggregates < 100 ms. ' +
      `${CONNECTIONS} connections (saturated: as fast as the server answers; paced: ${PACED_RATE} req/s offered), ` +
      'one machine for client, servers and PostgreSQL.',
  );
  const invalid = results.filter((row) => !row.valid);
  if (invalid.length > 0) {
    console.log(
      `WARNING: non-2xx responses or errors in ${invalid.map((row) => row.scenario).join(', ')}: those figures are not valid.`,
    );
    process.exitCode = 1;
  }
}

try {
  await main();
} finally {
  stopChildren();
  clearTimeout(watchdog);
}
