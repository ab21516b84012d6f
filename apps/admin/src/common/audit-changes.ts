import { LOCALES } from '#contracts';
import { formatDate } from './dates.js';
import { formatCalendarDate } from './due-date.js';
import { translate as inLanguage, type Translatable } from './translatable.js';

/**
 * What every stored record has, and changes with any edit (or is derived for the database's own use, as the
 * search index's words): it says nothing of what was changed.
 */
const TECHNICAL = new Set(['id', 'version', 'createdAt', 'updatedAt', 'searchVector']);

/** One row of a change: a field (`title`), or a field inside an object (`reminderSettings.daysBefore`). */
export interface FieldChange {
  path: string[];
  /** `undefined` when the event has no "before" (a creation) or no "after" (a deletion). */
  before: unknown;
  after: unknown;
}

type Snapshot = Record<string, unknown>;

const isObject = (value: unknown): value is Snapshot =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `{en, ru?, kk?}`: an object whose keys are languages and whose values are texts. */
export function isTranslatable(value: unknown): value is Translatable {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((key) => (LOCALES as readonly string[]).includes(key)) &&
    Object.values(value).every((text) => text === null || typeof text === 'string')
  );
}

/** Equal as JSON, whatever the order of the keys. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isTranslatable(value)) return Object.values(value).every((text) => !text);
  return false;
}

/** The seed records its rows as the table has them (`due_date`): named as the API names them (`dueDate`). */
function camelKeys(snapshot: Snapshot | null | undefined): Snapshot | null {
  if (!snapshot) return null;
  return Object.fromEntries(
    Object.entries(snapshot).map(([key, value]) => [
      key.replace(/_([a-z0-9])/g, (_, next: string) => next.toUpperCase()),
      value,
    ]),
  );
}

/**
 * The fields a change touched, in `order` (the catalogue's order of the record's fields), the others after:
 * unchanged and technical fields left out, and for a creation or a deletion the fields that had a value.
 * A settings object (not a translatable text) is opened into its own fields, one row each.
 */
export function fieldChanges(
  before: Snapshot | null | undefined,
  after: Snapshot | null | undefined,
  order: readonly string[] = [],
): FieldChange[] {
  const rows: FieldChange[] = [];
  const walk = (old: Snapshot | null, now: Snapshot | null, path: string[]) => {
    const keys = [...new Set([...Object.keys(old ?? {}), ...Object.keys(now ?? {})])];
    for (const key of keys) {
      if (path.length === 0 && TECHNICAL.has(key)) continue;
      const was = old?.[key];
      const is = now?.[key];
      if ((old && now && same(was, is)) || (isEmpty(was) && isEmpty(is))) continue;
      const opens = path.length === 0 && [was, is].some(isObject) && ![was, is].some(isTranslatable);
      if (opens && [was, is].every((value) => isObject(value) || value === null || value === undefined)) {
        walk(isObject(was) ? was : old && {}, isObject(is) ? is : now && {}, [key]);
        continue;
      }
      rows.push({ path: [...path, key], before: old ? was : undefined, after: now ? is : undefined });
    }
  };
  walk(camelKeys(before), camelKeys(after), []);
  const rank = (row: FieldChange) => {
    const index = order.indexOf(row.path[0]);
    return index === -1 ? order.length : index;
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row);
}

/** Fields whose values are one of the API's enumerations, by the catalogue prefix that names them. */
const ENUMERATIONS: Record<string, string> = {
  status: 'rex.status',
  recordedStatus: 'rex.status',
  state: 'rex.state',
  visibility: 'rex.visibility',
  role: 'rex.role',
  enteredByRole: 'rex.role',
  locale: 'rex.language',
};
const RESOURCE_ENUMERATIONS: Record<string, Record<string, string>> = {
  organisations: { type: 'rex.organisation_type' },
  'calendar-feeds': { kind: 'rex.calendar_feeds.kind' },
};

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface ValueReader {
  /** The audited resource (`milestones`) and the field the value is of (the last of its path). */
  resource: string;
  field: string;
  locale: string;
  timeZone: string;
  translate: (key: string, options?: Record<string, unknown>) => string;
}

/** A value as a reader reads it; `lang` when it is a text in a language of its own. */
export interface ShownValue {
  text: string;
  lang?: string;
}

/**
 * One value of a snapshot in the reader's language: texts in their language (else English), enumerations by
 * their catalogue names, dates in the reader's format (times in their zone), yes or no, numbers as numbers.
 */
export function shownValue(value: unknown, reader: ValueReader): ShownValue {
  const { translate, locale, field } = reader;
  if (isEmpty(value)) return { text: translate('rex.fields.none') };
  if (typeof value === 'boolean') return { text: translate(`ra.boolean.${value}`) };
  if (typeof value === 'number') {
    const number = new Intl.NumberFormat(locale).format(value);
    return { text: field === 'progress' ? `${number} %` : number };
  }
  if (typeof value === 'string') {
    const prefix = RESOURCE_ENUMERATIONS[reader.resource]?.[field] ?? ENUMERATIONS[field];
    if (prefix) return { text: translate(`${prefix}.${value}`, { _: value }) };
    if (CALENDAR_DATE.test(value)) return { text: formatCalendarDate(value, locale) };
    if (TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))) {
      return { text: formatDate(new Date(value), locale, { timeZone: reader.timeZone, time: true }) };
    }
    return { text: value };
  }
  if (isTranslatable(value)) {
    const shown = inLanguage(value, locale);
    return { text: shown.text, lang: shown.locale ?? undefined };
  }
  if (Array.isArray(value)) {
    return { text: value.map((item) => shownValue(item, reader).text).join(', ') };
  }
  if (isObject(value)) {
    // An item of a list (an evidence link, a reminder contact): its values, each read by its own field.
    return {
      text: Object.entries(value)
        .filter(([, item]) => !isEmpty(item))
        .map(([key, item]) => shownValue(item, { ...reader, field: key }).text)
        .join(' · '),
    };
  }
  return { text: String(value) };
}
