import { Box, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  Pagination,
  RecordContextProvider,
  ReferenceManyField,
  useCreatePath,
  useListContext,
  useTranslate,
} from 'react-admin';
import type { AuditEventRecord } from '#contracts';
import { AuditActor, AuditChanges } from './AuditEvent.js';
import { TimestampField } from './DueDateField.js';
import { EnumField } from './StatusField.js';

/** Each event of the record: when, what happened and who, then what it changed field by field. */
function HistoryEntries() {
  const { data, isPending } = useListContext<AuditEventRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (isPending) return null;
  if (!data?.length) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
        {translate('ra.navigation.no_results')}
      </Typography>
    );
  }
  return (
    <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {data.map((event) => (
        <RecordContextProvider key={event.id} value={event}>
          <Box
            component="li"
            sx={{
              py: 1.5,
              display: 'grid',
              gridTemplateColumns: 'minmax(0, 1fr)',
              gap: 1,
              borderBottom: 1,
              borderColor: 'divider',
            }}
          >
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5, alignItems: 'baseline' }}>
              <Typography component="span" sx={{ fontWeight: 500 }}>
                <EnumField source="action" prefix="rex.audit_action" />
              </Typography>
              <TimestampField source="occurredAt" />
              <AuditActor />
              <Link to={createPath({ resource: 'audit-events', id: event.id, type: 'show' })}>
                {translate('rex.audit.open')}
              </Link>
            </Box>
            <AuditChanges />
          </Box>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}

/** The audit trail of the current record, newest first (staff only: the API refuses it to others). */
export function AuditHistory() {
  return (
    <ReferenceManyField
      reference="audit-events"
      target="entityId"
      sort={{ field: 'occurredAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
    >
      <HistoryEntries />
    </ReferenceManyField>
  );
}
