import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify } from 'csv-stringify/sync';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations, settled, settledText, signIn } from './support/browser.js';
import { findOne, serveApp, type ServedApp } from './support/served-app.js';

interface Milestone {
  id: string;
  code: string;
  progress: number;
  version: number;
}

/** The columns of the import template (docs/api.md, "Import"), in the order a person would fill them. */
const IMPORT_COLUMNS = ['objective', 'code', 'title.en', 'title.ru', 'title.kk', 'dueDate', 'lead', 'visibility'];

/**
 * Reports to the plenary, calendar feeds, the milestone import and the list
 * exports, in the browser against the real API.
 */
describe('reporting and data exchange in the admin app', () => {
  let app: ServedApp;
  let browser: Browser;
  let staff: { context: BrowserContext; page: Page };

  /** The file a download delivered, once it has finished. */
  const downloaded = async (download: Download) => readFile(await download.path());
  const reportCount = async () =>
    (await app.t.request({ method: 'GET', url: '/api/reports?range=[0,99]' })).json<unknown[]>().length;

  /** Reports → Create → Save: the three clicks the issue asks for; returns the new report's id. */
  const makeReportInThreeClicks = async (page: Page) => {
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    await page.getByRole('link', { name: 'Create' }).click();
    // The one plan is chosen and the title filled in: nothing to type.
    await expect(settledText(page.getByRole('combobox', { name: 'Action plan' }), 'REX/587')).resolves.toBe('REX/587');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/reports\/[0-9a-f-]{36}\/show$/);
    return /#\/reports\/([0-9a-f-]{36})\/show$/.exec(page.url())![1];
  };

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    staff = await newPerson(browser, app.baseUrl);
    await signIn(staff.page, 'staff@demo.example');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('makes the plenary report in three clicks and downloads it as a DOCX that reads back', async () => {
    const { page } = staff;
    const before = await reportCount();
    const reportId = await makeReportInThreeClicks(page);
    expect(await reportCount()).toBe(before + 1);
    await page
      .getByText(/^Report to the plenary, /)
      .first()
      .waitFor();
    await page.getByText("This is the plan's first report").waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download DOCX' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const docx = await downloaded(download);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    expect(text).toContain('REX/587');
    expect(text).toContain('Dumitru Fornea');

    // The same report in Kazakh, as a spreadsheet.
    await page.getByRole('combobox', { name: 'Language of the file' }).click();
    await page.getByRole('option', { name: 'Қазақша' }).click();
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download XLSX' }).click(),
    ]);
    expect((await downloaded(xlsx)).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(reportId).toBeTruthy();
  }, 90_000);

  it('lists what changed since the last report, each milestone linking to itself', async () => {
    const { page } = staff;
    const target = await findOne<Milestone>(app, 'milestones', { status: 'in_progress' });
    const moved = Math.min(target.progress + 20, 95);
    const edit = await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${target.id}`,
      headers: { 'if-match': `W/"${target.version}"` },
      payload: { progress: moved },
    });
    expect(edit.statusCode).toBe(200);

    await makeReportInThreeClicks(page);
    const progress = page.getByTestId('changes-progress');
    await expect(settledText(progress, new RegExp(target.code))).resolves.toContain(
      `${target.code}: ${target.progress}% → ${moved}% (+${moved - target.progress})`,
    );
    await expect(page.getByTestId('report-changes').textContent()).resolves.toContain('milestones changed: 1');
    // Nothing else moved between the two reports.
    await expect(page.getByTestId('changes-added').count()).resolves.toBe(0);
    await expect(page.getByTestId('changes-removed').count()).resolves.toBe(0);

    // The list counts the changed milestones of each report: 1 for this one, a dash for the first.
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    const rows = page.locator('tbody tr');
    expect(
      await settled(
        () => rows.count(),
        (count) => count === 2,
      ),
    ).toBe(2);
    // (The test clock stands still: both reports were taken at the same instant, so their order is not asserted.)
    const counts = await rows.evaluateAll((found) =>
      found.map(
        (row) => (row as unknown as { lastElementChild: { textContent: string } }).lastElementChild.textContent,
      ),
    );
    expect(counts.sort()).toEqual(['1', '—']);

    await rows.filter({ has: page.locator('td:last-child', { hasText: /^1$/ }) }).click();
    await page.getByTestId('changes-progress').getByRole('link', { name: target.code }).click();
    await page.waitForURL(new RegExp(`#/milestones/${target.id}/show$`));
  }, 90_000);

  it('exports the filtered milestone list through the API, every matching row and no other', async () => {
    const { page } = staff;
    const delayed = (
      await app.t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ status: 'delayed' }))}&range=[0,999]`,
      })
    ).json<Milestone[]>();
    await page.goto(`/#/milestones?filter=${encodeURIComponent(JSON.stringify({ status: 'delayed' }))}`);
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Export as CSV' }).click(),
    ]);
    const csv = (await downloaded(download)).toString('utf8');
    const codes = delayed.map((milestone) => milestone.code).sort();
    expect(codes.length).toBeGreaterThan(0);
    // One line per delayed milestone, after the header.
    expect(csv.trim().split(/\r?\n/).length - 1).toBe(codes.length);
    for (const code of codes) expect(csv).toContain(code);
  }, 60_000);

  it('checks an import file, lists every row’s problems, and imports a correct one', async () => {
    const { page } = staff;
    const objective = await findOne<{ code: string }>(app, 'objectives', {});
    const lead = await findOne<{ shortCode: string }>(app, 'organisations', { shortCode: 'KZ-FTU' });
    const csv = (rows: string[][]) => Buffer.from(stringify([IMPORT_COLUMNS, ...rows]), 'utf8');
    const row = (overrides: Record<string, string> = {}) => {
      const values: Record<string, string> = {
        objective: objective.code,
        code: '',
        'title.en': 'Joint seminar on social dialogue',
        'title.ru': 'Совместный семинар по социальному диалогу',
        'title.kk': 'Әлеуметтік диалог туралы бірлескен семинар',
        dueDate: '2027-06-30',
        lead: lead.shortCode,
        visibility: 'public',
        ...overrides,
      };
      return IMPORT_COLUMNS.map((column) => values[column]);
    };
    const before = await findOne<{ id: string }>(app, 'action-plans', { code: 'REX/587' }).then(
      async (plan) =>
        (
          await app.t.request({
            method: 'GET',
            url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ actionPlanId: plan.id }))}&range=[0,999]`,
          })
        ).json<unknown[]>().length,
    );

    await page.getByRole('menuitem', { name: 'Import milestones' }).click();
    await page.getByRole('heading', { name: '2. Check your file' }).waitFor();
    const file = page.getByTestId('import-file');
    await file.setInputFiles({
      name: 'milestones.csv',
      mimeType: 'text/csv',
      buffer: csv([row(), row({ lead: 'NOBODY' }), row({ dueDate: '2027-02-30', 'title.ru': '' })]),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('2 of 3 rows have problems').waitFor();
    const problems = page.getByRole('table', { name: 'Problems found in the file' });
    await expect(problems.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(3);
    await expect(problems.getByTestId('import-problem-3').textContent()).resolves.toMatch(/lead.*NOBODY/);
    await expect(problems.getByTestId('import-problem-4').allTextContents()).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^4.*dueDate/), expect.stringMatching(/^4.*title\.ru/)]),
    );
    await expect(page.getByRole('button', { name: /^Import the milestones/ }).isDisabled()).resolves.toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await file.setInputFiles({
      name: 'milestones-fixed.csv',
      mimeType: 'text/csv',
      buffer: csv([row(), row({ 'title.en': 'Follow-up seminar', 'title.ru': 'Повторный семинар' })]),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('All rows are valid (2).').waitFor();
    await page.getByRole('button', { name: 'Import the milestones (2)' }).click();
    await expect(settledText(page.getByTestId('import-done'), /created/)).resolves.toContain('Milestones created: 2.');
    const plan = await findOne<{ id: string }>(app, 'action-plans', { code: 'REX/587' });
    const after = (
      await app.t.request({
        method: 'GET',
        url: `/api/milestones?filter=${encodeURIComponent(JSON.stringify({ actionPlanId: plan.id }))}&range=[0,999]`,
      })
    ).json<unknown[]>().length;
    expect(after).toBe(before + 2);
  }, 90_000);

  it('lets a partner subscribe to its due dates and revoke the address', async () => {
    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, 'kz-ftu@demo.example');
    // Reports show every organisation's milestones: no way to them for a partner.
    await page.getByRole('menuitem', { name: 'Calendar feeds' }).waitFor();
    await expect(page.getByRole('menuitem', { name: 'Reports' }).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Subscribe in my calendar' }).click();
    await page.getByRole('textbox', { name: 'Label' }).fill('KZ-FTU team calendar');
    await page.getByRole('button', { name: 'Save' }).click();
    const address = page.getByRole('textbox', { name: 'Subscription address' });
    const url = await settled(
      () => address.inputValue().catch(() => ''),
      (value) => value !== '',
    );
    expect(url).toMatch(/\/api\/calendar\/[^/]+\.ics$/);
    await page.getByText('It is shown only now').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The address works without signing in (the API builds it on PUBLIC_URL; here the app listens elsewhere).
    const feedPath = new URL(url).pathname;
    const feed = await fetch(`${app.baseUrl}${feedPath}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = await feed.text();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('BEGIN:VEVENT');

    await page.getByRole('link', { name: 'Back to the calendar feeds' }).click();
    const row = page.locator('tbody tr', { hasText: 'KZ-FTU team calendar' });
    await row.waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(
      settled(
        () => row.count(),
        (count) => count === 0,
      ),
    ).resolves.toBe(0);
    expect((await fetch(`${app.baseUrl}${feedPath}`)).status).toBe(404);
    await context.close();
  }, 90_000);

  it('shows viewers the reports and their downloads, but no way to make, correct or delete one', async () => {
    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, 'viewer@demo.example');
    await page.getByRole('menuitem', { name: 'Reports' }).click();
    // The dashboard the viewer lands on has tables too: wait for the reports list itself before clicking a row.
    await page.waitForURL(/#\/reports$/);
    await page.locator('tbody tr', { hasText: 'Report to the plenary' }).first().click();
    await page.getByRole('button', { name: 'Download PDF' }).waitFor();
    for (const name of ['Create', 'Edit', 'Delete']) {
      await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(0);
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole('menuitem', { name: 'Import milestones' }).count()).resolves.toBe(0);
    await context.close();
  }, 60_000);

  it('has no serious accessibility violation on the reports pages, and links to the public summary', async () => {
    const { page } = staff;
    await page.goto('/#/reports');
    await page.locator('tbody tr').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('tbody tr').first().click();
    await page.getByTestId('report-changes').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto('/#/reports/create');
    await page.getByRole('button', { name: 'Save' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const plan = await findOne<{ id: string }>(app, 'action-plans', { code: 'REX/587' });
    await page.goto(`/#/action-plans/${plan.id}/show`);
    const link = page.getByRole('link', { name: 'Public summary' });
    const href = (await link.getAttribute('href')) as string;
    const summary = await fetch(`${app.baseUrl}${href}`);
    expect(summary.status).toBe(200);
    expect(summary.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(summary.text()).resolves.toContain('REX/587');

    // Visitors without an account find it under the sign-in form.
    const visitor = await newPerson(browser, app.baseUrl);
    await visitor.page.goto('/#/login');
    const fromLogin = visitor.page.getByRole('link', { name: 'public summary of REX/587' });
    expect(await fromLogin.getAttribute('href')).toBe(href);
    await visitor.context.close();
  }, 90_000);
});
