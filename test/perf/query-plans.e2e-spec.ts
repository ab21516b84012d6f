import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { milestoneScope, progressUpdateScope, UserRepository } from '#access';
import { AUDIT_EVENT_LIST, type CrudRepository } from '#audit';
import type { ListQuery } from '#kernel';
import { buildListSql, type ListSpec, SqlParams } from '#database';
import { NOTIFICATION_LIST } from '#notifications';
import {
  ActionPlanRepository,
  MilestoneRepository,
  ObjectiveRepository,
  OrganisationRepository,
  PriorityRepository,
} from '#plan';
import { ProgressUpdateRepository } from '#progress';
import { REMINDER_LIST } from '#reminders';
import { ReportRepository } from '#reporting';
import { createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/**
 * No list, filter or sort of the API may read a large table from end to end: with sequential scans
 * discouraged (enable_seqscan = off), a Seq Scan left in a plan means no index can serve that query,
 * and its time would grow with the table. Every sortable and every filterable field of every list is
 * checked, and the full-text search, as an admin and as a partner (scoped) would run them.
 */
const LARGE_TABLES = new Set([
  'milestones',
  'milestone_supporting_organisations',
  'progress_updates',
  'evidence_files',
  'audit_events',
  'reminders',
  'notifications',
  'users',
  'outbox_messages',
  'reports',
]);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function indexesUsed(node: PlanNode): string[] {
  return [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(indexesUsed)];
}

function seqScans(node: PlanNode): string[] {
  const own =
    node['Node Type'] === 'Seq Scan' && LARGE_TABLES.has(node['Relation Name'] ?? '') ? [node['Relation Name']!] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

function sampleValue(type: string, values?: readonly string[]): unknown {
  if (values?.length) return values[0];
  switch (type) {
    case 'uuid':
      return randomUUID();
    case 'date':
      return '2027-01-01';
    case 'timestamp':
      return '2027-01-01T00:00:00Z';
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    default:
      return 'x';
  }
}

/** Every query a list can be asked: each sort (both orders), each filter, the search. */
function queriesOf(spec: ListSpec): Array<[string, ListQuery]> {
  const range = { start: 0, end: 24 };
  const queries: Array<[string, ListQuery]> = [['default', { sort: null, range, filter: {} }]];
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.sortable) {
      for (const order of ['ASC', 'DESC'] as const) {
        queries.push([`sort ${name} ${order}`, { sort: { field: name, order }, range, filter: {} }]);
      }
    }
    if (field.filterable !== false) {
      queries.push([
        `filter ${name}`,
        { sort: null, range, filter: { [name]: sampleValue(field.type, field.values) } },
      ]);
    }
  }
  for (const [name] of Object.entries(spec.customFilters ?? {})) {
    if (name === 'q') continue;
    queries.push([`filter ${name}`, { sort: null, range, filter: { [name]: randomUUID() } }]);
  }
  if (spec.searchVector || spec.customFilters?.q)
    queries.push(['search', { sort: null, range, filter: { q: 'seminar' } }]);
  return queries;
}

/** A query to plan: its name, the list it runs on, the query, and the scope added in SQL. */
type Case = [string, ListSpec, ListQuery, (params: SqlParams) => string[]];

describe('query plans: no list, filter or sort scans a large table', () => {
  let t: TestApp;
  let ids: Ids;
  const cases: Case[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    // Enough rows for real statistics.
    await t.db.query(
      `INSERT INTO milestones (objective_id, code, title, due_date, lead_organisation_id, status, visibility)
       SELECT $1, 'B.M' || n, jsonb_build_object('en', 'Seminar ' || n, 'ru', 'Семинар ' || n), DATE '2026-01-01' + (n % 900),
         $2, (ARRAY['planned','in_progress','at_risk','completed'])[1 + n % 4], CASE WHEN n % 3 = 0 THEN 'public' ELSE 'internal' END
       FROM generate_series(1, 3000) n`,
      [ids.objectiveId, ids.leadId],
    );
    // And progress updates on them, one word of each narrative in a hundred being "seminar".
    await t.db.query(
      `INSERT INTO progress_updates (milestone_id, organisation_id, milestone_version, progress, status, narrative)
       SELECT m.id, m.lead_organisation_id, 1, 10, 'in_progress',
         jsonb_build_object('en', CASE WHEN n % 100 = 0 THEN 'Seminar held' ELSE 'Work continues ' || n END)
       FROM generate_series(1, 3) r, LATERAL (SELECT row_number() OVER () + r * 10000 AS n, id, lead_organisation_id
         FROM milestones WHERE code LIKE 'B.M%') m`,
    );
    await t.db.query('ANALYZE');
    const partner = { userId: randomUUID(), role: 'partner' as const, organisationId: ids.leadId, requestId: null };
    const repositories: Array<[string, CrudRepository<{ id: string; version: number }>]> = [
      ['action-plans', t.app.get(ActionPlanRepository)],
      ['priorities', t.app.get(PriorityRepository)],
      ['objectives', t.app.get(ObjectiveRepository)],
      ['milestones', t.app.get(MilestoneRepository)],
      ['organisations', t.app.get(OrganisationRepository)],
      ['users', t.app.get(UserRepository)],
      ['progress-updates', t.app.get(ProgressUpdateRepository)],
      ['reports', t.app.get(ReportRepository)],
    ];
    const none = () => [];
    for (const [resource, repository] of repositories) {
      const spec = repository.listSpec(t.clock.now());
      for (const [what, query] of queriesOf(spec)) cases.push([`${resource}: ${what}`, spec, query, none]);
    }
    for (const [resource, spec] of [
      ['audit-events', AUDIT_EVENT_LIST],
      ['reminders', REMINDER_LIST],
    ] as const) {
      for (const [what, query] of queriesOf(spec)) cases.push([`${resource}: ${what}`, spec, query, none]);
    }
    // Notifications are always read by their owner.
    const own = (params: SqlParams) => [`n.user_id = ${params.add(randomUUID())}::uuid`];
    for (const [what, query] of queriesOf(NOTIFICATION_LIST)) {
      cases.push([`notifications: ${what}`, NOTIFICATION_LIST, query, own]);
    }
    // As partners run them: organisation scoping added in SQL.
    const milestones = t.app.get(MilestoneRepository).listSpec(t.clock.now());
    for (const [what, query] of queriesOf(milestones)) {
      cases.push([`milestones as a partner: ${what}`, milestones, query, milestoneScope(partner)]);
    }
    const updates = t.app.get(ProgressUpdateRepository).listSpec();
    for (const [what, query] of queriesOf(updates)) {
      cases.push([`progress-updates as a partner: ${what}`, updates, query, progressUpdateScope(partner)]);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('checks a few hundred queries', () => {
    expect(cases.length).toBeGreaterThan(150);
  });

  /** Runs `work` with sequential scans discouraged, giving it the plan of a case's page or count statement. */
  const withSeqScansOff = (
    work: (plan: (testCase: Case, part: 'page' | 'count') => Promise<PlanNode>) => Promise<void>,
  ) =>
    t.db.transaction(async (tx) => {
      await tx.query('SET LOCAL enable_seqscan = off');
      await work(async ([, spec, query, scope], part) => {
        const params = new SqlParams();
        const sql = buildListSql(spec, query, params, scope(params));
        const [statement, values] = part === 'page' ? [sql.page, sql.pageParams] : [sql.count, sql.countParams];
        const [row] = await tx.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (FORMAT JSON) ${statement}`,
          values,
        );
        return row['QUERY PLAN'][0].Plan;
      });
    });

  it('uses an index for every one of them (page and count)', async () => {
    const offenders: string[] = [];
    await withSeqScansOff(async (plan) => {
      for (const testCase of cases) {
        for (const part of ['page', 'count'] as const) {
          const scans = seqScans(await plan(testCase, part));
          if (scans.length > 0) {
            offenders.push(`${testCase[0]} (${part}): Seq Scan on ${[...new Set(scans)].join(', ')}`);
          }
        }
      }
    });
    expect(offenders).toEqual([]);
  }, 120_000);

  it('counts every full-text search through the search index of its table, not by reading rows one by one', async () => {
    // The tables this suite fills; on a handful of rows a planner rightly prefers another path.
    const large = ['milestones', 'progress-updates', 'users'];
    const searches = cases.filter(([name]) => large.some((resource) => name === `${resource}: search`));
    expect(searches).toHaveLength(large.length);
    const offenders: string[] = [];
    await withSeqScansOff(async (plan) => {
      for (const testCase of searches) {
        const table = testCase[1].from.split(' ')[0];
        const used = indexesUsed(await plan(testCase, 'count'));
        if (!used.includes(`ix_${table}_search`)) offenders.push(`${testCase[0]}: ${used.join(', ') || 'no index'}`);
      }
    });
    expect(offenders).toEqual([]);
  }, 60_000);
});
