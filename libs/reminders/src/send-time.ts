import { DateTime } from 'luxon';

/** Reminders arrive at the start of the recipient's working day. */
export const SEND_HOUR = 9;

/** The instant of 09:00 on `date` (YYYY-MM-DD) in `timeZone`, daylight saving included. */
export function sendInstant(date: string, timeZone: string): Date {
  const local = DateTime.fromISO(`${date}T${String(SEND_HOUR).padStart(2, '0')}:00`, { zone: timeZone });
  if (!local.isValid) throw new Error(`Cannot place ${date} 09:00 in ${timeZone}: ${local.invalidExplanation}`);
  return local.toJSDate();
}

/** A due date as a recipient reads it, e.g. "31 March 2027" / "31 марта 2027 г.". */
const formatted = new Map<string, string>();

export function formatDueDate(date: string, locale: string): string {
  const key = `${date}|${locale}`;
  let text = formatted.get(key);
  if (text === undefined) {
    const intlLocale = locale === 'kk' ? 'kk-KZ' : locale === 'ru' ? 'ru-RU' : 'en-GB';
    text = DateTime.fromISO(date, { zone: 'UTC' }).setLocale(intlLocale).toLocaleString(DateTime.DATE_FULL);
    // Bounded: due dates and three languages.
    if (formatted.size < 10_000) formatted.set(key, text);
  }
  return text;
}
