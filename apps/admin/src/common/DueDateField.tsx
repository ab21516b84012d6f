import { Box, Tooltip, Typography } from '@mui/material';
import { useGetIdentity, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from './dates.js';
import { deadlineInstant, formatCalendarDate } from './due-date.js';

/** The reader's time zone: their account's, else their browser's. */
export function useReaderTimeZone(): string {
  const { identity } = useGetIdentity();
  return (identity?.timeZone as string | undefined) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A due date in the reader's language with the plan's time zone, and, when the
 * reader lives elsewhere, the moment it ends in their own time zone.
 */
export function DueDate({
  date,
  planTimeZone,
  compact,
}: {
  date: string | null | undefined;
  planTimeZone?: string;
  /** Lists: the date alone, the time zones in its tooltip. */
  compact?: boolean;
}) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const readerZone = useReaderTimeZone();
  if (!date) return null;
  const zone = planTimeZone ?? 'Asia/Almaty';
  const shown = formatCalendarDate(date, locale);
  // The last minute of the due date in the plan's zone, told in the reader's.
  const ends = formatDate(new Date(deadlineInstant(date, zone).getTime() - 60_000), locale, {
    timeZone: readerZone,
    time: true,
  });
  const yourTime = translate('rex.due.your_time', { time: ends, zone: readerZone });
  return (
    <Tooltip title={`${translate('rex.due.in_zone', { zone })}; ${yourTime}`}>
      <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column' }}>
        <time dateTime={date}>{shown}</time>
        {compact ? null : (
          <Typography component="span" variant="caption" color="text.secondary">
            {zone === readerZone ? translate('rex.due.in_zone', { zone }) : yourTime}
          </Typography>
        )}
      </Box>
    </Tooltip>
  );
}

export function DueDateField({
  source = 'dueDate',
  compact,
}: {
  source?: string;
  label?: string;
  sortable?: boolean;
  compact?: boolean;
}) {
  const record = useRecordContext();
  return (
    <DueDate
      date={record?.[source] as string | undefined}
      planTimeZone={record?.timeZone as string | undefined}
      compact={compact}
    />
  );
}

/** A timestamp (UTC in the API) in the reader's language and time zone. */
export function Timestamp({ value }: { value: string | null | undefined }) {
  const [locale] = useLocaleState();
  const zone = useReaderTimeZone();
  if (!value) return null;
  return <time dateTime={value}>{formatDate(new Date(value), locale, { timeZone: zone, time: true })}</time>;
}

export function TimestampField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <Timestamp value={record?.[source] as string | undefined} />;
}

/** A calendar date (start date, adoption date) in the reader's language. */
export function CalendarDateField({ source }: { source: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source] as string | null | undefined;
  return value ? <time dateTime={value}>{formatCalendarDate(value, locale)}</time> : null;
}
