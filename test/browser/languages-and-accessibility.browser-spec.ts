import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPerson, seriousAxeViolations, settledText, signIn } from './support/browser.js';
import { apiToken, DEMO_PASSWORD, findOne, serveApp, type ServedApp } from './support/served-app.js';

/** The interface in Kazakh, and the main pages checked with axe-core, in the browser against the real API. */
interface Storage {
  getItem(key: string): string | null;
}

describe('languages and accessibility of the admin app', () => {
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    [app, browser] = await Promise.all([serveApp(), launchBrowser()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('switches the whole interface to Kazakh, formats dates for it, and remembers the choice', async () => {
    const english = await findOne<{ code: string }>(app, 'milestones', { status: 'planned' });
    // A milestone written in English only: Kazakh readers see the English title, marked as such.
    const untranslated = await app.t.request({
      method: 'PUT',
      url: `/api/milestones/${english.id}`,
      headers: { 'if-match': `W/"${english.version}"` },
      payload: { title: { en: 'Only in English so far' } },
    });
    expect(untranslated.statusCode).toBe(200);

    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, 'staff@demo.example');
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('menuitem', { name: 'Қазақша' }).click();

    // Our messages and react-admin's own, in Kazakh.
    await page.getByRole('heading', { name: 'Кезеңдер мәртебесі бойынша' }).waitFor();
    await page.getByRole('menuitem', { name: 'Тексеру кезегі' }).waitFor();
    await expect(
      page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang,
      ),
    ).resolves.toBe('kk');
    await expect(
      page.evaluate(() => (globalThis as unknown as { localStorage: Storage }).localStorage.getItem('RaStore.locale')),
    ).resolves.toBe('"kk"');

    await page.getByRole('menuitem', { name: 'Кезеңдер' }).click();
    await page.getByText('Беттегі жолдар:').waitFor();
    await page.getByRole('columnheader', { name: 'Мерзімі' }).waitFor();
    // Dates as Kazakh writes them: "2025 ж. 30 мау." (year first, with "ж.").
    const firstDue = page.locator('tbody tr').first().locator('time');
    expect(await settledText(firstDue, /ж\./)).toMatch(/^\d{4} ж\. \d{1,2} \S+/);
    await page.goto(`/#/milestones?filter=${encodeURIComponent(JSON.stringify({ code: english.code }))}`);
    const row = page.locator('tbody tr', { hasText: english.code });
    await expect(row.locator('abbr').textContent()).resolves.toBe('EN');
    await expect(row.locator('abbr').getAttribute('title')).resolves.toBe('Аударма жоқ');

    // The edit form marks the languages still to translate.
    await page.goto(`/#/milestones/${english.id}`);
    await expect(page.getByTestId('missing-translation-title').textContent()).resolves.toBe('Аударма жоқ: RU, KK');

    // Still Kazakh after a reload, and after signing out and in again.
    await page.reload();
    await page.getByRole('menuitem', { name: 'Шолу' }).waitFor();
    await page.getByRole('button', { name: /^Тіл: Қазақша/ }).waitFor();
    // Signing out resets react-admin's store, but not the language.
    await page.getByRole('button', { name: 'Demo REX secretariat' }).click();
    await page.getByRole('menuitem', { name: 'Шығу' }).click();
    await page.getByRole('button', { name: 'Кіру' }).waitFor();
    await page.getByRole('textbox', { name: 'Электрондық пошта' }).fill('staff@demo.example');
    await page.getByRole('textbox', { name: 'Құпиясөз' }).fill('demo');
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Кезеңдер мәртебесі бойынша' }).waitFor();
    await context.close();
  }, 90_000);

  const check = async (page: Page, path: string, ready: (page: Page) => Promise<unknown>) => {
    await page.goto(path);
    await ready(page);
    return { path, violations: await seriousAxeViolations(page) };
  };

  it('has no serious or critical axe-core violations on the main pages', async () => {
    const milestone = await findOne(app, 'milestones', { status: 'in_progress' });
    const organisation = await findOne(app, 'organisations', { shortCode: 'KZ-FTU' });
    const results = [];

    const anonymous = await newPerson(browser, app.baseUrl);
    results.push(
      await check(anonymous.page, '/#/login', (page) => page.getByRole('button', { name: 'Sign in' }).waitFor()),
    );
    await anonymous.context.close();

    const partner = await newPerson(browser, app.baseUrl);
    await signIn(partner.page, 'kz-ftu@demo.example');
    results.push(
      await check(partner.page, '/#/my-milestones', (page) =>
        page.locator('[data-testid^="my-milestone-"]').first().waitFor(),
      ),
    );
    const own = await findOne(app, 'milestones', { organisationId: organisation.id, status: 'in_progress' });
    results.push(
      await check(partner.page, `/#/report/${own.id}`, (page) =>
        page.getByRole('slider', { name: 'Progress (%)' }).waitFor(),
      ),
    );
    await partner.context.close();

    const staff = await newPerson(browser, app.baseUrl);
    await signIn(staff.page, 'staff@demo.example');
    const pages: Array<[string, (page: Page) => Promise<unknown>]> = [
      ['/#/', (page) => page.getByTestId('progress-by-priority').waitFor()],
      ['/#/milestones', (page) => page.locator('tbody tr').first().waitFor()],
      [`/#/milestones/${milestone.id}/show`, (page) => page.getByTestId('figures-verified').waitFor()],
      [`/#/milestones/${milestone.id}`, (page) => page.getByRole('textbox', { name: 'Title (English)' }).waitFor()],
      ['/#/review-queue', (page) => page.getByText('Nothing is awaiting review.').waitFor()],
      ['/#/timeline', (page) => page.getByTestId('timeline-today').waitFor()],
      ['/#/organisations', (page) => page.locator('tbody tr').first().waitFor()],
      [
        '/#/progress-updates',
        // exact: once the empty list has loaded, react-admin adds a heading "No Progress updates yet."
        (page) => page.getByRole('heading', { name: 'Progress updates', exact: true }).waitFor(),
      ],
    ];
    for (const [path, ready] of pages) results.push(await check(staff.page, path, ready));
    await staff.context.close();

    expect(results.filter((result) => result.violations.length > 0)).toEqual([]);
    expect(results).toHaveLength(11);
  }, 120_000);

  it('lets a person change their password: errors at the field, signed out elsewhere, signed in here', async () => {
    const email = 'viewer@demo.example';
    const elsewhere = await apiToken(app, email);
    const { page, context } = await newPerson(browser, app.baseUrl);
    await signIn(page, email);
    await page.getByRole('button', { name: 'Demo plenary member' }).click();
    await page.getByRole('menuitem', { name: 'Change password' }).click();
    await page.waitForURL(/#\/password$/);
    await page.getByRole('heading', { name: 'Change your password' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const current = page.getByLabel('Current password *');
    const fresh = page.getByLabel('New password *', { exact: true });
    const again = page.getByLabel('New password again *');
    const save = page.getByRole('button', { name: 'Change password' });
    // The two new passwords must match (checked here), the current one must be right (checked by the API).
    await current.fill('not my password');
    await fresh.fill('a much longer new password');
    await again.fill('a much longer new passwort');
    await save.click();
    await page.getByText('The two new passwords differ').waitFor();
    await again.fill('a much longer new password');
    await save.click();
    await page.getByText('is not correct').waitFor();
    expect(page.url()).toMatch(/#\/password$/);

    await current.fill(DEMO_PASSWORD);
    await save.click();
    await page.getByText('Your password is changed').waitFor();
    await page.waitForURL((url) => url.hash === '#/');
    // Still signed in here, with the new token; the token from before is refused everywhere.
    await page.getByTestId('progress-by-priority').waitFor();
    const stale = await app.t.anonymous({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${elsewhere}` },
    });
    expect(stale.statusCode).toBe(401);
    await context.close();

    const signInWith = async (password: string) =>
      app.t.anonymous({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    expect((await signInWith(DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await signInWith('a much longer new password')).statusCode).toBe(200);
  }, 60_000);

  it("starts in the language of the person's account until they choose one", async () => {
    // Focal points in Kazakhstan have Russian accounts in the demo data.
    const { page, context } = await newPerson(browser, app.baseUrl, null);
    await signIn(page, 'kz-ftu@demo.example');
    await page.getByRole('menuitem', { name: 'Мои этапы' }).waitFor();
    await page.getByRole('button', { name: /^Язык: Русский/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'My milestones' }).waitFor();
    await page.reload();
    await page.getByRole('menuitem', { name: 'My milestones' }).waitFor();
    await context.close();
  }, 60_000);
});
