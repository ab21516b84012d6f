/**
 * Dates and times in the reader's language. Chromium ships without Kazakh
 * calendar data (Intl gives "2026 M06 30"), so Kazakh is written here the
 * way CLDR writes it ("2026 ж. 30 мау."); English and Russian use Intl.
 */
const KAZAKH_MONTHS = ['қаң.', 'ақп.', 'нау.', 'сәу.', 'мам.', 'мау.', 'шіл.', 'там.', 'қыр.', 'қаз.', 'қар.', 'жел.'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function partsIn(instant: Date, timeZone: string): Parts {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date or an instant, in a time zone, with or without the time of day. */
export function formatDate(instant: Date, locale: string, options: { timeZone: string; time?: boolean }): string {
  if (locale === 'kk') {
    const p = partsIn(instant, options.timeZone);
    const date = `${p.year} ж. ${p.day} ${KAZAKH_MONTHS[p.month - 1]}`;
    return options.time ? `${date} ${pad(p.hour)}:${pad(p.minute)}` : date;
  }
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(options.time ? { timeStyle: 'short' } : {}),
    timeZone: options.timeZone,
  }).format(instant);
}

/** "Jun 2026" / "июнь 2026 г." / "2026 мау.": the timeline's axis. */
export function formatMonth(instant: Date, locale: string): string {
  if (locale === 'kk') {
    const p = partsIn(instant, 'UTC');
    return `${p.year} ${KAZAKH_MONTHS[p.month - 1]}`;
  }
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instant);
}
