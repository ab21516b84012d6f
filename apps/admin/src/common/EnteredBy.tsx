import { Alert, Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ProgressUpdateRecord } from '#contracts';

/**
 * Marks a progress update EESC staff entered for an organisation: the organisation never wrote it, and
 * whoever entered it does not approve it. Nothing for the organisation's own reports.
 */
export function EnteredByChip({ enteredByStaff }: { enteredByStaff: boolean | undefined }) {
  const translate = useTranslate();
  if (!enteredByStaff) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color="info"
      label={translate('rex.entered.staff_short')}
      title={translate('rex.entered.staff')}
      data-testid="entered-by-staff"
    />
  );
}

/** The list column: who entered the update, when it was staff. */
export function EnteredByField(_props: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<ProgressUpdateRecord>();
  return <EnteredByChip enteredByStaff={record?.enteredByStaff} />;
}

/** The banner of an update's page. */
export function EnteredByNotice() {
  const record = useRecordContext<ProgressUpdateRecord>();
  const translate = useTranslate();
  if (!record?.enteredByStaff) return null;
  return (
    <Alert severity="info" data-testid="entered-by-staff-notice">
      {translate('rex.entered.staff')}
    </Alert>
  );
}
