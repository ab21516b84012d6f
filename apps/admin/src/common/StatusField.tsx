import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { STATUS_COLOURS, type MilestoneStatus } from './domain.js';

/** A milestone status as a coloured chip with its translated name. */
export function StatusChip({ status }: { status: string | null | undefined }) {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      label={translate(`rex.status.${status}`, { _: status })}
      sx={{ bgcolor: STATUS_COLOURS[status as MilestoneStatus] ?? '#616161', color: '#fff', fontWeight: 500 }}
      data-status={status}
    />
  );
}

export function StatusField({ source = 'status' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <StatusChip status={record?.[source] as string | undefined} />;
}

/** An enumeration value shown by its catalogue name (`rex.state.approved` → "Verified"). */
export function EnumField({ source, prefix }: { source: string; prefix: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  return value ? <span data-value={value}>{translate(`${prefix}.${value}`, { _: value })}</span> : null;
}
