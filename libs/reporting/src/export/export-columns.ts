import {
  type AuditAction,
  type AuditedResource,
  changedMilestoneCount,
  type MilestoneStatus,
  type OrganisationType,
  type ProgressUpdateState,
  type ReportChanges,
  type Role,
  type Visibility,
} from '#contracts';
import {
  type ExportColumnName,
  exportHeader,
  LOCALES,
  type Locale,
  serverWords,
  type Translatable,
  translated,
} from '#i18n';

/**
 * What the records of a list name by id, read for an export in one query per kind: an export shows codes and
 * names where the list has UUIDs. Plain data: it travels to the worker thread that writes the file.
 */
export interface ExportReferences {
  organisations: Record<string, { shortCode: string; name: Translatable }>;
  objectives: Record<string, { code: string; title: Translatable }>;
  priorities: Record<string, { code: string; title: Translatable }>;
  actionPlans: Record<string, { code: string; title: Translatable }>;
}

export const NO_REFERENCES: ExportReferences = { organisations: {}, objectives: {}, priorities: {}, actionPlans: {} };

export type ExportCell = string | number | boolean | null;

/**
 * One column of an export. `date` cells are calendar dates (YYYY-MM-DD), `timestamp` cells instants (ISO 8601,
 * UTC): CSV writes them as such, XLSX as typed dates.
 */
export interface ExportColumn {
  /** The machine name (`title.ru`, `leadOrganisationId`): what an import of the file reads the column by. */
  key: string;
  header: string;
  kind: 'text' | 'number' | 'date' | 'timestamp';
  value: (row: Row) => ExportCell;
}

type Row = Record<string, unknown>;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id) => typeof id === 'string') : []);
const obj = (value: unknown): Row | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : null;

/**
 * The columns of a list's export in `locale`, or null for a list without its own (written generically). Codes
 * and names of what the records reference, headers and enumerations in the language, dates as ISO dates; the
 * ids last, for a file sent back (a milestone export is a milestone import's template).
 */
export function exportColumns(
  resource: string,
  rows: readonly Row[],
  locale: Locale,
  references: ExportReferences,
): ExportColumn[] | null {
  const words = serverWords(locale);
  const w = words.exports;
  const c = w.columns;
  const statuses = words.report.statuses;
  const text = (value: unknown) => {
    const translatable = obj(value) as Translatable | null;
    return translatable ? translated(translatable, locale) || null : null;
  };
  const column = (
    key: string,
    header: string,
    value: (row: Row) => ExportCell,
    kind: ExportColumn['kind'] = 'text',
  ) => ({
    key,
    header,
    kind,
    value,
  });
  /** A translatable text: one column per language, "Title (RU)". */
  const perLanguage = (key: ExportColumnName): ExportColumn[] =>
    LOCALES.map((language) =>
      column(`${key}.${language}`, exportHeader(locale, key, language), (row) => str(obj(row[key])?.[language])),
    );
  const organisation = (id: unknown) => (typeof id === 'string' ? references.organisations[id] : undefined);
  const codeOf = (table: keyof ExportReferences, id: unknown) => {
    if (typeof id !== 'string') return null;
    const found = references[table][id] as { code?: string; shortCode?: string } | undefined;
    return found?.code ?? found?.shortCode ?? null;
  };
  const titleOf = (table: 'objectives' | 'priorities' | 'actionPlans', id: unknown) =>
    typeof id === 'string' && references[table][id] ? text(references[table][id].title) : null;
  const label = <K extends string>(labels: Record<K, string>, value: unknown) =>
    typeof value === 'string' ? ((labels as Record<string, string>)[value] ?? value) : null;
  // Staff-only fields are absent from what others may read: their column too.
  const present = (key: string) => rows.some((row) => key in row);
  const trailing = (...keys: string[]) =>
    ['id', 'version', ...keys].map((key) =>
      column(key, key, (row) => {
        const value = row[key];
        return Array.isArray(value) ? ids(value).join(', ') : typeof value === 'number' ? value : str(value);
      }),
    );

  /** What a priority and an objective have alike, after the level above they belong to. */
  const planLevel = [
    column('code', c.code, (row) => str(row.code)),
    ...perLanguage('title'),
    ...perLanguage('description'),
    column('position', c.position, (row) => num(row.position), 'number'),
    column('progress', c.progress, (row) => num(row.progress), 'number'),
    column('opinionReference', c.opinionReference, (row) => str(row.opinionReference)),
  ];

  switch (resource) {
    case 'milestones':
      return [
        column('priority', c.priority, (row) => codeOf('priorities', row.priorityId)),
        column('objective', c.objective, (row) => codeOf('objectives', row.objectiveId)),
        column('objectiveTitle', c.objectiveTitle, (row) => titleOf('objectives', row.objectiveId)),
        column('code', c.code, (row) => str(row.code)),
        ...perLanguage('title'),
        ...perLanguage('description'),
        column('startDate', c.startDate, (row) => str(row.startDate), 'date'),
        column('dueDate', c.dueDate, (row) => str(row.dueDate), 'date'),
        column('status', c.status, (row) => label<MilestoneStatus>(statuses, row.status)),
        column('progress', c.progress, (row) => num(row.progress), 'number'),
        column('lead', c.lead, (row) => organisation(row.leadOrganisationId)?.shortCode ?? null),
        column('leadName', c.leadName, (row) => text(organisation(row.leadOrganisationId)?.name)),
        column('supporting', c.supporting, (row) =>
          ids(row.supportingOrganisationIds)
            .map((id) => organisation(id)?.shortCode ?? id)
            .join(', '),
        ),
        column('visibility', c.visibility, (row) => label<Visibility>(w.visibilities, row.visibility)),
        column('opinionReference', c.opinionReference, (row) => str(row.opinionReference)),
        ...(present('internalNotes')
          ? [column('internalNotes', c.internalNotes, (row) => str(row.internalNotes))]
          : []),
        column('reportedProgress', c.reportedProgress, (row) => num(obj(row.lastReport)?.progress), 'number'),
        column('reportedOn', c.reportedOn, (row) => str(obj(row.lastReport)?.submittedAt), 'timestamp'),
        column('verifiedProgress', c.verifiedProgress, (row) => num(obj(row.lastVerification)?.progress), 'number'),
        column('verifiedOn', c.verifiedOn, (row) => str(obj(row.lastVerification)?.reviewedAt), 'timestamp'),
        ...trailing('objectiveId', 'leadOrganisationId', 'supportingOrganisationIds'),
      ];
    case 'objectives':
      return [
        column('priority', c.priority, (row) => codeOf('priorities', row.priorityId)),
        ...planLevel,
        ...trailing('priorityId', 'actionPlanId'),
      ];
    case 'priorities':
      return [
        column('actionPlan', c.actionPlan, (row) => codeOf('actionPlans', row.actionPlanId)),
        ...planLevel,
        ...trailing('actionPlanId'),
      ];
    case 'action-plans':
      return [
        column('code', c.code, (row) => str(row.code)),
        ...perLanguage('title'),
        ...perLanguage('description'),
        column('timeZone', c.timeZone, (row) => str(row.timeZone)),
        column('opinionReference', c.opinionReference, (row) => str(row.opinionReference)),
        column('adoptedAt', c.adoptedAt, (row) => str(row.adoptedAt), 'date'),
        column('reportingPeriodMonths', c.reportingPeriodMonths, (row) => num(row.reportingPeriodMonths), 'number'),
        column('progress', c.progress, (row) => num(row.progress), 'number'),
        ...trailing(),
      ];
    case 'organisations':
      return [
        column('shortCode', c.shortCode, (row) => str(row.shortCode)),
        ...perLanguage('name'),
        column('type', c.type, (row) => label<OrganisationType>(w.organisationTypes, row.type)),
        column('country', c.country, (row) => str(row.country)),
        ...(present('reminderContacts')
          ? [
              column('reminderContacts', c.reminderContacts, (row) =>
                (Array.isArray(row.reminderContacts) ? (row.reminderContacts as Row[]) : [])
                  .map((contact) => `${str(contact.role) ?? ''}: ${str(contact.email) ?? ''}`)
                  .join('; '),
              ),
            ]
          : []),
        ...trailing(),
      ];
    case 'users':
      return [
        column('name', c.name, (row) => str(row.name)),
        column('email', c.email, (row) => str(row.email)),
        column('role', c.role, (row) => label<Role>(w.roles, row.role)),
        column('organisation', c.organisation, (row) => organisation(row.organisationId)?.shortCode ?? null),
        column('organisationName', c.organisationName, (row) => text(organisation(row.organisationId)?.name)),
        column('language', c.language, (row) => label<Locale>(w.languages, row.locale)),
        column('timeZone', c.timeZone, (row) => str(row.timeZone)),
        ...trailing('organisationId'),
      ];
    case 'progress-updates':
      return [
        column('milestone', c.milestone, (row) => str(row.milestoneCode)),
        column('organisation', c.organisation, (row) => organisation(row.organisationId)?.shortCode ?? null),
        column('organisationName', c.organisationName, (row) => text(organisation(row.organisationId)?.name)),
        column('submittedAt', c.submittedAt, (row) => str(row.submittedAt), 'timestamp'),
        column('progress', c.progress, (row) => num(row.progress), 'number'),
        column('status', c.status, (row) => label<MilestoneStatus>(statuses, row.status)),
        column('review', c.review, (row) => label<ProgressUpdateState>(w.reviewStates, row.state)),
        ...perLanguage('narrative'),
        column('evidence', c.evidence, (row) =>
          (Array.isArray(row.evidence) ? (row.evidence as Row[]) : []).map((link) => str(link.url)).join(' '),
        ),
        column('evidenceFiles', c.evidenceFiles, (row) =>
          (Array.isArray(row.evidenceFiles) ? (row.evidenceFiles as Row[]) : []).map((f) => str(f.fileName)).join(', '),
        ),
        column('enteredBy', c.enteredBy, (row) => (row.enteredByStaff ? w.enteredBy.staff : w.enteredBy.organisation)),
        column('reviewedAt', c.reviewedAt, (row) => str(row.reviewedAt), 'timestamp'),
        column('reviewComment', c.reviewComment, (row) => str(row.reviewComment)),
        ...trailing('milestoneId', 'organisationId', 'submittedById', 'reviewedById'),
      ];
    case 'reports':
      return [
        ...perLanguage('title'),
        column('actionPlan', c.actionPlan, (row) => str(row.actionPlanCode)),
        column('periodFrom', c.periodFrom, (row) => str(row.periodFrom), 'date'),
        column('periodTo', c.periodTo, (row) => str(row.periodTo), 'date'),
        column('takenAt', c.takenAt, (row) => str(row.takenAt), 'timestamp'),
        column('author', c.author, (row) => str(row.authorName)),
        column('milestoneCount', c.milestoneCount, (row) => num(row.milestoneCount), 'number'),
        column(
          'changedCount',
          c.changedCount,
          (row) => changedMilestoneCount(obj(row.changes) as ReportChanges | null),
          'number',
        ),
        ...trailing('actionPlanId', 'authorId'),
      ];
    case 'audit-events':
      return [
        column('occurredAt', c.occurredAt, (row) => str(row.occurredAt), 'timestamp'),
        column('action', c.action, (row) => label<AuditAction>(w.auditActions, row.action)),
        column('recordType', c.recordType, (row) => label<AuditedResource>(w.recordTypes, row.entityType)),
        column('record', c.record, (row) => str(row.subjectCode)),
        column('recordTitle', c.recordTitle, (row) => text(row.subjectTitle)),
        column('person', c.person, (row) => (row.actorId ? str(row.actorName) : w.system)),
        column('organisation', c.organisation, (row) => organisation(row.actorOrganisationId)?.shortCode ?? null),
        ...trailing('entityId', 'actorId', 'actorOrganisationId', 'requestId', 'clientRequestId'),
      ].filter((col) => col.key !== 'version');
    default:
      return null;
  }
}
