import { describe, expect, it } from '@jest/globals';
import englishReactAdmin from 'ra-language-english';
import { domainEnglish } from './en.js';
import { domainKazakh } from './kk.js';
import kazakhReactAdmin from './kk-react-admin.js';
import { mergeMessages } from './merge-messages.js';
import {
  AUDIT_ACTIONS,
  MILESTONE_STATUSES,
  ORGANISATION_TYPES,
  PROGRESS_UPDATE_STATES,
  REMINDER_STATES,
  ROLES,
  VISIBILITIES,
} from '../common/domain.js';
import { domainRussian } from './ru.js';

type Tree = { [key: string]: string | Tree };

/** `{ra: {action: {save: 'Save'}}}` → `{'ra.action.save': 'Save'}`, as polyglot reads it. */
function flatten(tree: unknown, prefix = ''): Record<string, string> {
  return Object.entries(tree as Tree).reduce<Record<string, string>>(
    (flat, [key, value]) =>
      typeof value === 'string'
        ? { ...flat, [`${prefix}${key}`]: value }
        : { ...flat, ...flatten(value, `${prefix}${key}.`) },
    {},
  );
}

const placeholders = (text: string) => (text.match(/%\{\w+\}/g) ?? []).sort();

describe('the interface catalogues', () => {
  it("label every value of the server's enumerations, in every language", () => {
    const enumerations: Array<[string, readonly string[]]> = [
      ['rex.status', MILESTONE_STATUSES],
      ['rex.state', PROGRESS_UPDATE_STATES],
      ['rex.visibility', VISIBILITIES],
      ['rex.role', ROLES],
      ['rex.organisation_type', ORGANISATION_TYPES],
      ['rex.audit_action', AUDIT_ACTIONS],
      ['rex.reminder_state', REMINDER_STATES],
    ];
    for (const catalogue of [domainEnglish, domainRussian, domainKazakh].map((tree) => flatten(tree))) {
      for (const [prefix, values] of enumerations) {
        for (const value of values)
          expect([`${prefix}.${value}`, catalogue[`${prefix}.${value}`]]).toEqual([
            `${prefix}.${value}`,
            expect.any(String),
          ]);
      }
    }
  });

  it('translate every react-admin message into Kazakh', () => {
    expect(Object.keys(flatten(kazakhReactAdmin)).sort()).toEqual(Object.keys(flatten(englishReactAdmin)).sort());
  });

  it('translate every one of our messages into Russian and Kazakh, keeping the placeholders', () => {
    const english = flatten(domainEnglish);
    for (const catalogue of [flatten(domainRussian), flatten(domainKazakh)]) {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect([key, placeholders(catalogue[key])]).toEqual([key, placeholders(text)]);
      }
    }
  });

  it('are written in Kazakh, not left in English', () => {
    const english = flatten(domainEnglish);
    const kazakh = flatten(domainKazakh);
    const leftInEnglish = Object.keys(english).filter(
      (key) => kazakh[key] === english[key] && /[a-z]{3}/i.test(english[key]),
    );
    // Only the name of English itself, written in English in every language's switcher.
    expect(leftInEnglish).toEqual(['rex.language.en']);
  });

  it('fill keys a catalogue lacks from the one beneath, at any depth', () => {
    expect(
      mergeMessages({ ra: { action: { save: 'Save', undo: 'Undo' } } }, { ra: { action: { save: 'Сақтау' } } }),
    ).toEqual({
      ra: { action: { save: 'Сақтау', undo: 'Undo' } },
    });
  });
});
