import { Box } from '@mui/material';
import {
  Datagrid,
  DateTimeInput,
  List,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import type { AuditEventRecord } from '#contracts';
import { AUDIT_ACTIONS, choicesOf } from '../../common/domain.js';
import { TimestampField } from '../../common/DueDateField.js';
import { useRole } from '../../common/permissions.js';
import { EnumField } from '../../common/StatusField.js';
import { ReferenceName } from '../../common/ReferenceName.js';

const filters = [
  <SelectInput key="action" source="action" choices={choicesOf(AUDIT_ACTIONS, 'rex.audit_action')} alwaysOn />,
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <DateTimeInput key="occurredAt_gte" source="occurredAt_gte" />,
];

/** Who made a change: users are visible to administrators only, so others see the account id. */
function Actor(_props: { label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  const { isAdmin } = useRole();
  if (!record?.actorId) return <span>system</span>;
  return isAdmin ? (
    <ReferenceName source="actorId" reference="users" titleSource="name" />
  ) : (
    <code>{record.actorId.slice(0, 8)}</code>
  );
}

/** The record the event is about, linked when the admin has a page for it. */
function EntityLink(_props: { label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  if (!record) return null;
  return (
    <a href={`#/${record.entityType}/${record.entityId}/show`}>
      {record.entityType} {record.entityId.slice(0, 8)}
    </a>
  );
}

export function AuditEventList() {
  return (
    <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TimestampField source="occurredAt" />
        <EnumField source="action" prefix="rex.audit_action" />
        <EntityLink label="resources.audit-events.fields.entityId" />
        <Actor label="resources.audit-events.fields.actorId" />
      </Datagrid>
    </List>
  );
}

function Json({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  return (
    <Box component="pre" sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', maxWidth: 900 }}>
      {JSON.stringify(record?.[source] ?? null, null, 2)}
    </Box>
  );
}

export function AuditEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TimestampField source="occurredAt" />
        <EnumField source="action" prefix="rex.audit_action" />
        <EntityLink label="resources.audit-events.fields.entityId" />
        <Actor label="resources.audit-events.fields.actorId" />
        <TextField source="requestId" />
        <TextField source="clientRequestId" />
        <Json source="before" />
        <Json source="after" />
      </SimpleShowLayout>
    </Show>
  );
}
