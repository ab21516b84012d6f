import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations, settledText, signIn } from './support/browser.js';
import { apiToken, findOne, serveApp, type ServedApp } from './support/served-app.js';

interface Milestone {
  id: string;
  code: string;
  version: number;
  title: { en: string; ru?: string };
}

/** Whether the page scrolls sideways: on a phone it must not (a wide table scrolls inside its own box). */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth > root.clientWidth;
  });

/** A Russian member of staff reads the audit trail as a history: record, person, change in words. */
describe('the audit trail in the browser', () => {
  let app: ServedApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let milestone: Milestone;
  const russianTitle = 'Круглый стол по молодёжной политике';

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
    // The staff account reads in Russian: the app starts in the account's language.
    const staff = await findOne<{ name: string }>(app, 'users', { email: 'staff@demo.example' });
    const russian = await app.t.request({
      method: 'PUT',
      url: `/api/users/${staff.id}`,
      headers: { 'if-match': `W/"${staff.version}"` },
      payload: { locale: 'ru' },
    });
    expect(russian.statusCode).toBe(200);
    // The change to read: made by that member of staff, through the API.
    milestone = await findOne<Milestone>(app, 'milestones', { status: 'planned' });
    const changed = await app.t.anonymous({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: {
        authorization: `Bearer ${await apiToken(app, 'staff@demo.example')}`,
        'if-match': `W/"${milestone.version}"`,
      },
      payload: { status: 'at_risk', title: { ...milestone.title, ru: russianTitle } },
    });
    expect(changed.statusCode).toBe(200);
    ({ context, page } = await newPerson(browser, app.baseUrl, null));
    await signIn(page, 'staff@demo.example');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('lists who changed which record: type, code and title in Russian, the person and their organisation', async () => {
    await page.goto('/#/audit-events');
    await page.getByRole('columnheader', { name: 'Запись' }).waitFor();
    const row = page.locator('tbody tr', { hasText: russianTitle });
    expect(await settledText(row, new RegExp(russianTitle))).toContain(milestone.code);
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Этап');
    expect(text).toContain('Изменено');
    expect(text).toContain('Demo REX secretariat');
    expect(text).toContain('EESC-REX');
    // The seed's own records are named too, their creator being the system.
    const seeded = page.locator('tbody tr', { hasText: 'Система' }).first();
    expect(await seeded.textContent()).toMatch(/Создано/);
    // Nothing reads as a resource name and a bare id any more.
    const list = (await page.locator('main').textContent()) ?? '';
    expect(list).not.toMatch(/(milestones|objectives|organisations|users)\s*[0-9a-f]{8}/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  it('filters by record type, named in Russian', async () => {
    await page.getByRole('combobox', { name: 'Тип записи' }).click();
    await page.getByRole('option', { name: 'Организация' }).click();
    await page.waitForURL(/entityType/);
    await expect(
      settledText(page.locator('tbody tr').first(), /Организация/).then((text) => text.includes('Организация')),
    ).resolves.toBe(true);
    await expect(page.locator('tbody tr', { hasText: 'Этап' }).count()).resolves.toBe(0);
  }, 60_000);

  it("shows the change field by field: the field's Russian label, before and after in words", async () => {
    await page.goto(`/#/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityId: milestone.id }))}`);
    // By keyboard: the time of each event is the link that opens it.
    await page.locator('tbody tr', { hasText: 'Изменено' }).getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/audit-events\/[0-9a-f-]+\/show/);
    const status = page.locator('tr[data-field="status"]');
    await status.waitFor();
    await expect(status.locator('th').textContent()).resolves.toBe('Статус');
    await expect(status.locator('[data-side="before"]').textContent()).resolves.toBe('Запланирован');
    await expect(status.locator('[data-side="after"]').textContent()).resolves.toBe('Под угрозой');
    const title = page.locator('tr[data-field="title"]');
    await expect(title.locator('th').textContent()).resolves.toBe('Название');
    await expect(title.locator('[data-side="after"]').textContent()).resolves.toBe(russianTitle);
    // Unchanged and technical fields are not listed.
    await expect(page.locator('tr[data-field="dueDate"], tr[data-field="version"]').count()).resolves.toBe(0);
    await page.getByRole('columnheader', { name: 'До' }).waitFor();
    await page.getByRole('columnheader', { name: 'После' }).waitFor();
    // The raw event is for administrators only.
    await expect(page.getByText('Технические сведения').count()).resolves.toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  }, 60_000);

  it("shows the same change in the milestone's history tab", async () => {
    await page.goto(`/#/milestones/${milestone.id}/show/history`);
    // Newest first: the change, then the seed's creation.
    const status = page.locator('li', { hasText: 'Изменено' }).locator('tr[data-field="status"]');
    await status.waitFor();
    await expect(status.locator('th').textContent()).resolves.toBe('Статус');
    await expect(status.locator('[data-side="after"]').textContent()).resolves.toBe('Под угрозой');
  }, 60_000);

  it('fits a phone: no sideways scrolling of the page, the change table reached by keyboard', async () => {
    await context.close();
    // A phone from the first visit on (a desktop's open side menu would stay open over the page).
    ({ context, page } = await newPerson(browser, app.baseUrl, null));
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'staff@demo.example');
    await page.goto('/#/audit-events');
    await page.getByText(russianTitle).first().waitFor();
    await expect(scrollsSideways(page)).resolves.toBe(false);
    await page.getByText(russianTitle).first().click();
    const changes = page.getByRole('region', { name: 'Изменения' });
    await changes.waitFor();
    await expect(scrollsSideways(page)).resolves.toBe(false);
    // Tab reaches the table's box, which then scrolls with the arrow keys if it is wider than the screen.
    let focused = false;
    for (let presses = 0; presses < 40 && !focused; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await changes.evaluate(
        (box) => (box as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === box,
      );
    }
    expect(focused).toBe(true);
    await context.close();
  }, 60_000);

  it('keeps the raw event behind "Technical details" for an administrator, closed at first', async () => {
    const admin = await newPerson(browser, app.baseUrl);
    await signIn(admin.page, 'admin@demo.example');
    await admin.page.goto(`/#/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityId: milestone.id }))}`);
    await admin.page.locator('tbody tr', { hasText: 'Changed' }).locator('td').first().click();
    const details = admin.page.getByRole('button', { name: 'Technical details' });
    await details.waitFor();
    await expect(details.getAttribute('aria-expanded')).resolves.toBe('false');
    await details.click();
    await admin.page.getByText(`"code": "${milestone.code}"`).first().waitFor();
    await admin.context.close();
  }, 60_000);
});
