import { Alert, AlertTitle, Typography } from '@mui/material';
import {
  ArrayField,
  ArrayInput,
  AutocompleteInput,
  ReferenceInput,
  Datagrid,
  EditButton,
  Labeled,
  List,
  ReferenceField,
  SaveButton,
  SearchInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  UrlField,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  type HttpError,
  type Identifier,
} from 'react-admin';
import type { MilestoneRecord, ProgressUpdateRecord } from '#contracts';
import { AuditHistory } from '../../common/AuditHistory.js';
import { choicesOf, PROGRESS_UPDATE_STATES, SETTABLE_STATUSES } from '../../common/domain.js';
import { TimestampField } from '../../common/DueDateField.js';
import { EnteredByField, EnteredByNotice } from '../../common/EnteredBy.js';
import { EvidenceFilesField } from '../../common/EvidenceFiles.js';
import { FiguresTable } from '../../common/Figures.js';
import { useRole } from '../../common/permissions.js';
import { PlanEdit } from '../../common/PlanEdit.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ProgressSliderInput } from '../../common/ProgressSliderInput.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { EnumField, StatusField } from '../../common/StatusField.js';
import { TranslatableTextInput } from '../../common/TranslatableTextInput.js';
import { TranslatedField } from '../../common/TranslatedField.js';
import { ListActions } from '../../common/ListActions.js';
import { callApi } from '../../providers/http-client.js';
import { ReviewPanel } from './ReviewPanel.js';
import { useCodeAndTitle } from '../../common/code-and-title.js';

function OrganisationFilter(_props: { alwaysOn?: boolean }) {
  const optionText = useCodeAndTitle('name');
  return (
    <ReferenceInput source="organisationId" reference="organisations" perPage={200}>
      <AutocompleteInput optionText={optionText} />
    </ReferenceInput>
  );
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="state" source="state" choices={choicesOf(PROGRESS_UPDATE_STATES, 'rex.state')} alwaysOn />,
  <OrganisationFilter key="organisationId" />,
];

export function ProgressUpdateList() {
  return (
    <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TimestampField source="submittedAt" />
        <TextField source="milestoneCode" sortable={false} />
        <ReferenceName source="organisationId" reference="organisations" />
        <EnteredByField source="enteredByStaff" sortable={false} />
        <ProgressField source="progress" sortable={false} />
        <StatusField source="status" />
        <EnumField source="state" prefix="rex.state" />
      </Datagrid>
    </List>
  );
}

/** What the reviewer said, in plain sight for the partner who has to act on it. */
function ReviewOutcome() {
  const record = useRecordContext<ProgressUpdateRecord>();
  const translate = useTranslate();
  if (!record || record.state === 'submitted') return null;
  const severity = record.state === 'approved' ? 'success' : record.state === 'returned' ? 'warning' : 'error';
  return (
    <Alert severity={severity} data-testid="review-outcome" data-state={record.state}>
      <AlertTitle>{translate(`rex.state.${record.state}`)}</AlertTitle>
      {record.reviewComment ? <Typography>{record.reviewComment}</Typography> : null}
    </Alert>
  );
}

/** The update's figures against the milestone's current (verified) ones. */
function UpdateFigures() {
  const update = useRecordContext<ProgressUpdateRecord>();
  return (
    <ReferenceField source="milestoneId" reference="milestones" link={false}>
      <MilestoneFigures update={update} />
    </ReferenceField>
  );
}

function MilestoneFigures({ update }: { update: ProgressUpdateRecord | undefined }) {
  const milestone = useRecordContext<MilestoneRecord>();
  return (
    <FiguresTable
      selfReported={{ progress: update?.progress, status: update?.status, at: update?.submittedAt }}
      verified={{
        progress: milestone?.progress,
        status: milestone?.status,
        at: milestone?.lastVerification?.reviewedAt ?? null,
      }}
    />
  );
}

function ProgressUpdateActions() {
  const record = useRecordContext<ProgressUpdateRecord>();
  const { isPartner, isStaff } = useRole();
  // Staff correct only what staff entered; a partner's report is the partner's to revise (as the API rules).
  const mayRevise = record?.state === 'returned' && (isPartner || (isStaff && record.enteredByStaff));
  return <TopToolbar>{mayRevise ? <EditButton /> : null}</TopToolbar>;
}

export function ProgressUpdateShow() {
  const { isStaff } = useRole();
  const translate = useTranslate();
  return (
    <Show actions={<ProgressUpdateActions />}>
      <SimpleShowLayout>
        <ReviewOutcome />
        <EnteredByNotice />
        <ReferenceName source="milestoneId" reference="milestones" />
        <ReferenceName source="organisationId" reference="organisations" />
        <EnumField source="state" prefix="rex.state" />
        <Labeled label={translate('rex.review.figures')}>
          <UpdateFigures />
        </Labeled>
        <TranslatedField source="narrative" multiline />
        <ArrayField source="evidence">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <UrlField
              source="url"
              label="resources.progress-updates.fields.evidence.url"
              target="_blank"
              rel="noopener noreferrer"
            />
            <TextField source="title" label="resources.progress-updates.fields.evidence.title" />
          </Datagrid>
        </ArrayField>
        <EvidenceFilesField label="resources.progress-updates.fields.evidenceFiles" />
        <TimestampField source="submittedAt" />
        <TimestampField source="reviewedAt" />
        {isStaff ? <ReviewPanel /> : null}
        {isStaff ? (
          <Labeled label={translate('rex.review.history')} fullWidth>
            <ReferenceField source="milestoneId" reference="milestones" link={false}>
              <AuditHistory />
            </ReferenceField>
          </Labeled>
        ) : null}
      </SimpleShowLayout>
    </Show>
  );
}

/** Saves the revision, then submits it again for review, in one click. */
function ResubmitToolbar() {
  const notify = useNotify();
  const redirect = useRedirect();
  return (
    <Toolbar>
      <SaveButton
        label="rex.report.resubmit"
        mutationOptions={{
          onSuccess: async (saved: { id: Identifier }) => {
            try {
              await callApi(`/progress-updates/${saved.id}/submit`);
              notify('rex.report.submitted', { type: 'success' });
              redirect('show', 'progress-updates', saved.id);
            } catch (error) {
              notify((error as HttpError).message, { type: 'error' });
            }
          },
        }}
        type="button"
      />
    </Toolbar>
  );
}

export function ProgressUpdateEdit() {
  return (
    <PlanEdit redirect="show">
      <SimpleForm toolbar={<ResubmitToolbar />}>
        <ReviewOutcome />
        <EnteredByNotice />
        <ProgressSliderInput source="progress" label="rex.report.progress" />
        <SelectInput source="status" choices={choicesOf(SETTABLE_STATUSES, 'rex.status')} />
        <TranslatableTextInput source="narrative" multiline />
        <ArrayInput source="evidence">
          <SimpleFormIterator inline>
            <TextInput source="url" type="url" label="resources.progress-updates.fields.evidence.url" />
            <TextInput source="title" label="resources.progress-updates.fields.evidence.title" />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </PlanEdit>
  );
}
