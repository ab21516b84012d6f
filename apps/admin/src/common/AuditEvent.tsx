import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  Box,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import {
  ReferenceField,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import type { AuditEventRecord } from '#contracts';
import { domainEnglish } from '../i18n/en.js';
import { fieldChanges, shownValue, type FieldChange } from './audit-changes.js';
import { useReaderTimeZone } from './DueDateField.js';
import { useRole } from './permissions.js';
import { TranslatedField } from './TranslatedField.js';

/** The record type in the reader's language: "Этап" for `milestones`. */
export function useRecordTypeName() {
  const translate = useTranslate();
  return (resource: string) => translate(`resources.${resource}.name`, { smart_count: 1, _: resource });
}

/** Records named in one language, as written (a person's name, a report's title): not a missing translation. */
const PLAIN_NAMES = new Set(['users', 'reports', 'evidence-files', 'calendar-feeds']);

/**
 * Which record an event is about: its type, code and title in the reader's language (from the event's own
 * snapshot, so a deleted record is still named), linked to its page when the admin has one for the reader.
 */
export function AuditSubject({ link = true }: { link?: boolean; label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  const typeName = useRecordTypeName();
  const createPath = useCreatePath();
  const resources = useResourceDefinitions();
  if (!record) return null;
  const named = record.subjectCode || record.subjectTitle;
  const name = (
    <>
      {record.subjectCode ? <strong>{record.subjectCode}</strong> : null}
      {record.subjectCode && record.subjectTitle ? ' ' : null}
      {record.subjectTitle && PLAIN_NAMES.has(record.entityType) ? (
        <span>{record.subjectTitle.en}</span>
      ) : record.subjectTitle ? (
        <TranslatedField source="subjectTitle" />
      ) : null}
      {named ? null : <code>{record.entityId.slice(0, 8)}</code>}
    </>
  );
  const page =
    link && record.action !== 'delete' && resources[record.entityType]?.hasShow
      ? createPath({ resource: record.entityType, id: record.entityId, type: 'show' })
      : null;
  return (
    <Box component="span" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
      <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {typeName(record.entityType)}
      </Typography>
      {page ? (
        // The row opens the event; this link opens the record.
        <Link to={page} onClick={(event) => event.stopPropagation()}>
          {name}
        </Link>
      ) : (
        name
      )}
    </Box>
  );
}

/** Who made a change: the person's name and organisation, or the system (seed, scheduled jobs). */
export function AuditActor(_props: { label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.actorId) return <span>{translate('rex.audit.system')}</span>;
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 0.75, alignItems: 'baseline' }}>
      {/* An account deleted since is known by its id alone. */}
      <span>{record.actorName ?? <code>{record.actorId.slice(0, 8)}</code>}</span>
      {record.actorOrganisationId ? (
        <Typography component="span" variant="body2" color="text.secondary">
          <ReferenceField source="actorOrganisationId" reference="organisations" link={false}>
            <Code />
          </ReferenceField>
        </Typography>
      ) : null}
    </Box>
  );
}

/** A referenced record by its code (organisations by their short code). */
function Code() {
  const record = useRecordContext();
  if (!record) return null;
  const title = record.title;
  return <span>{String(record.code ?? record.shortCode ?? (typeof title === 'string' ? title : record.id))}</span>;
}

/** Fields that name another record, which the admin shows by its code. */
const REFERENCES: Record<string, string> = {
  actionPlanId: 'action-plans',
  priorityId: 'priorities',
  objectiveId: 'objectives',
  milestoneId: 'milestones',
  leadOrganisationId: 'organisations',
  organisationId: 'organisations',
  supportingOrganisationIds: 'organisations',
  progressUpdateId: 'progress-updates',
};

const isId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f-]{36}$/i.test(value);

/** One value of a change, as the reader reads it. */
function ChangeValue({ resource, field, value }: { resource: string; field: string; value: unknown }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const timeZone = useReaderTimeZone();
  const reference = REFERENCES[field];
  const ids = Array.isArray(value) ? value : [value];
  if (reference && ids.length > 0 && ids.every(isId)) {
    return (
      <>
        {ids.map((id, index) => (
          <span key={id}>
            {index > 0 ? ', ' : null}
            <ReferenceField record={{ id, value: id }} source="value" reference={reference} link={false}>
              <Code />
            </ReferenceField>
          </span>
        ))}
      </>
    );
  }
  const shown = shownValue(value, { resource, field, locale, timeZone, translate });
  return <span lang={shown.lang}>{shown.text}</span>;
}

/** A field's label from the catalogue (`resources.milestones.fields.dueDate`), else its name. */
function useFieldLabel(resource: string) {
  const translate = useTranslate();
  return (change: FieldChange) =>
    change.path
      .map((_, depth) => {
        const key = change.path.slice(0, depth + 1).join('.');
        return translate(`resources.${resource}.fields.${key}`, { _: change.path[depth] });
      })
      .join(' › ');
}

const catalogueOrder = (resource: string): string[] =>
  Object.keys((domainEnglish.resources as Record<string, { fields?: object }>)[resource]?.fields ?? {});

/**
 * What an event changed, field by field: "field | before | after" with the catalogue's labels and readable
 * values; a creation has no "before" column, a deletion no "after". The table scrolls inside its own box on a
 * narrow screen, and takes the keyboard's focus to do so.
 */
export function AuditChanges(_props: { label?: string }) {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const label = useFieldLabel(record?.entityType ?? '');
  if (!record) return null;
  const changes = fieldChanges(record.before, record.after, catalogueOrder(record.entityType));
  if (changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('rex.audit.no_changes')}
      </Typography>
    );
  }
  const sides = (['before', 'after'] as const).filter((side) => record[side] !== null);
  return (
    <Box
      role="region"
      aria-label={translate('resources.audit-events.fields.changes')}
      tabIndex={0}
      sx={{ maxWidth: '100%', overflowX: 'auto' }}
    >
      <Table
        size="small"
        role="table"
        sx={(theme) => ({
          '& td, & th': { verticalAlign: 'top', overflowWrap: 'break-word' },
          // A phone: each field's label on a line of its own, its values side by side beneath it. The roles
          // written out keep it a table for screen readers, whatever the display.
          [theme.breakpoints.down('sm')]: {
            '& tr': { display: 'grid', gridTemplateColumns: `repeat(${sides.length}, minmax(0, 1fr))` },
            '& th[scope="row"]': { gridColumn: '1 / -1', borderBottom: 'none', pb: 0 },
            '& thead th:first-of-type': { display: 'none' },
            '& td, & th': { px: 1 },
          },
        })}
      >
        <TableHead role="rowgroup">
          <TableRow role="row">
            <TableCell role="columnheader">{translate('rex.audit.field')}</TableCell>
            {sides.map((side) => (
              <TableCell key={side} role="columnheader">
                {translate(`resources.audit-events.fields.${side}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody role="rowgroup">
          {changes.map((change) => (
            <TableRow key={change.path.join('.')} role="row" data-field={change.path.join('.')}>
              <TableCell component="th" scope="row" role="rowheader" sx={{ fontWeight: 500 }}>
                {label(change)}
              </TableCell>
              {sides.map((side) => (
                <TableCell key={side} role="cell" data-side={side}>
                  <ChangeValue resource={record.entityType} field={change.path.at(-1)!} value={change[side]} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The event as stored (request ids, raw snapshots), for administrators tracing a problem; closed at first. */
export function AuditTechnicalDetails(_props: { label?: string | false }) {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const { isAdmin } = useRole();
  if (!record || !isAdmin) return null;
  const field = (name: string) => translate(`resources.audit-events.fields.${name}`);
  const json = (value: unknown) => (
    <Box
      component="pre"
      sx={{ m: 0, fontSize: 12, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '100%' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
  return (
    <Accordion disableGutters variant="outlined" sx={{ maxWidth: '100%' }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>{translate('rex.audit.technical')}</AccordionSummary>
      <AccordionDetails sx={{ display: 'grid', gap: 1 }}>
        <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 500 }, '& dd': { m: 0, overflowWrap: 'anywhere' } }}>
          {(['entityId', 'actorId', 'requestId', 'clientRequestId'] as const).map((name) => (
            <div key={name}>
              <dt>{field(name)}</dt>
              <dd>
                <code>{record[name] ?? '—'}</code>
              </dd>
            </div>
          ))}
        </Box>
        <Typography variant="subtitle2">{field('before')}</Typography>
        {json(record.before)}
        <Typography variant="subtitle2">{field('after')}</Typography>
        {json(record.after)}
      </AccordionDetails>
    </Accordion>
  );
}
