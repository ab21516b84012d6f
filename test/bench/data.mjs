/* global fetch */
import { createServer } from 'node:net';
// Benchmark data set (not a test): 50 plans (5 priorities x 4 objectives each), 100,000 milestones with lead and
// supporting organisations, 1,000 organisations, 10,000 users, 1,000,000 progress updates and 1,000,000 audit
// events, written with set-based SQL into the database BENCH_DATABASE_URL (default rex_bench on the machine's
// PostgreSQL). Run with `npm run bench:data` (builds first); `--fresh` recreates the database. Idempotent: a
// database that already holds the complete data set is left as it is.
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { createDataSource, runMigrations } from '#database';
import { hashPassword } from '#access';
import { SCHEMA } from '#schema';

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rex_bench';
/** Password of every generated user (the benchmark signs in with it). */
export const BENCH_PASSWORD = 'bench-password-587';
export const BENCH_STAFF_EMAIL = 'bench-staff@bench.example';
export const BENCH_PARTNER_EMAIL = 'bench-partner@bench.example';

/** Marks a complete data set (written last, as the database's comment). */
const MARKER = 'rex587 bench data set v1: complete';
const SIZES = {
  plans: 50,
  organisations: 1_000,
  milestones: 100_000,
  users: 10_000,
  progressUpdates: 1_000_000,
  auditEvents: 1_000_000,
};

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bench database name must be a plain identifier: ${name}`);
  return name;
}

function adminUrl(url) {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

/** True when the database exists and holds the complete data set. */
export async function hasDataSet(url = BENCH_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    const { rows } = await admin.query(
      `SELECT shobj_description(d.oid, 'pg_database') AS comment FROM pg_database d WHERE d.datname = $1`,
      [databaseName(url)],
    );
    return rows.length === 1 && rows[0].comment === MARKER;
  } finally {
    await admin.end();
  }
}

/** Makes sure the data set exists (creating it, or recreating it with `fresh`); returns whether it was created. */
export async function ensureDataSet({ url = BENCH_DATABASE_URL, fresh = false, log = console.log } = {}) {
  const name = databaseName(url);
  if (!fresh && (await hasDataSet(url))) {
    log(`Database ${name} already holds the benchmark data set (use --fresh to recreate it).`);
    return false;
  }
  const started = performance.now();
  const admin = new pg.Client({ connectionString: adminUrl(url) });
  await admin.connect();
  try {
    // Only ever our own bench database: a missing marker means an incomplete earlier run.
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const dataSource = await createDataSource(SCHEMA, url).initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const step = async (label, sql, params) => {
    const t = performance.now();
    const result = await client.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query(`SET work_mem = '64MB'`);
    log(`Filling ${name}...`);
    await fill(step, await hashPassword(BENCH_PASSWORD));
    await step('analyze', 'ANALYZE');
    const counts = await client.query(`SELECT
      (SELECT count(*) FROM action_plans)::int AS plans, (SELECT count(*) FROM priorities)::int AS priorities,
      (SELECT count(*) FROM objectives)::int AS objectives, (SELECT count(*) FROM milestones)::int AS milestones,
      (SELECT count(*) FROM milestone_supporting_organisations)::int AS "supportingLinks",
      (SELECT count(*) FROM organisations)::int AS organisations, (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM progress_updates)::int AS "progressUpdates",
      (SELECT count(*) FROM progress_updates WHERE state = 'submitted')::int AS "awaitingReview",
      (SELECT count(*) FROM audit_events)::int AS "auditEvents"`);
    await client.query(`COMMENT ON DATABASE ${name} IS '${MARKER}'`);
    const seconds = (performance.now() - started) / 1000;
    log(JSON.stringify({ database: name, ...counts.rows[0], seconds: Number(seconds.toFixed(1)) }));
    return true;
  } finally {
    await client.end();
  }
}

const TOPICS = [
  [
    'Erasmus+ exchanges for youth organisations',
    'Обмены Erasmus+ для молодёжных организаций',
    'Жастар ұйымдарына Erasmus+ алмасулары',
  ],
  ['Social dialogue with trade unions', 'Социальный диалог с профсоюзами', 'Кәсіподақтармен әлеуметтік диалог'],
  ['Labour rights monitoring', 'Мониторинг трудовых прав', 'Еңбек құқықтарының мониторингі'],
  [
    'Civil society capacity building',
    'Укрепление потенциала гражданского общества',
    'Азаматтық қоғамның әлеуетін арттыру',
  ],
  [
    'Environmental cooperation on water',
    'Экологическое сотрудничество по водным ресурсам',
    'Су ресурстары бойынша экологиялық ынтымақтастық',
  ],
  ['Gender equality in employment', 'Гендерное равенство в занятости', 'Жұмыспен қамтудағы гендерлік теңдік'],
  [
    'Digital skills for small enterprises',
    'Цифровые навыки для малых предприятий',
    'Шағын кәсіпорындарға арналған цифрлық дағдылар',
  ],
  [
    'Media freedom and access to information',
    'Свобода СМИ и доступ к информации',
    'БАҚ бостандығы және ақпаратқа қол жеткізу',
  ],
  ['Consumer protection standards', 'Стандарты защиты прав потребителей', 'Тұтынушылар құқығын қорғау стандарттары'],
  ['Green transition and just energy', 'Зелёный переход и справедливая энергетика', 'Жасыл көшу және әділ энергетика'],
  ['Rural development and farmers', 'Развитие села и фермеры', 'Ауылды дамыту және фермерлер'],
  [
    'Anti-corruption and public procurement',
    'Противодействие коррупции и госзакупки',
    'Сыбайлас жемқорлыққа қарсы іс-қимыл және мемлекеттік сатып алу',
  ],
  [
    'Vocational education partnerships',
    'Партнёрства в профессиональном образовании',
    'Кәсіптік білім берудегі серіктестіктер',
  ],
  ['Occupational health and safety', 'Охрана труда и здоровья', 'Еңбекті қорғау және денсаулық'],
  ['Migration and mobility of workers', 'Миграция и мобильность работников', 'Жұмысшылардың көші-қоны мен ұтқырлығы'],
  [
    'Transport connectivity in Central Asia',
    'Транспортная связанность в Центральной Азии',
    'Орталық Азиядағы көлік байланысы',
  ],
  ['Culture and heritage exchanges', 'Культурные обмены и наследие', 'Мәдени алмасулар және мұра'],
  ['Human rights defenders support', 'Поддержка правозащитников', 'Құқық қорғаушыларды қолдау'],
  ['Business climate and SMEs', 'Деловой климат и МСП', 'Іскерлік ахуал және ШОБ'],
  [
    'Platform work and social protection',
    'Платформенная занятость и социальная защита',
    'Платформалық жұмыс және әлеуметтік қорғау',
  ],
];
const ACTIONS = [
  ['Workshop on', 'Семинар:', 'Семинар:'],
  ['Report on', 'Доклад:', 'Баяндама:'],
  ['Joint conference on', 'Совместная конференция:', 'Бірлескен конференция:'],
  ['Pilot project:', 'Пилотный проект:', 'Пилоттық жоба:'],
  ['Study visit:', 'Ознакомительный визит:', 'Танысу сапары:'],
  ['Roadmap for', 'Дорожная карта:', 'Жол картасы:'],
  ['Survey of members:', 'Опрос членов:', 'Мүшелер сауалнамасы:'],
  ['Training series:', 'Серия тренингов:', 'Тренингтер сериясы:'],
];

/** `ARRAY[...]` of one language's texts, as an SQL literal (the lists above are ours, not input). */
const sqlArray = (list, language) =>
  `ARRAY[${list.map((item) => `'${item[language].replaceAll("'", "''")}'`).join(',')}]`;

/** The three translations of `action topic #n` for row number `n`. */
function titleSql(n) {
  const parts = [0, 1, 2].map(
    (l) =>
      `(${sqlArray(ACTIONS, l)})[1 + (${n} * 7) % ${ACTIONS.length}] || ' ' || (${sqlArray(TOPICS, l)})[1 + (${n} * 13) % ${TOPICS.length}] || ' #' || ${n}`,
  );
  return `jsonb_build_object('en', ${parts[0]}, 'ru', ${parts[1]}, 'kk', ${parts[2]})`;
}

async function fill(step, passwordHash) {
  const { plans, organisations, milestones, users, progressUpdates, auditEvents } = SIZES;
  await step(
    'action plans',
    `INSERT INTO action_plans (code, title, description, time_zone, opinion_reference, adopted_at)
     SELECT 'BENCH' || lpad(n::text, 2, '0'),
            jsonb_build_object('en', 'Partnership plan ' || n, 'ru', 'План партнёрства ' || n, 'kk', 'Серіктестік жоспары ' || n),
            jsonb_build_object('en', 'Generated for the benchmark'), 'Asia/Almaty', 'REX/' || (500 + n), DATE '2025-03-20'
     FROM generate_series(1, ${plans}) n`,
  );
  await step(
    'priorities',
    `INSERT INTO priorities (action_plan_id, position, code, title)
     SELECT ap.id, k, 'P' || k, jsonb_build_object('en', 'Priority ' || k, 'ru', 'Приоритет ' || k, 'kk', 'Басымдық ' || k)
     FROM action_plans ap CROSS JOIN generate_series(1, 5) k`,
  );
  await step(
    'objectives',
    `INSERT INTO objectives (priority_id, position, code, title)
     SELECT p.id, k, p.code || '.O' || k, jsonb_build_object('en', 'Objective ' || p.code || '.' || k, 'ru', 'Цель ' || p.code || '.' || k, 'kk', 'Мақсат ' || p.code || '.' || k)
     FROM priorities p CROSS JOIN generate_series(1, 4) k`,
  );
  await step(
    'organisations',
    `INSERT INTO organisations (name, short_code, type, country, reminder_contacts)
     SELECT jsonb_build_object('en', 'Organisation ' || n, 'ru', 'Организация ' || n, 'kk', 'Ұйым ' || n),
            'ORG' || lpad(n::text, 4, '0'),
            (ARRAY['cso','trade_union','employers_organisation','cso','eu_institution','kazakh_authority','international_body','eesc_group'])[1 + n % 8],
            (ARRAY['KZ','KZ','KZ','BE','DE','FR','PL','RO','IT','ES'])[1 + n % 10],
            jsonb_build_array(jsonb_build_object('role', 'focal point', 'email', 'org' || n || '@bench.example'))
     FROM generate_series(1, ${organisations}) n`,
  );
  // Numbered views of the generated rows, to pick related rows by arithmetic instead of per-row subqueries.
  await step(
    'numbering',
    `CREATE TEMP TABLE n_objective AS SELECT row_number() OVER (ORDER BY ap.code, p.position, o.position)::int AS n, o.id
       FROM objectives o JOIN priorities p ON p.id = o.priority_id JOIN action_plans ap ON ap.id = p.action_plan_id;
     CREATE TEMP TABLE n_organisation AS SELECT row_number() OVER (ORDER BY short_code)::int - 1 AS n, id FROM organisations;
     CREATE UNIQUE INDEX ON n_objective (n); CREATE UNIQUE INDEX ON n_organisation (n)`,
  );
  // 100 milestones per objective; due dates over 2025-2028; realistic mix of statuses; 70 % public.
  await step(
    'milestones',
    `INSERT INTO milestones (objective_id, code, title, description, start_date, due_date, status, progress,
                             lead_organisation_id, visibility, internal_notes, opinion_reference)
     SELECT o.id, 'M' || (1 + (g.n - 1) % 100), ${titleSql('g.n')},
            jsonb_build_object('en', 'Deliverable agreed with the partners, milestone ' || g.n),
            g.due - (30 + g.n % 300), g.due, g.status,
            CASE g.status WHEN 'completed' THEN 100 WHEN 'planned' THEN 0 ELSE (g.n * 37) % 100 END,
            org.id, CASE WHEN g.n % 10 < 7 THEN 'public' ELSE 'internal' END,
            CASE WHEN g.n % 5 = 0 THEN 'Internal note ' || g.n ELSE '' END, 'point ' || (1 + g.n % 40)
     FROM (SELECT n, DATE '2025-01-01' + (n * 7919) % 1461 AS due,
                  (ARRAY['planned','planned','planned','in_progress','in_progress','in_progress','in_progress',
                         'at_risk','delayed','completed','completed','cancelled'])[1 + (n * 31) % 12] AS status
           FROM generate_series(1, ${milestones}) n) g
     JOIN n_objective o ON o.n = 1 + (g.n - 1) / 100
     JOIN n_organisation org ON org.n = (g.n * 13) % ${organisations}`,
  );
  await step(
    'numbering milestones',
    `CREATE TEMP TABLE n_milestone AS
       SELECT row_number() OVER (ORDER BY o.n, m.code)::int AS n, m.id, m.lead_organisation_id, m.version
       FROM milestones m JOIN n_objective o ON o.id = m.objective_id;
     CREATE UNIQUE INDEX ON n_milestone (n)`,
  );
  // One or two supporting organisations, never the lead.
  await step(
    'supporting organisations',
    `INSERT INTO milestone_supporting_organisations (milestone_id, organisation_id)
     SELECT m.id, org.id FROM n_milestone m CROSS JOIN generate_series(1, 2) k
     JOIN n_organisation org ON org.n = (m.n * 13 + k * 97) % ${organisations}
     WHERE k = 1 OR m.n % 2 = 0`,
  );
  // Mostly partners (about 9.5 per organisation), some staff, viewers and administrators; two known accounts.
  await step(
    'users',
    `INSERT INTO users (email, name, role, organisation_id, locale, time_zone, password_hash)
     SELECT CASE i WHEN 1 THEN '${BENCH_STAFF_EMAIL}' WHEN 2 THEN '${BENCH_PARTNER_EMAIL}' ELSE 'user' || i || '@bench.example' END,
            'Bench user ' || i, r.role, CASE WHEN r.role = 'partner' THEN org.id END,
            (ARRAY['en','ru','kk'])[1 + i % 3], CASE WHEN r.role = 'partner' THEN 'Asia/Almaty' ELSE 'Europe/Brussels' END,
            $1
     FROM generate_series(1, ${users}) AS g(i)
     CROSS JOIN LATERAL (SELECT CASE WHEN i = 1 THEN 'staff' WHEN i = 2 THEN 'partner' WHEN i <= 300 THEN 'staff'
                                     WHEN i <= 450 THEN 'viewer' WHEN i <= 500 THEN 'admin' ELSE 'partner' END AS role) r
     JOIN n_organisation org ON org.n = CASE WHEN i = 2 THEN 0 ELSE i % ${organisations} END`,
    [passwordHash],
  );
  await step(
    'numbering users',
    `CREATE TEMP TABLE n_partner AS SELECT DISTINCT ON (organisation_id) organisation_id, id FROM users
       WHERE role = 'partner' ORDER BY organisation_id, email;
     CREATE TEMP TABLE n_staff AS SELECT row_number() OVER (ORDER BY email)::int - 1 AS n, id FROM users WHERE role = 'staff';
     CREATE UNIQUE INDEX ON n_partner (organisation_id); CREATE UNIQUE INDEX ON n_staff (n)`,
  );
  // Ten reports per milestone on average, by the lead organisation, submitted over the last two years.
  // About 4 % still await review, against the milestone's current version (so that approving them succeeds).
  const chunk = 250_000;
  for (let start = 1; start <= progressUpdates; start += chunk) {
    const end = Math.min(progressUpdates, start + chunk - 1);
    await step(
      `progress updates ${start}-${end}`,
      `INSERT INTO progress_updates (milestone_id, organisation_id, milestone_version, progress, status, narrative,
                                     state, submitted_by_id, submitted_at, reviewed_by_id, reviewed_at, review_comment,
                                     created_at, updated_at)
       SELECT m.id, m.lead_organisation_id, m.version, (g.n * 7) % 101, g.status,
              jsonb_build_object('en', 'Progress on the deliverable, report ' || g.n, 'ru', 'Ход работы, отчёт ' || g.n),
              g.state, p.id, g.at, CASE WHEN g.state <> 'submitted' THEN s.id END,
              CASE WHEN g.state <> 'submitted' THEN g.at + interval '3 days' END,
              CASE WHEN g.state IN ('returned', 'rejected') THEN 'Please add evidence' END, g.at, g.at
       FROM (SELECT n, now() - interval '730 days' + ((n * 104729) % 63072000) * interval '1 second' AS at,
                    (ARRAY['in_progress','in_progress','at_risk','completed','delayed'])[1 + n % 5] AS status,
                    CASE WHEN n % 100 < 86 THEN 'approved' WHEN n % 100 < 91 THEN 'returned'
                         WHEN n % 100 < 96 THEN 'rejected' ELSE 'submitted' END AS state
             FROM generate_series(${start}::bigint, ${end}) n) g
       JOIN n_milestone m ON m.n = 1 + (g.n * 7919) % ${milestones}
       JOIN n_partner p ON p.organisation_id = m.lead_organisation_id
       JOIN n_staff s ON s.n = g.n % 299`,
    );
  }
  // The audit trail: creations and updates of milestones, submissions and reviews of progress updates.
  for (let start = 1; start <= auditEvents; start += chunk) {
    const end = Math.min(auditEvents, start + chunk - 1);
    await step(
      `audit events ${start}-${end}`,
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after, request_id, occurred_at)
       SELECT CASE WHEN g.kind < 4 THEN s.id ELSE p.id END,
              (ARRAY['update','update','approve','create','submit','submit'])[1 + g.kind],
              CASE WHEN g.kind IN (0, 1, 3) THEN 'milestones' ELSE 'progress-updates' END, m.id,
              CASE WHEN g.kind = 3 THEN NULL ELSE jsonb_build_object('id', m.id, 'version', 1 + g.n % 7, 'progress', g.n % 100) END,
              jsonb_build_object('id', m.id, 'version', 2 + g.n % 7, 'progress', (g.n + 10) % 100, 'status', 'in_progress'),
              'bench-' || g.n, now() - interval '730 days' + ((g.n * 15485863::bigint) % 63072000) * interval '1 second'
       FROM (SELECT n, n % 6 AS kind FROM generate_series(${start}::bigint, ${end}) n) g
       JOIN n_milestone m ON m.n = 1 + (g.n * 104723) % ${milestones}
       JOIN n_partner p ON p.organisation_id = m.lead_organisation_id
       JOIN n_staff s ON s.n = g.n % 299`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await ensureDataSet({ fresh: process.argv.includes('--fresh') });
}

/** A free TCP port on 127.0.0.1, for a server the benchmark starts. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Signs a benchmark account in at `base`; returns its access token. */
export async function login(base, email) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`login ${email}: ${response.status} ${await response.text()}`);
  return (await response.json()).accessToken;
}
