import { Datagrid, ReferenceManyField, Pagination, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '#contracts';
import { TimestampField } from './DueDateField.js';
import { EnumField } from './StatusField.js';

const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

/** Which fields an audited change touched, with old → new for the plain ones. */
function ChangeSummary() {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const before = record?.before ?? {};
  const after = record?.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (field) => !IGNORED.has(field) && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
  if (!record?.before) return null;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {fields.map((field) => {
        const plain = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value ?? '—'));
        return (
          <li key={field}>
            {translate(`resources.${record.entityType}.fields.${field}`, { _: field })}: {plain(before[field])} →{' '}
            {plain(after[field])}
          </li>
        );
      })}
    </ul>
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
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TimestampField source="occurredAt" />
        <EnumField source="action" prefix="rex.audit_action" />
        <ChangeSummary />
      </Datagrid>
    </ReferenceManyField>
  );
}
