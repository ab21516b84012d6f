import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../locale.js';
import { SERVER_CATALOGUES } from './index.js';

/**
 * One value for every parameter a message takes (message-words.ts), by its name: a message with a parameter not
 * here writes "undefined", which the test below refuses.
 */
const SAMPLE_PARAMETERS = {
  seconds: 7,
  action: 'search',
  limit: 7,
  megabytes: 7,
  parameter: 'sort',
  reason: 'REASON',
  resource: 'milestone',
  id: '7',
  version: 7,
  exported: 6,
  field: 'dueDate',
  method: 'GET',
  path: '/api/x',
  status: 'completed',
  text: 'Library text',
  roles: ['admin', 'staff'],
  detail: 'Parser detail',
  position: 7,
  problem: 'PROBLEM',
  mediaType: 'text/plain',
  values: ['planned', 'delayed'],
  first: 'csv',
  second: 'xlsx',
  other: 'periodFrom',
  rule: 'ck_rule',
  min: 7,
  max: 7,
  kinds: ['PDF', 'PNG image'],
  levels: 7,
  items: 7,
  keys: 7,
  rows: 7,
  sortable: ['code', 'dueDate'],
  use: ['from', 'to'],
  total: 7,
  estimated: true,
  change: 'delete',
  state: 'approved',
  did: 'entered',
  step: 'approve',
  code: 'P1.O1.M1',
  refusal: 'newUpdate',
  reported: 7,
  current: 8,
  columns: ['title.ru'],
  line: 7,
  codes: ['EU-CSO'],
  row: 7,
  invalid: 7,
  each: true,
  pattern: '/^[A-Z]$/',
};

/**
 * Each leaf as text: a string as it is, a function called with sample arguments (numbers read as text too; a
 * message of `messages` with the sample parameters).
 */
function leaves(tree: object, prefix = ''): Map<string, { kind: string; text: string }> {
  const found = new Map<string, { kind: string; text: string }>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (typeof value === 'string') found.set(path, { kind: 'text', text: value });
    else if (typeof value === 'function') {
      // A message takes its parameters as one object, and may leave some out (Russian names no parser detail).
      const message = path.startsWith('messages.');
      const args = message ? [SAMPLE_PARAMETERS] : Array.from({ length: value.length }, () => 7);
      const text = (value as (...args: unknown[]) => unknown)(...args);
      found.set(path, { kind: message ? 'message' : `function/${value.length}`, text: String(text) });
    } else for (const [child, leaf] of leaves(value as object, `${path}.`)) found.set(child, leaf);
  }
  return found;
}

/** Texts that are the same in every language: figures and names only (`42% (name, date)`). */
const SAME_IN_EVERY_LANGUAGE = new Set(['report.verifiedBy', 'report.reportedBy']);

// The compiler already refuses a language file without a key of ServerCatalogue; this also catches a key of
// `Record<string, …>` (the review states), an empty text, a function of another arity, and a copy of English.
describe("the server's text catalogues", () => {
  it('hold every English key in every language, of the same kind, none empty, none left in English', () => {
    const english = leaves(SERVER_CATALOGUES.en);
    expect(english.size).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const other = leaves(SERVER_CATALOGUES[locale]);
      expect({ locale, paths: [...other.keys()].sort() }).toEqual({ locale, paths: [...english.keys()].sort() });
      for (const [path, leaf] of other) {
        const en = english.get(path)!;
        expect({ locale, path, kind: leaf.kind, empty: leaf.text.trim() === '' }).toEqual({
          locale,
          path,
          kind: en.kind,
          empty: false,
        });
        if (locale === 'en' || SAME_IN_EVERY_LANGUAGE.has(path)) continue;
        expect({ locale, path, untranslated: leaf.text === en.text }).toEqual({ locale, path, untranslated: false });
      }
    }
  });

  it('write every message with all its parameters, none missing', () => {
    for (const locale of LOCALES) {
      for (const [path, leaf] of leaves(SERVER_CATALOGUES[locale])) {
        expect({ locale, path, text: leaf.text }).not.toEqual({
          locale,
          path,
          text: expect.stringMatching(/undefined|NaN|\[object/),
        });
      }
    }
  });
});
