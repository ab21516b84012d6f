/* global fetch, FormData, Blob */
// Abuse benchmark (not a test): while one partner account sends hostile searches, evidence uploads and downloads,
// and one viewer account report downloads, as fast as they can, does the service stay up for everyone? Measures a
// staff member's milestone list and /api/health at a steady rate, first quiet, then under the attack, on the
// 100,000-milestone data set (data.mjs), against the built API with its real limits. `npm run bench:abuse`.
// BENCH_ATTACK_SECONDS (30), BENCH_QUIET_SECONDS (10), BENCH_ATTACKERS (16 concurrent loops per account),
// BENCH_PACED_RATE (10 requests/s each for the list and for health), BENCH_ATTACKER_NICE (19: the attackers' CPU
// priority; 0 to let them compete with the server for it). Prints one JSON object, then a table.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setPriority } from 'node:os';
import pg from 'pg';
import { BENCH_DATABASE_URL, BENCH_PARTNER_EMAIL, BENCH_STAFF_EMAIL, ensureDataSet, freePort, login } from './data.mjs';

const ATTACK_SECONDS = Number(process.env.BENCH_ATTACK_SECONDS ?? 30);
const QUIET_SECONDS = Number(process.env.BENCH_QUIET_SECONDS ?? 10);
const ATTACKERS = Number(process.env.BENCH_ATTACKERS ?? 16);
const RATE = Number(process.env.BENCH_PACED_RATE ?? 10);
const NICE = Number(process.env.BENCH_ATTACKER_NICE ?? 19);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const JWT_SECRET = 'bench-secret-'.padEnd(48, 'x');
const VIEWER_EMAIL = 'bench-abuse-viewer@bench.example';

let api = null;
const watchdog = setTimeout(
  () => {
    console.error('bench:abuse: still running after 10 minutes, giving up');
    api?.kill('SIGTERM');
    process.exit(2);
  },
  10 * 60 * 1000,
);
watchdog.unref();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    api?.kill('SIGTERM');
    process.exit(130);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startApi() {
  const port = await freePort();
  const output = [];
  // BENCH_API_NODE_ARGS: flags for the API's node (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see where it spends).
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  api = spawn(process.execPath, [...nodeArgs, 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DATABASE_URL: BENCH_DATABASE_URL,
      JWT_SECRET,
      MIGRATE_ON_START: 'true',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      IN_PROCESS_WORKER: 'false',
      REDIS_URL: '',
      // The attack comes from one address, as would a script's: only the accounts' own limits are under test.
      LOGIN_ATTEMPTS_PER_ADDRESS: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [api.stdout, api.stderr]) stream.on('data', (chunk) => output.push(chunk.toString()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = performance.now() + 120_000;
  while (performance.now() < deadline && api.exitCode === null) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return base;
    await sleep(250);
  }
  throw new Error(`the API did not start:\n${output.join('').slice(-4000)}`);
}

/** Sends `request` RATE times a second for `seconds` (open loop) and returns the latencies in ms. */
async function paced(request, seconds) {
  const latencies = [];
  const pending = [];
  const started = performance.now();
  for (let i = 0; i < seconds * RATE; i += 1) {
    const due = started + (i * 1000) / RATE;
    await sleep(Math.max(0, due - performance.now()));
    const sent = performance.now();
    pending.push(
      request().then(
        async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - sent);
        },
        () => latencies.push(Number.POSITIVE_INFINITY),
      ),
    );
  }
  await Promise.all(pending);
  return latencies;
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const summary = (values) => ({
  n: values.length,
  p50: Number(percentile(values, 50).toFixed(1)),
  p99: Number(percentile(values, 99).toFixed(1)),
  max: Number(Math.max(...values).toFixed(1)),
});

async function main() {
  await ensureDataSet();
  const client = new pg.Client({ connectionString: BENCH_DATABASE_URL });
  await client.connect();
  // Every run starts with no counts: a run minutes ago must not leave the accounts over their limits.
  await client.query(`DELETE FROM rate_limits`);
  const base = await startApi();
  // A viewer account of the benchmark's own (same password hash as the bench partner), and a frozen report.
  await client.query(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT $1, 'Bench abuse viewer', 'viewer', password_hash FROM users WHERE email = $2
     ON CONFLICT DO NOTHING`,
    [VIEWER_EMAIL, BENCH_PARTNER_EMAIL],
  );
  const staff = await login(base, BENCH_STAFF_EMAIL);
  const partner = await login(base, BENCH_PARTNER_EMAIL);
  const viewer = await login(base, VIEWER_EMAIL);
  const auth = (token) => ({ authorization: `Bearer ${token}` });
  const [{ id: planId }] = (await client.query(`SELECT id FROM action_plans ORDER BY code LIMIT 1`)).rows;
  let [report] = (await client.query(`SELECT id FROM reports WHERE action_plan_id = $1 LIMIT 1`, [planId])).rows;
  if (!report) {
    const made = await fetch(`${base}/api/reports`, {
      method: 'POST',
      headers: { ...auth(staff), 'content-type': 'application/json' },
      body: JSON.stringify({ actionPlanId: planId, title: 'Abuse benchmark report' }),
    });
    if (!made.ok) throw new Error(`report: ${made.status} ${await made.text()}`);
    report = await made.json();
  }
  // A report of the partner's own, to attach evidence to.
  const [milestone] = (
    await client.query(
      `SELECT m.id FROM milestones m JOIN users u ON u.organisation_id = m.lead_organisation_id
        WHERE u.email = $1 AND m.status NOT IN ('completed', 'cancelled') ORDER BY random() LIMIT 1`,
      [BENCH_PARTNER_EMAIL],
    )
  ).rows;
  const created = await fetch(`${base}/api/progress-updates`, {
    method: 'POST',
    headers: { ...auth(partner), 'content-type': 'application/json' },
    body: JSON.stringify({
      milestoneId: milestone.id,
      progress: 40,
      status: 'in_progress',
      narrative: { en: 'Bench' },
    }),
  });
  if (!created.ok) throw new Error(`update: ${created.status} ${await created.text()}`);
  const update = await created.json();
  await client.end();

  const list = () =>
    fetch(
      `${base}/api/milestones?range=[0,24]&sort=["dueDate","ASC"]&filter=${encodeURIComponent('{"status":"delayed"}')}`,
      {
        headers: auth(staff),
      },
    );
  const health = () => fetch(`${base}/api/health`);

  // Warm: the first reads of a fresh process (plans, caches) are not what is measured.
  await Promise.all([paced(list, 3), paced(health, 3)]);
  const quiet = await Promise.all([paced(list, QUIET_SECONDS), paced(health, QUIET_SECONDS)]);

  // The attackers run in a process of their own, at the lowest CPU priority (BENCH_ATTACKER_NICE, 19): on one
  // host, the CPU a script spends sending its requests would otherwise be counted as the server's weakness,
  // whereas in a deployment it is spent on the attacker's machine. They still send as fast as the CPU left lets
  // them, and the figures below say how many requests that made.
  const attack = spawn(process.execPath, [fileURLToPath(import.meta.url), '--attack'], {
    env: {
      ...process.env,
      BENCH_ATTACK: JSON.stringify({
        base,
        partner,
        viewer,
        updateId: update.id,
        reportId: report.id,
        seconds: ATTACK_SECONDS,
        loops: ATTACKERS * 2,
      }),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  setPriority(attack.pid, NICE);
  const attackOutput = [];
  attack.stdout.on('data', (chunk) => attackOutput.push(chunk));
  const statusesOf = new Promise((resolve, reject) => {
    attack.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(Buffer.concat(attackOutput).toString())) : reject(new Error(`attack: ${code}`)),
    );
  });
  const underAttack = await Promise.all([paced(list, ATTACK_SECONDS), paced(health, ATTACK_SECONDS)]);
  const statuses = await statusesOf;
  api.kill('SIGTERM');

  const result = {
    scenario: 'abuse',
    attackSeconds: ATTACK_SECONDS,
    rate: RATE,
    list: { quiet: summary(quiet[0]), underAttack: summary(underAttack[0]) },
    health: { quiet: summary(quiet[1]), underAttack: summary(underAttack[1]) },
    attackerNice: NICE,
    hostile: statuses,
    hostileRequestsPerSecond: Math.round(Object.values(statuses).reduce((a, b) => a + b, 0) / ATTACK_SECONDS),
  };
  result.listP99Ratio = Number((result.list.underAttack.p99 / result.list.quiet.p99).toFixed(2));
  console.log(JSON.stringify(result));
  console.log(
    `\nstaff milestone list p99: ${result.list.quiet.p99} ms quiet, ${result.list.underAttack.p99} ms under attack (×${result.listP99Ratio}; aim < 2)`,
  );
  console.log(
    `/api/health p99: ${result.health.quiet.p99} ms quiet, ${result.health.underAttack.p99} ms under attack (max ${result.health.underAttack.max} ms; aim < 100)`,
  );
  console.log(
    `hostile requests: ${result.hostileRequestsPerSecond} a second (attackers at nice ${NICE}); answers:`,
    Object.entries(statuses)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', '),
  );
}

/** In the attackers' process: every kind of hostile request, as fast as the loops can send them. */
async function runAttack({ base, partner, viewer, updateId, reportId, seconds, loops }) {
  const auth = (token) => ({ authorization: `Bearer ${token}` });
  const pdf = new Blob([
    Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]),
  ]);
  // The costliest search left: eight distinct two-letter prefixes (one letter is matched as a word), each
  // matching thousands of milestones, in 200 characters padded with separators that once made phrases.
  const letters = 'абвгдеижклмнопрстуәқңөұүі';
  const hostileSearch = () =>
    Array.from(
      { length: 8 },
      () => letters[Math.floor(Math.random() * letters.length)] + letters[Math.floor(Math.random() * letters.length)],
    )
      .join('_ ')
      .padEnd(200, '_');
  const attacks = {
    search: () =>
      fetch(`${base}/api/milestones?filter=${encodeURIComponent(JSON.stringify({ q: hostileSearch() }))}`, {
        headers: auth(partner),
      }),
    upload: () => {
      const form = new FormData();
      form.append('file', pdf, 'minutes.pdf');
      return fetch(`${base}/api/progress-updates/${updateId}/evidence`, {
        method: 'POST',
        headers: auth(partner),
        body: form,
      });
    },
    write: () =>
      fetch(`${base}/api/progress-updates`, {
        method: 'POST',
        headers: { ...auth(partner), 'content-type': 'application/json' },
        body: JSON.stringify({
          milestoneId: '00000000-0000-4000-8000-000000000000',
          progress: 1,
          status: 'in_progress',
          narrative: { en: 'x' },
        }),
      }),
    download: () =>
      fetch(
        `${base}/api/reports/${reportId}/download?format=${['pdf', 'docx', 'xlsx'][Math.floor(Math.random() * 3)]}&lang=${['en', 'ru', 'kk'][Math.floor(Math.random() * 3)]}`,
        {
          headers: auth(viewer),
        },
      ),
  };
  const statuses = {};
  const ends = performance.now() + seconds * 1000;
  const attacker = async (kind) => {
    while (performance.now() < ends) {
      const response = await attacks[kind]().catch(() => null);
      const key = `${kind} ${response?.status ?? 'error'}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
      await response?.arrayBuffer().catch(() => undefined);
    }
  };
  const kinds = Object.keys(attacks);
  await Promise.all(Array.from({ length: loops }, (_, i) => attacker(kinds[i % kinds.length])));
  return statuses;
}

if (process.argv[2] === '--attack') {
  runAttack(JSON.parse(process.env.BENCH_ATTACK)).then((statuses) => console.log(JSON.stringify(statuses)));
} else {
  main().catch((error) => {
    console.error(error);
    api?.kill('SIGTERM');
    process.exit(1);
  });
}
