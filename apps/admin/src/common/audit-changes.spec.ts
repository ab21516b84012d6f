import { describe, expect, it } from '@jest/globals';
import { domainRussian } from '../i18n/ru.js';
import { fieldChanges, shownValue, type ValueReader } from './audit-changes.js';

/** The catalogue's lookup as polyglot does it, on the Russian catalogue (and react-admin's yes/no). */
function russian(key: string, options: Record<string, unknown> = {}): string {
  const messages: Record<string, unknown> = { ...domainRussian, ra: { boolean: { true: 'Да', false: 'Нет' } } };
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  return typeof found === 'string' ? found : ((options._ as string | undefined) ?? key);
}

const reader = (field: string, resource = 'milestones'): ValueReader => ({
  resource,
  field,
  locale: 'ru',
  timeZone: 'Asia/Almaty',
  translate: russian,
});

describe('the fields an audited change touched', () => {
  const before = {
    id: 'a',
    version: 3,
    updatedAt: '2026-11-01T10:00:00Z',
    code: 'P1.O1.M1',
    title: { en: 'Seminar', ru: 'Семинар' },
    dueDate: '2027-06-30',
    status: 'planned',
    supportingOrganisationIds: ['x'],
  };
  const after = {
    ...before,
    version: 4,
    updatedAt: '2026-11-27T06:00:00Z',
    title: { ru: 'Семинар в Астане', en: 'Seminar' },
    status: 'at_risk',
  };

  it('lists only what changed, without the technical fields, in the catalogue order', () => {
    expect(fieldChanges(before, after, ['code', 'title', 'dueDate', 'status'])).toEqual([
      { path: ['title'], before: before.title, after: after.title },
      { path: ['status'], before: 'planned', after: 'at_risk' },
    ]);
  });

  it('gives a creation the fields that have a value, with nothing before', () => {
    expect(fieldChanges(null, { id: 'a', code: 'P1', internalNotes: '', title: { en: 'T' } })).toEqual([
      { path: ['code'], before: undefined, after: 'P1' },
      { path: ['title'], before: undefined, after: { en: 'T' } },
    ]);
  });

  it("names the seed's columns as the API names its fields, without the search index's words", () => {
    expect(
      fieldChanges(null, { id: 'a', due_date: '2027-06-30', objective_id: 'o', search_vector: "'seminar':1" }),
    ).toEqual([
      { path: ['dueDate'], before: undefined, after: '2027-06-30' },
      { path: ['objectiveId'], before: undefined, after: 'o' },
    ]);
  });

  it('opens a settings object into its own fields', () => {
    expect(
      fieldChanges(
        { reminderSettings: { daysBefore: [7], graceDays: 2 } },
        { reminderSettings: { daysBefore: [14, 7], graceDays: 2 } },
      ),
    ).toEqual([{ path: ['reminderSettings', 'daysBefore'], before: [7], after: [14, 7] }]);
  });

  it('finds nothing when nothing differs (a password change records only that it happened)', () => {
    expect(fieldChanges({ password: 'changed' }, { password: 'changed' })).toEqual([]);
  });
});

describe('a value as the reader reads it', () => {
  it('translatable texts in the reader language, with their language', () => {
    expect(shownValue({ en: 'Seminar', ru: 'Семинар' }, reader('title'))).toEqual({ text: 'Семинар', lang: 'ru' });
    expect(shownValue({ en: 'Seminar' }, reader('title'))).toEqual({ text: 'Seminar', lang: 'en' });
  });

  it('enumerations by their catalogue names', () => {
    expect(shownValue('at_risk', reader('status')).text).toBe('Под угрозой');
    expect(shownValue('approved', reader('state', 'progress-updates')).text).toBe(domainRussian.rex.state.approved);
    expect(shownValue('staff', reader('role', 'users')).text).toBe(domainRussian.rex.role.staff);
    expect(shownValue('cso', reader('type', 'organisations')).text).toBe(domainRussian.rex.organisation_type.cso);
  });

  it('dates in the reader format, times in the reader zone, yes and no, numbers', () => {
    expect(shownValue('2027-06-30', reader('dueDate')).text).toBe('30 июн. 2027 г.');
    expect(shownValue('2026-11-27T06:00:00.000Z', reader('reviewedAt')).text).toBe('27 нояб. 2026 г., 11:00');
    expect(shownValue(true, reader('enteredByStaff')).text).toBe('Да');
    expect(shownValue(40, reader('progress')).text).toBe('40 %');
    expect(shownValue(null, reader('startDate')).text).toBe('—');
  });

  it('lists as their items, an item by its values', () => {
    expect(shownValue(['a', 'b'], reader('tags')).text).toBe('a, b');
    expect(shownValue([{ url: 'https://e.example/a', title: 'Minutes' }], reader('evidence')).text).toBe(
      'https://e.example/a · Minutes',
    );
  });
});
