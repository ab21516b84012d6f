// Query plans of the benchmarked reads (not a test): runs each route's statements through the app's own
// repositories on the bench database, captures the SQL, and prints EXPLAIN (ANALYZE, BUFFERS) for each.
// Run after `npm run bench:data`: `node test/bench/explain.mjs` (BENCH_DATABASE_URL as for the benchmark).
import 'reflect-metadata';
import pg from 'pg';
import { SystemClock } from '#config';
import { parseListQuery } from '#kernel';
import { MilestoneRepository } from '#plan';
import { CompletenessRepository, CompletenessService } from '#progress';
import { BENCH_DATABASE_URL } from './data.mjs';

pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

const pool = new pg.Pool({ connectionString: BENCH_DATABASE_URL, max: 2 });
let captured = [];
const db = {
  query: (sql, params) => {
    captured.push({ sql, params });
    return pool.query(sql, params).then((result) => result.rows);
  },
};
const clock = new SystemClock();
const milestones = new MilestoneRepository(db, clock);
const completeness = new CompletenessService(new CompletenessRepository(db), clock);
const staff = { userId: null, role: 'staff', organisationId: null, requestId: null };
const j = JSON.stringify;

try {
  const [{ id: plan }] = (await pool.query(`SELECT id FROM action_plans ORDER BY code LIMIT 1`)).rows;
  const [{ id: milestone }] = (await pool.query(`SELECT id FROM milestones LIMIT 1`)).rows;
  const routes = {
    list: () =>
      milestones.list(
        parseListQuery({
          filter: j({ actionPlanId: plan, status: 'in_progress' }),
          sort: j(['dueDate', 'ASC']),
          range: j([0, 24]),
        }),
      ),
    'by-id': () => milestones.get(milestone),
    search: () =>
      milestones.list(parseListQuery({ filter: j({ q: 'erasmus' }), sort: j(['dueDate', 'ASC']), range: j([0, 24]) })),
    'dashboard-counts': () =>
      milestones.list(parseListQuery({ filter: j({ status: 'delayed', actionPlanId: plan }), range: j([0, 0]) })),
    'dashboard-completeness': () => completeness.report(staff, { actionPlanId: plan }),
  };
  const only = process.argv.slice(2);
  for (const [name, run] of Object.entries(routes)) {
    if (only.length > 0 && !only.includes(name)) continue;
    captured = [];
    await run();
    for (const { sql, params } of captured) {
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(`\n### ${name}: ${sql.replace(/\s+/g, ' ').slice(0, 160)}...`);
      console.log(plan.rows.map((row) => row['QUERY PLAN']).join('\n'));
    }
  }
} finally {
  await pool.end();
}
