import { describe, expect, it } from '@jest/globals';
import { LOCALES, type Locale } from '../locale.js';
import { NOTIFICATION_TITLES, STAFF_ENTERED_NOTIFICATION_TITLES } from './notification-words.js';
import { PUBLIC_PAGE_WORDS } from './public-page-words.js';
import { REMINDER_LEADS, REMINDER_WORDS } from './reminder-words.js';
import { REPORT_WORDS } from './report-words.js';
import { STAFF_ALERT_WORDS } from './staff-alert-words.js';

/** Every catalogue of the server's texts (the error messages have their own test, server-messages.spec.ts). */
const CATALOGUES: Record<string, Record<Locale, object>> = {
  REPORT_WORDS,
  PUBLIC_PAGE_WORDS,
  REMINDER_LEADS,
  REMINDER_WORDS,
  STAFF_ALERT_WORDS,
  NOTIFICATION_TITLES,
  STAFF_ENTERED_NOTIFICATION_TITLES,
};

/** Each leaf as text: a string as it is, a function called with sample arguments (numbers read as text too). */
function leaves(tree: object, prefix = ''): Map<string, { kind: string; text: string }> {
  const found = new Map<string, { kind: string; text: string }>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, { kind: 'text', text: value });
    else if (typeof value === 'function') {
      const text = (value as (...args: number[]) => unknown)(...Array.from({ length: value.length }, () => 7));
      found.set(path, { kind: `function/${value.length}`, text: String(text) });
    } else for (const [child, leaf] of leaves(value as object, `${path}.`)) found.set(child, leaf);
  }
  return found;
}

/** Texts that are the same in every language: figures and names only (`42% (name, date)`). */
const SAME_IN_EVERY_LANGUAGE = new Set(['REPORT_WORDS.verifiedBy', 'REPORT_WORDS.reportedBy']);

describe("the server's text catalogues", () => {
  it.each(Object.keys(CATALOGUES))('%s: every key in every language, of the same kind, none empty', (name) => {
    const english = leaves(CATALOGUES[name].en);
    expect(english.size).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const other = leaves(CATALOGUES[name][locale]);
      expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, leaf] of other) {
        expect({ path, kind: leaf.kind }).toEqual({ path, kind: english.get(path)!.kind });
        expect({ path, empty: leaf.text.trim() === '' }).toEqual({ path, empty: false });
      }
    }
  });

  it.each(Object.keys(CATALOGUES))('%s: Russian and Kazakh are not left in English', (name) => {
    const english = leaves(CATALOGUES[name].en);
    for (const locale of ['ru', 'kk'] as const) {
      for (const [path, leaf] of leaves(CATALOGUES[name][locale])) {
        if (SAME_IN_EVERY_LANGUAGE.has(`${name}.${path}`)) continue;
        expect({ path, locale, untranslated: leaf.text === english.get(path)!.text }).toEqual({
          path,
          locale,
          untranslated: false,
        });
      }
    }
  });
});
