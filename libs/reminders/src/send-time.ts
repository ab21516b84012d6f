import { DateTime } from 'luxon';

/** Reminders arrive at the start of the recipient's working day. */
export const SEND_HOUR = 9;

/** The instant of 09:00 on `date` (YYYY-MM-DD) in `timeZone`, daylight saving included. */
export function sendInstant(date: string, timeZone: string): Date {
  const local = DateTime.fromISO(`${date}T${String(SEND_HOUR).padStart(2, '0')}:00`, { zone: timeZone });
  if (!local.isValid) throw new Error(`Cannot place ${date} 09:00 in ${timeZone}: ${local.invalidExplanation}`);
  return local.toJSDate();
}
