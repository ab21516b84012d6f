import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

interface Summary {
  code: string;
  priorities: Array<{
    code: string;
    milestones: Array<{ code: string; verifiedProgress: number | null; status: string }>;
  }>;
}

/** The public summary: no sign-in, public milestones only, verified figures only. */
describe('the public summary', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let planCode: string;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    partner = await t.user('partner', ids.leadId);
    planCode = (await t.request({ method: 'GET', url: `/api/action-plans/${ids.planId}` })).json<{ code: string }>()
      .code;
    const make = async (key: string, overrides: object) => {
      const m = (await createMilestone(t, ids, overrides)) as unknown as { id: string; code: string };
      codes[key] = m.code;
      return m.id;
    };
    const verifiedId = await make('verified', {
      visibility: 'public',
      title: { en: 'Verified <b>step</b>', kk: 'Тексерілген қадам' },
    });
    await make('reported', { visibility: 'public', title: { en: 'Reported step' } });
    await make('internal', {
      visibility: 'internal',
      title: { en: 'Secret internal step' },
      internalNotes: 'never public',
    });
    const report = async (milestoneId: string, progress: number) =>
      (
        await partner.request({
          method: 'POST',
          url: '/api/progress-updates',
          payload: { milestoneId, progress, status: 'in_progress', narrative: { en: 'n' } },
        })
      ).json<{ id: string }>().id;
    const approved = await report(verifiedId, 30);
    const approval = await t.request({
      method: 'POST',
      url: `/api/progress-updates/${approved}/approve`,
      payload: { version: 1 },
    });
    expect(approval.statusCode).toBe(200);
    // Reported but not verified: the public never sees this figure.
    const milestones = (await t.request({ method: 'GET', url: '/api/milestones' })).json<
      Array<{ id: string; code: string }>
    >();
    await report(milestones.find((m) => m.code === codes.reported)!.id, 77);
  });
  afterAll(() => t.close());

  it('JSON without signing in: public milestones, verified progress, nothing internal', async () => {
    const response = await t.anonymous({ method: 'GET', url: `/api/public/plans/${ids.planId}` });
    expect(response.statusCode).toBe(200);
    const summary = response.json<Summary>();
    const listed = summary.priorities.flatMap((p) => p.milestones);
    expect(listed.map((m) => m.code).sort()).toEqual([codes.verified, codes.reported].sort());
    expect(listed.find((m) => m.code === codes.verified)!.verifiedProgress).toBe(30);
    expect(listed.find((m) => m.code === codes.reported)!.verifiedProgress).toBeNull();
    expect(response.body).not.toMatch(/Secret internal step|never public|internalNotes|reminderContacts|email/);
    // The partner's unverified 77 % is nowhere: each milestone carries exactly these fields.
    for (const milestone of listed) {
      expect(Object.keys(milestone).sort()).toEqual(
        ['code', 'dueDate', 'lead', 'status', 'supporting', 'title', 'verifiedAt', 'verifiedProgress'].sort(),
      );
    }
    expect(listed.map((m) => m.verifiedProgress)).not.toContain(77);
  });

  it('by code too, and lists the plans', async () => {
    const byCode = await t.anonymous({ method: 'GET', url: `/api/public/plans/${encodeURIComponent(planCode)}` });
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json<Summary>().code).toBe(planCode);
    const plans = await t.anonymous({ method: 'GET', url: '/api/public/plans' });
    expect(plans.json<Array<{ id: string }>>().map((p) => p.id)).toContain(ids.planId);
  });

  it('an accessible HTML page for browsers, in the language asked, with what partners wrote escaped', async () => {
    const page = await t.anonymous({
      method: 'GET',
      url: `/api/public/plans/${ids.planId}?lang=kk`,
      headers: { accept: 'text/html,application/xhtml+xml' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers.vary).toContain('Accept');
    expect(page.body).toContain('<html lang="kk">');
    expect(page.body).toContain('Жұмыс барысы туралы ашық шолу');
    expect(page.body).toContain('Тексерілген қадам');
    expect(page.body).toContain('<th scope="col">');
    expect(page.body).not.toContain('<script');
    expect(page.body).not.toContain('Secret internal step');
    const english = await t.anonymous({ method: 'GET', url: `/api/public/plans/${ids.planId}?format=html` });
    expect(english.body).toContain('Verified &lt;b&gt;step&lt;/b&gt;');
    expect(english.body).toContain('30%');
  });

  it('404 for an unknown plan; 400 naming a bad format or language', async () => {
    expect((await t.anonymous({ method: 'GET', url: '/api/public/plans/NOPE' })).statusCode).toBe(404);
    for (const [query, field] of [
      ['format=xml', 'format'],
      ['lang=de', 'lang'],
    ]) {
      const response = await t.anonymous({ method: 'GET', url: `/api/public/plans/${ids.planId}?${query}` });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json<{ errors: object }>().errors)).toEqual([field]);
    }
  });
});
