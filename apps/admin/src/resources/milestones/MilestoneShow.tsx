import AssignmentIcon from '@mui/icons-material/Assignment';
import { Button as MuiButton, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import {
  ChipField,
  Datagrid,
  EditButton,
  Labeled,
  ReferenceArrayField,
  ReferenceManyField,
  Show,
  SingleFieldList,
  Tab,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { MilestoneRecord } from '#contracts';
import { AuditHistory } from '../../common/AuditHistory.js';
import { CalendarDateField, DueDateField, TimestampField } from '../../common/DueDateField.js';
import { isClosedToReports } from '../../common/domain.js';
import { EnteredByField } from '../../common/EnteredBy.js';
import { FiguresTable } from '../../common/Figures.js';
import { useRole } from '../../common/permissions.js';
import { ProgressField } from '../../common/ProgressField.js';
import { ReferenceName } from '../../common/ReferenceName.js';
import { EnumField, StatusField } from '../../common/StatusField.js';
import { TranslatedField } from '../../common/TranslatedField.js';

/** Whether the signed-in partner's organisation leads or supports this milestone. */
function useReportsOn() {
  const record = useRecordContext<MilestoneRecord>();
  const { isPartner, isStaff, organisationId } = useRole();
  if (!record) return false;
  if (isStaff) return true;
  return (
    isPartner &&
    (record.leadOrganisationId === organisationId || record.supportingOrganisationIds.includes(organisationId ?? ''))
  );
}

function ReportProgressButton() {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  const reportsOn = useReportsOn();
  // A completed or cancelled milestone takes no reports (the API refuses them) until staff reopen it.
  if (!record || !reportsOn || isClosedToReports(record.recordedStatus)) return null;
  return (
    <MuiButton
      component={Link}
      to={`/report/${record.id}`}
      variant="contained"
      size="small"
      startIcon={<AssignmentIcon />}
    >
      {translate('rex.my_milestones.report')}
    </MuiButton>
  );
}

function MilestoneActions() {
  const { isStaff } = useRole();
  return (
    <TopToolbar>
      <ReportProgressButton />
      {isStaff ? <EditButton /> : null}
    </TopToolbar>
  );
}

function MilestoneFigures() {
  const record = useRecordContext<MilestoneRecord>();
  const report = record?.lastReport;
  const verified = record?.lastVerification;
  return (
    <FiguresTable
      selfReported={report ? { progress: report.progress, status: report.status, at: report.submittedAt } : null}
      verified={
        verified
          ? { progress: verified.progress, status: verified.status, at: verified.reviewedAt }
          : { progress: record?.progress, status: record?.status, at: null }
      }
    />
  );
}

function MilestoneTitle() {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <Typography variant="h5" component="h2">
        {record.code} <TranslatedField source="title" />
      </Typography>
      <StatusField />
      {record.status === 'delayed' && record.recordedStatus !== 'delayed' ? (
        // "Delayed" beside "Verified: In progress" needs saying where it comes from.
        <Typography variant="body2" color="text.secondary" data-testid="delayed-explained">
          {translate('rex.delayed.shown', { recorded: translate(`rex.status.${record.recordedStatus}`) })}
        </Typography>
      ) : null}
    </Stack>
  );
}

export default function MilestoneShow() {
  const { isStaff } = useRole();
  const translate = useTranslate();
  return (
    <Show actions={<MilestoneActions />}>
      <TabbedShowLayout>
        <Tab label="rex.tabs.summary" path="">
          <MilestoneTitle />
          <TranslatedField source="description" multiline />
          <ReferenceName source="objectiveId" reference="objectives" />
          <ReferenceName source="priorityId" reference="priorities" />
          <DueDateField source="dueDate" />
          <CalendarDateField source="startDate" />
          <ProgressField source="progress" />
          <ReferenceName source="leadOrganisationId" reference="organisations" />
          <ReferenceArrayField source="supportingOrganisationIds" reference="organisations">
            <SingleFieldList linkType="show">
              <ChipField source="shortCode" />
            </SingleFieldList>
          </ReferenceArrayField>
          <EnumField source="visibility" prefix="rex.visibility" />
          <TextField source="opinionReference" />
          {isStaff ? <TextField source="internalNotes" /> : null}
          <Labeled label={translate('rex.review.figures')}>
            <MilestoneFigures />
          </Labeled>
        </Tab>
        <Tab label="rex.tabs.updates" path="updates">
          <ReferenceManyField
            reference="progress-updates"
            target="milestoneId"
            sort={{ field: 'submittedAt', order: 'DESC' }}
            label={false}
          >
            <Datagrid rowClick="show" bulkActionButtons={false}>
              <TimestampField source="submittedAt" />
              <ReferenceName source="organisationId" reference="organisations" />
              <EnteredByField source="enteredByStaff" />
              <ProgressField source="progress" />
              <StatusField source="status" />
              <EnumField source="state" prefix="rex.state" />
              <TextField source="reviewComment" />
            </Datagrid>
          </ReferenceManyField>
        </Tab>
        {isStaff ? (
          <Tab label="rex.tabs.history" path="history">
            <AuditHistory />
          </Tab>
        ) : null}
      </TabbedShowLayout>
    </Show>
  );
}
