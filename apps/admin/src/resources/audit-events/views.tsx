import { useMediaQuery, type Theme } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  List,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextInput,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { AUDITED_RESOURCES, type AuditEventRecord } from '#contracts';
import {
  AuditActor,
  AuditChanges,
  AuditSubject,
  AuditTechnicalDetails,
  useRecordTypeName,
} from '../../common/AuditEvent.js';
import { AUDIT_ACTIONS, choicesOf } from '../../common/domain.js';
import { Timestamp, TimestampField, useReaderTimeZone } from '../../common/DueDateField.js';
import { todayIn, zoneOffsetMinutes } from '../../common/due-date.js';
import { ListActions } from '../../common/ListActions.js';
import { EnumField } from '../../common/StatusField.js';

/** The instant a calendar day starts in a time zone (its midnight there). */
function startOfDay(date: string, timeZone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  return new Date(midnightAsUtc - zoneOffsetMinutes(new Date(midnightAsUtc), timeZone) * 60_000);
}

/**
 * A day of the reader's calendar as the API's period bound: "from" its first instant, "to" its last, in the
 * reader's time zone (the one the trail's times are shown in), so that "to 27 Nov" includes the 27th.
 */
function DayInput({ source, end }: { source: string; end?: boolean; alwaysOn?: boolean }) {
  const timeZone = useReaderTimeZone();
  return (
    <DateInput
      source={source}
      format={(value: string | null | undefined) => (value ? todayIn(timeZone, new Date(value)) : '')}
      parse={(value: string) => {
        if (!value) return null;
        if (!end) return startOfDay(value, timeZone).toISOString();
        const [year, month, day] = value.split('-').map(Number);
        const next = new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
        return new Date(startOfDay(next, timeZone).getTime() - 1).toISOString();
      }}
    />
  );
}

/** The record types, named in the reader's language. */
function RecordTypeInput(props: { source: string; alwaysOn?: boolean }) {
  const typeName = useRecordTypeName();
  const choices = AUDITED_RESOURCES.map((resource) => ({ id: resource, name: typeName(resource) })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
}

/** A person by name (the users' search), giving their account's id. */
function PersonInput({ source }: { source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="users" perPage={25}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
    </ReferenceInput>
  );
}

function OrganisationInput({ source }: { source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="organisations" sort={{ field: 'shortCode', order: 'ASC' }} perPage={500}>
      <SelectInput optionText="shortCode" />
    </ReferenceInput>
  );
}

const filters = [
  <RecordTypeInput key="entityType" source="entityType" alwaysOn />,
  <SelectInput key="action" source="action" choices={choicesOf(AUDIT_ACTIONS, 'rex.audit_action')} alwaysOn />,
  <PersonInput key="actorId" source="actorId" />,
  <OrganisationInput key="actorOrganisationId" source="actorOrganisationId" />,
  <DayInput key="occurredAt_gte" source="occurredAt_gte" />,
  <DayInput key="occurredAt_lte" source="occurredAt_lte" end />,
  <TextInput key="entityId" source="entityId" />,
];

/** What happened, in words ("Changed"). */
function ActionInWords() {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate(`rex.audit_action.${record.action}`, { _: record.action })}</span>;
}

/** When, as the link that opens the event: a keyboard reaches each event this way (a row's click is the mouse's). */
function OccurredAt({ source }: { source: 'occurredAt'; label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Link
      to={createPath({ resource: 'audit-events', id: record.id, type: 'show' })}
      onClick={(event) => event.stopPropagation()}
    >
      <Timestamp value={record[source]} />
    </Link>
  );
}

/**
 * The audit trail as a history: when, what happened in words, to which record (type, code, title), by whom
 * (name, organisation). A phone gets one stacked item per event instead of the table.
 */
export function AuditEventList() {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'occurredAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      {phone ? (
        <SimpleList<AuditEventRecord>
          linkType="show"
          primaryText={<AuditSubject link={false} />}
          secondaryText={
            <>
              <ActionInWords /> · <AuditActor />
            </>
          }
          tertiaryText={(record) => <Timestamp value={record.occurredAt} />}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <OccurredAt source="occurredAt" />
          <EnumField source="action" prefix="rex.audit_action" />
          <AuditSubject label="resources.audit-events.fields.subject" />
          <AuditActor label="resources.audit-events.fields.actorId" />
        </Datagrid>
      )}
    </List>
  );
}

/** "Changed: Milestone P2.O1.M3". */
function AuditEventTitle() {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const typeName = useRecordTypeName();
  if (!record) return null;
  const action = translate(`rex.audit_action.${record.action}`, { _: record.action });
  return <span>{`${action}: ${[typeName(record.entityType), record.subjectCode].filter(Boolean).join(' ')}`}</span>;
}

export function AuditEventShow() {
  return (
    <Show title={<AuditEventTitle />}>
      <SimpleShowLayout sx={{ '& .RaLabeled-label': { fontWeight: 500 } }}>
        <TimestampField source="occurredAt" />
        <EnumField source="action" prefix="rex.audit_action" />
        <AuditSubject label="resources.audit-events.fields.subject" />
        <AuditActor label="resources.audit-events.fields.actorId" />
        <AuditChanges label="resources.audit-events.fields.changes" />
        <AuditTechnicalDetails label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
