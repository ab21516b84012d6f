import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '../locale.js';
import { SERVER_CATALOGUES } from './index.js';

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
});
