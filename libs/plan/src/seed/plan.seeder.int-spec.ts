import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Database } from '#database';
import { createMigratedDatabase } from '../../../../test/support/test-database.js';
import { PlanSeeder } from './plan.seeder.js';
import { REX_587_PLAN } from './rex-587.plan-data.js';

describe('seeding the REX/587 plan', () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  let db: Database;
  let seeder: PlanSeeder;

  const snapshot = () =>
    db.query<Record<string, number>>(`SELECT
      (SELECT count(*)::int FROM organisations) AS organisations,
      (SELECT count(*)::int FROM action_plans) AS plans,
      (SELECT count(*)::int FROM priorities) AS priorities,
      (SELECT count(*)::int FROM objectives) AS objectives,
      (SELECT count(*)::int FROM milestones) AS milestones,
      (SELECT count(*)::int FROM milestone_supporting_organisations) AS supporting,
      (SELECT count(*)::int FROM audit_events) AS audit,
      (SELECT coalesce(sum(version), 0)::int FROM milestones) AS versions`);

  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = new Database(database.dataSource);
    seeder = new PlanSeeder(db);
  });
  afterAll(() => database.drop());

  it('loads the opinion, its five priorities and the illustrative objectives and milestones', async () => {
    const result = await seeder.seed(REX_587_PLAN);
    const objectives = REX_587_PLAN.priorities.flatMap((priority) => priority.objectives);
    const milestones = objectives.flatMap((objective) => objective.milestones);
    expect(result.created).toEqual({
      organisations: REX_587_PLAN.organisations.length,
      actionPlans: 1,
      priorities: 5,
      objectives: objectives.length,
      milestones: milestones.length,
    });
    const [plan] = await db.query<{ code: string; time_zone: string }>('SELECT code, time_zone FROM action_plans');
    expect(plan).toEqual({ code: 'REX/587', time_zone: 'Asia/Almaty' });
    const codes = await db.query<{ code: string }>('SELECT code FROM priorities ORDER BY position');
    expect(codes.map((row) => row.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    const [{ n }] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM milestones WHERE code ~ '^P[1-5]\\.O\\d+\\.M\\d+$'`,
    );
    expect(n).toBe(milestones.length);
    const [{ audited }] = await db.query<{ audited: number }>(
      `SELECT count(*)::int AS audited FROM audit_events WHERE action = 'create' AND actor_id IS NULL`,
    );
    expect(audited).toBe(REX_587_PLAN.organisations.length + 1 + 5 + objectives.length + milestones.length);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    const again = await seeder.seed(REX_587_PLAN);
    expect(Object.values(again.created).every((count) => count === 0)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('does not overwrite what staff changed since', async () => {
    await db.query(`UPDATE milestones SET progress = 33, version = version + 1 WHERE code = 'P1.O1.M1'`);
    await seeder.seed(REX_587_PLAN);
    const [row] = await db.query<{ progress: number }>(`SELECT progress FROM milestones WHERE code = 'P1.O1.M1'`);
    expect(row.progress).toBe(33);
  });

  it('refuses seed data that names an unknown organisation, and writes nothing of it', async () => {
    const before = await snapshot();
    const broken = structuredClone(REX_587_PLAN);
    broken.code = 'BROKEN/1';
    broken.priorities[0].objectives[0].milestones[0].lead = 'NO-SUCH-ORG';
    await expect(seeder.seed(broken)).rejects.toThrow(/NO-SUCH-ORG/);
    expect(await snapshot()).toEqual(before);
  });
});
