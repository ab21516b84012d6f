import {
  Create,
  Datagrid,
  DateInput,
  DeleteButton,
  EditButton,
  FunctionField,
  List,
  Loading,
  NumberField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  required,
  TopToolbar,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { TimestampField } from '../../common/DueDateField.js';
import { formatCalendarDate, todayIn } from '../../common/due-date.js';
import { serverNow } from '../../common/server-clock.js';
import { ListActions } from '../../common/ListActions.js';
import { useRole } from '../../common/permissions.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { SaveDefaultsToolbar } from '../../common/SaveDefaultsToolbar.js';
import type { ReportRecord } from '#contracts';
import { changedMilestoneCount, isFirstReport } from './report-changes.js';
import { ReportChangesPanel } from './ReportChanges.js';
import { ReportDownloads } from './ReportDownloads.js';
import { useRecordList } from '../../common/records.js';
import { translate } from '../../common/translatable.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';

/** "1 Jan 2027 – 30 Jun 2027", an open end shown as a dash; nothing when the report names no period. */
function PeriodField(_props: { label?: string; sortBy?: string }) {
  const [locale] = useLocaleState();
  return (
    <FunctionField<ReportRecord>
      render={({ periodFrom, periodTo }) => {
        if (!periodFrom && !periodTo) return '';
        const format = (date: string | null) => (date ? formatCalendarDate(date, locale) : '…');
        return `${format(periodFrom)} – ${format(periodTo)}`;
      }}
    />
  );
}

/** How many milestones changed since the previous report (a dash for a plan's first report). */
function ChangeCountField(_props: { label?: string; sortable?: boolean }) {
  return (
    <FunctionField<ReportRecord>
      render={({ changes }) => (isFirstReport(changes) ? '—' : changedMilestoneCount(changes))}
    />
  );
}

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function ReportList() {
  return (
    <List filters={filters} sort={{ field: 'takenAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TranslatedField source="title" sortBy="title" />
        <TextField source="actionPlanCode" sortable={false} />
        <PeriodField label="resources.reports.fields.period" sortBy="periodTo" />
        <TimestampField source="takenAt" />
        <TextField source="authorName" sortable={false} />
        <NumberField source="milestoneCount" sortable={false} />
        <ChangeCountField label="resources.reports.fields.changes" sortable={false} />
      </Datagrid>
    </List>
  );
}

function ReportActions() {
  const { isStaff, isAdmin } = useRole();
  return (
    <TopToolbar>
      {isStaff ? <EditButton /> : null}
      {isAdmin ? <DeleteButton mutationMode="pessimistic" /> : null}
    </TopToolbar>
  );
}

/** The page title is the report's own ("Report to the plenary, …"), not "Report <title>". */
function ReportTitle() {
  const record = useRecordContext<ReportRecord>();
  const [locale] = useLocaleState();
  return <>{record ? translate(record.title, locale).text : ''}</>;
}

export function ReportShow() {
  return (
    <Show actions={<ReportActions />} title={<ReportTitle />}>
      <SimpleShowLayout>
        <TranslatedField source="title" />
        <TextField source="actionPlanCode" />
        <PeriodField label="resources.reports.fields.period" />
        <TimestampField source="takenAt" />
        <TextField source="authorName" />
        <NumberField source="milestoneCount" />
      </SimpleShowLayout>
      <ReportDownloads />
      <ReportChangesPanel />
    </Show>
  );
}

/** Only the title and period: what a report froze cannot be changed. */
function ReportFormFields({ withPlan }: { withPlan?: boolean }) {
  return (
    <>
      {withPlan ? (
        <ReferenceInput
          source="actionPlanId"
          reference="action-plans"
          sort={{ field: 'code', order: 'ASC' }}
          perPage={100}
        >
          <SelectInput optionText="code" validate={required()} />
        </ReferenceInput>
      ) : null}
      <TranslatableTextInput source="title" />
      <DateInput source="periodFrom" />
      <DateInput source="periodTo" />
    </>
  );
}

/**
 * A new report freezes the plan now. Three clicks from the menu (Reports →
 * Create → Save): the plan is chosen when there is only one, and the title
 * names the day, which staff may change before saving or afterwards.
 */
export function ReportCreate() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: plans, isPending } = useRecordList('action-plans', {
    pagination: { page: 1, perPage: 2 },
    sort: { field: 'code', order: 'ASC' },
  });
  // The defaults are read once, when the form mounts: wait for the plans rather than remount it.
  if (isPending) return <Loading />;
  const today = todayIn(Intl.DateTimeFormat().resolvedOptions().timeZone, serverNow());
  const defaults = {
    actionPlanId: plans?.length === 1 ? plans[0].id : undefined,
    // In the author's language; the server names the report in the other two ("Report to the plenary, <day>").
    title: { [locale]: translate('rex.reports.default_title', { date: formatCalendarDate(today, locale) }) },
  };
  return (
    <Create redirect="show" record={defaults}>
      <SimpleForm toolbar={<SaveDefaultsToolbar />}>
        <ReportFormFields withPlan />
      </SimpleForm>
    </Create>
  );
}

export function ReportEdit() {
  return (
    <PlanEdit redirect="show" title={<ReportTitle />}>
      <SimpleForm>
        <ReportFormFields />
      </SimpleForm>
    </PlanEdit>
  );
}
