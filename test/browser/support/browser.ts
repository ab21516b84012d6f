import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from './served-app.js';

/** Debian's Chromium, which CI installs with apt-get (.ci/run); Playwright's own download is not reachable here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A fresh browser profile (its own localStorage): one per signed-in person.
 * Unless `language` is null, the person has already chosen that interface
 * language (English by default), as after a first visit; with null, the app
 * starts in their account's language.
 */
export async function newPerson(
  browser: Browser,
  baseUrl: string,
  language: 'en' | 'ru' | 'kk' | null = 'en',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 1400, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
  });
  context.setDefaultTimeout(15_000);
  if (language) {
    await context.addInitScript((chosen) => {
      const storage = (
        globalThis as unknown as {
          localStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
        }
      ).localStorage;
      if (storage.getItem('RaStore.locale') === null) storage.setItem('RaStore.locale', JSON.stringify(chosen));
    }, language);
  }
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the login page, as a person does. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.hash !== '' && !url.hash.startsWith('#/login'));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's WCAG 2.1 A/AA rules on the page as it is now; returns the
 * violations of serious or critical impact (the bar the issue sets).
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as {
      document: { getAnimations: () => Array<{ finished: Promise<unknown>; effect: AnimationEffectLike | null }> };
      axe: { run: (context: unknown, options: unknown) => Promise<unknown> };
    };
    interface AnimationEffectLike {
      getComputedTiming: () => { endTime?: number | string };
    }
    // A snackbar fading in is half-transparent: its contrast is measured once the transitions that end have
    // ended (spinners loop forever and are left running).
    const ending = page.document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    await Promise.race([
      Promise.all(ending.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]);
    const result = (await page.axe.run(page.document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
    };
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * A value read from the page once it settles: polls `read` until `done` holds
 * (or the timeout), then returns the last value, for the test's own assertion
 * to report. Lists and counts load after the page shows.
 */
export async function settled<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = performance.now() + timeoutMs;
  let value = await read();
  while (!done(value) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The locator's text once it matches `expected` (or the last text seen). */
export function settledText(locator: Locator, expected: RegExp | string, timeoutMs = 10_000): Promise<string> {
  return settled(
    async () => (await locator.textContent()) ?? '',
    (text) => (typeof expected === 'string' ? text === expected : expected.test(text)),
    timeoutMs,
  );
}
