import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, settled, settledText, signIn } from './support/browser.js';
import { serveApp, type ServedApp } from './support/served-app.js';

interface Milestone {
  id: string;
  code: string;
  status: string;
  progress: number;
  version: number;
  title: { en: string; ru?: string; kk?: string };
}

/** Staff monitoring and editing the plan in the browser, against the real API. */
describe('staff dashboard and milestone editing', () => {
  let app: ServedApp;
  let browser: Browser;
  let page: Page;

  const milestones = async (filter: Record<string, unknown>) =>
    (
      await app.t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify(filter))}&sort=["dueDate","ASC"]&range=[0,199]`,
      })
    ).json<Milestone[]>();
  const milestone = async (id: string) =>
    (await app.t.request({ method: 'GET', url: `/api/milestones/${id}` })).json<Milestone>();

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    ({ page } = await newPerson(browser, app.baseUrl));
    await signIn(page, 'staff@demo.example');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the plan by status on the dashboard, each count opening the milestones behind it', async () => {
    const delayed = await milestones({ status: 'delayed' });
    expect(delayed.length).toBeGreaterThan(0);
    const count = page.getByTestId('status-count-delayed');
    expect(await settledText(count, /^\d+Delayed$/)).toBe(`${delayed.length}Delayed`);
    await count.click();
    await page.waitForURL(/#\/milestones\?filter=/);
    const rows = page.locator('tbody tr');
    expect(
      await settled(
        () => rows.count(),
        (count) => count === delayed.length,
      ),
    ).toBe(delayed.length);
    for (const { code } of delayed) await page.getByRole('cell', { name: code, exact: true }).waitFor();
  }, 60_000);

  it("marks today on the timeline by the server's clock, not the browser's", async () => {
    const today = page.getByTestId('timeline-today');
    // The test server's clock stands at 2026-11-27 06:00 UTC, whatever the real date.
    await page.goto(`${app.baseUrl}/#/timeline`);
    expect(await today.getAttribute('aria-label')).toBe('Today: Nov 27, 2026');
    // 02:00 UTC is already the next day in Almaty, the plan's zone (less than a day on: the session's token lasts).
    const was = app.t.clock.now();
    app.t.clock.set(new Date('2026-11-28T02:00:00Z'));
    try {
      await page.reload();
      expect(await today.getAttribute('aria-label')).toBe('Today: Nov 28, 2026');
    } finally {
      app.t.clock.set(was);
    }
  }, 60_000);

  it('edits a milestone title side by side in three languages', async () => {
    const [target] = await milestones({ status: 'in_progress' });
    await page.goto(`/#/milestones/${target.id}/show`);
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(new RegExp(`#/milestones/${target.id}$`));
    await page.getByRole('textbox', { name: 'Title (English)' }).fill('Platform charter drafted');
    await page.getByRole('textbox', { name: 'Title (Kazakh)' }).fill('Платформа жарғысының жобасы');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/milestones/${target.id}/show$`));
    await page.getByText('Platform charter drafted').first().waitFor();

    const saved = await milestone(target.id);
    expect(saved.title).toMatchObject({ en: 'Platform charter drafted', kk: 'Платформа жарғысының жобасы' });
    expect(saved.version).toBe(target.version + 1);
  }, 60_000);

  it('says where "Delayed" comes from, and edits the status as recorded', async () => {
    const [target] = await milestones({ status: 'delayed' });
    const recorded = (await milestone(target.id)) as Milestone & { recordedStatus: string };
    expect(recorded.recordedStatus).not.toBe('delayed');
    const label = { planned: 'Planned', in_progress: 'In progress', at_risk: 'At risk' }[recorded.recordedStatus]!;
    await page.goto(`/#/milestones/${target.id}/show`);
    await expect(page.getByTestId('delayed-explained').textContent()).resolves.toBe(
      `Delayed: the due date has passed. The status recorded is ${label}.`,
    );
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.waitForURL(new RegExp(`#/milestones/${target.id}$`));
    // Not blank: the recorded status, with why the milestone shows otherwise.
    const status = page.getByRole('combobox', { name: 'Status' });
    await expect(settledText(status, label)).resolves.toBe(label);
    const describedBy = await status.getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toContain('comes from the due date');
  }, 60_000);

  it("shows the API's validation errors at the fields and saves nothing", async () => {
    const [target] = await milestones({ status: 'planned' });
    await page.goto(`/#/milestones/${target.id}`);
    const code = page.getByRole('textbox', { name: 'Code' });
    await code.fill('not a code!');
    await page.getByRole('button', { name: 'Save' }).click();
    // The message is the API's, shown under the input it names.
    await page.locator('input[name="code"][aria-invalid="true"]').waitFor();
    const describedBy = await code.getAttribute('aria-describedby');
    const helper = page.locator(`[id="${describedBy}"]`);
    await expect(helper.textContent()).resolves.toMatch(/code may hold letters, digits/);
    await expect(code.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await milestone(target.id)).toMatchObject({ code: target.code, version: target.version });
  }, 60_000);

  it('refuses to overwrite a change made meanwhile by someone else, and reloads it on request', async () => {
    const [target] = await milestones({ status: 'at_risk' });
    // A fresh load, so that no earlier request can bring the new version in behind the test's back.
    await page.goto(`/#/milestones/${target.id}`);
    await page.reload();
    const progress = page.getByRole('spinbutton', { name: 'Progress' });
    expect(
      await settled(
        () => progress.inputValue(),
        (value) => value !== '',
      ),
    ).toBe(String(target.progress));

    // Someone else saves first.
    const other = await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${target.id}`,
      headers: { 'if-match': `W/"${target.version}"` },
      payload: { title: { ...target.title, en: 'Renamed by a colleague' } },
    });
    expect(other.statusCode).toBe(200);

    await progress.fill('45');
    await page.getByRole('button', { name: 'Save' }).click();
    const conflict = page.getByTestId('version-conflict');
    await expect(conflict.textContent()).resolves.toContain('Someone else changed this record');
    await expect(conflict.textContent()).resolves.toContain(`version ${target.version + 1}`);
    // Nothing of ours was written over theirs.
    expect(await milestone(target.id)).toMatchObject({ progress: target.progress, version: target.version + 1 });

    await conflict.getByRole('button', { name: 'Reload' }).click();
    // The reload refetches the record: read the form once it has, not at the click.
    const title = page.getByRole('textbox', { name: 'Title (English)' });
    expect(
      await settled(
        () => title.inputValue(),
        (value) => value === 'Renamed by a colleague',
      ),
    ).toBe('Renamed by a colleague');
    await expect(progress.inputValue()).resolves.toBe(String(target.progress));
    await progress.fill('45');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`#/milestones/${target.id}/show$`));
    expect(await milestone(target.id)).toMatchObject({
      progress: 45,
      title: { en: 'Renamed by a colleague' },
      version: target.version + 2,
    });
  }, 60_000);

  it('walks the plan down its levels: a priority lists its objectives, an objective its milestones', async () => {
    const [priority] = (await app.t.request({ method: 'GET', url: '/api/priorities?sort=["position","ASC"]' })).json<
      Array<{ id: string; code: string }>
    >();
    const objectives = (
      await app.t.request({
        method: 'GET',
        url: `/api/objectives?filter=${encodeURIComponent(JSON.stringify({ priorityId: priority.id }))}&range=[0,99]`,
      })
    ).json<Array<{ id: string; code: string }>>();
    expect(objectives.length).toBeGreaterThan(0);
    await page.goto(`${app.baseUrl}/#/priorities/${priority.id}/show`);
    for (const { code } of objectives) await page.getByRole('cell', { name: code, exact: true }).waitFor();

    const [objective] = objectives;
    const under = await milestones({ objectiveId: objective.id });
    expect(under.length).toBeGreaterThan(0);
    await page.getByRole('cell', { name: objective.code, exact: true }).click();
    await page.waitForURL(new RegExp(`#/objectives/${objective.id}/show$`));
    for (const { code } of under) {
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: code, exact: true }) });
      await row.waitFor();
      // Milestones show their due date and status beside the code; objectives and priorities do not have them.
      expect(await row.getByRole('cell').count()).toBe(5);
    }

    // The objectives list, filtered by its priority, offers the same picker the form uses.
    await page.goto(
      `${app.baseUrl}/#/objectives?filter=${encodeURIComponent(JSON.stringify({ priorityId: priority.id }))}`,
    );
    const rows = page.locator('tbody tr');
    expect(
      await settled(
        () => rows.count(),
        (count) => count === objectives.length,
      ),
    ).toBe(objectives.length);
  }, 60_000);
});
