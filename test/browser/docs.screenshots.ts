import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, signIn } from './support/browser.js';
import { apiToken, findOne, serveApp, type ServedApp } from './support/served-app.js';

/**
 * `npm run screenshots`: the pictures of docs/ui.md and the README, taken
 * from the real app on the demo data, so they change when the app does.
 */
const FOLDER = path.resolve('docs/screenshots');

describe('documentation screenshots', () => {
  let app: ServedApp;
  let browser: Browser;

  const shoot = async (page: Page, name: string, ready: () => Promise<unknown>) => {
    await ready();
    // Let lazy chunks, fonts and MUI transitions settle before the picture.
    await page.waitForTimeout(400);
    const file = path.join(FOLDER, `${name}.png`);
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  };

  beforeAll(async () => {
    mkdirSync(FOLDER, { recursive: true });
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('takes the partner pages', async () => {
    const organisation = await findOne(app, 'organisations', { shortCode: 'KZ-FTU' });
    const milestone = await findOne(app, 'milestones', { organisationId: organisation.id, status: 'in_progress' });
    const { page, context } = await newPerson(browser, app.baseUrl);
    await page.goto('/#/login');
    await shoot(page, 'login', () => page.getByRole('button', { name: 'Sign in' }).waitFor());
    await signIn(page, 'kz-ftu@demo.example');
    await shoot(page, 'my-milestones', () => page.locator('[data-testid^="my-milestone-"]').first().waitFor());
    await page.goto(`/#/report/${milestone.id}`);
    await page
      .getByRole('textbox', { name: 'What happened (in your language)' })
      .fill('Two regional workshops on labour standards held in Karaganda and Pavlodar.');
    await shoot(page, 'report-progress', () => page.getByRole('slider', { name: 'Progress (%)' }).waitFor());
    await context.close();
  }, 90_000);

  it('takes the staff pages', async () => {
    const organisation = await findOne(app, 'organisations', { shortCode: 'KZ-FTU' });
    const reported = await findOne(app, 'milestones', { organisationId: organisation.id, status: 'in_progress' });
    const token = await apiToken(app, 'kz-ftu@demo.example');
    const update = await app.t.anonymous({
      method: 'POST',
      url: '/api/progress-updates',
      headers: { authorization: `Bearer ${token}` },
      payload: {
        milestoneId: reported.id,
        progress: Math.min(Number(reported.progress) + 15, 100),
        status: 'in_progress',
        narrative: { en: 'Two regional workshops held; minutes attached.' },
        evidence: [{ url: 'https://example.org/kz-ftu/workshops', title: 'Minutes' }],
      },
    });
    const updateId = update.json<{ id: string }>().id;
    const planned = await findOne(app, 'milestones', { status: 'planned' });

    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, 'staff@demo.example');
    await shoot(page, 'dashboard', () => page.getByTestId('progress-by-priority').waitFor());
    await page.goto('/#/milestones');
    await shoot(page, 'milestones', () => page.locator('tbody tr').first().waitFor());
    await page.goto(`/#/milestones/${reported.id}/show`);
    await shoot(page, 'milestone', () => page.getByTestId('figures-verified').waitFor());
    await page.goto(`/#/milestones/${planned.id}`);
    await shoot(page, 'milestone-edit', () => page.getByRole('textbox', { name: 'Title (Kazakh)' }).waitFor());
    await page.goto('/#/review-queue');
    await shoot(page, 'review-queue', () => page.locator('tbody tr').first().waitFor());
    await page.goto(`/#/progress-updates/${updateId}/show`);
    await shoot(page, 'review', () => page.getByRole('button', { name: 'Approve' }).waitFor());
    await page.goto('/#/timeline');
    await shoot(page, 'timeline', () => page.getByTestId('timeline-today').waitFor());
    await page.goto('/#/');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Қазақша' }).click();
    await shoot(page, 'dashboard-kk', () =>
      page.getByRole('heading', { name: 'Кезеңдер мәртебесі бойынша' }).waitFor(),
    );
    await context.close();
  }, 120_000);

  it('takes the reporting pages', async () => {
    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, 'staff@demo.example');
    // A first report, then a month's work, then the report the picture shows with its changes.
    const makeReport = async () => {
      await page.goto('/#/reports/create');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/reports\/[0-9a-f-]{36}\/show$/);
    };
    await makeReport();
    const moved = await findOne(app, 'milestones', { status: 'in_progress' });
    await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${moved.id}`,
      headers: { 'if-match': `W/"${moved.version}"` },
      payload: { progress: 100, status: 'completed' },
    });
    const late = await findOne(app, 'milestones', { status: 'planned' });
    await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${late.id}`,
      headers: { 'if-match': `W/"${late.version}"` },
      payload: { dueDate: '2027-12-31' },
    });
    await makeReport();
    // Without react-admin's "created" notice over the changes.
    await page.reload();
    await shoot(page, 'report', () => page.getByTestId('changes-progress').waitFor());

    const objective = await findOne<{ code: string }>(app, 'objectives', {});
    const columns = ['objective', 'code', 'title.en', 'title.ru', 'dueDate', 'lead', 'supporting'];
    const file = stringify([
      columns,
      [objective.code, '', 'Joint seminar on social dialogue', 'Совместный семинар', '2027-06-30', 'KZ-FTU', ''],
      [objective.code, '', 'Regional hearing in Shymkent', '', '2027-02-30', 'KZ-FTU', 'NOBODY'],
      ['P9.O9', '', 'Study visit to Brussels', 'Учебный визит в Брюссель', '2027-09-15', 'UNKNOWN', ''],
    ]);
    await page.goto('/#/import-milestones');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'milestones.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await shoot(page, 'import', () => page.getByTestId('import-dry-run').waitFor());
    await context.close();
  }, 120_000);
});
