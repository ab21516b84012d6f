import AssignmentIcon from '@mui/icons-material/Assignment';
import EventIcon from '@mui/icons-material/Event';
import {
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import type { MilestoneRecord } from '#contracts';
import { isClosedToReports } from '../common/domain.js';
import { partnerMilestoneGroups } from './my-milestones.js';
import { DueDate, Timestamp } from '../common/DueDateField.js';
import { EnteredByChip } from '../common/EnteredBy.js';
import { useRole } from '../common/permissions.js';
import { ProgressBar } from '../common/ProgressField.js';
import { StatusChip } from '../common/StatusField.js';
import { translate as translateText } from '../common/translatable.js';
import { useRecordById, useRecordList } from '../common/records.js';

/** The partner's latest reports with their review state and the reviewer's comment. */
function MyReports() {
  const translate = useTranslate();
  const { data } = useRecordList('progress-updates', {
    sort: { field: 'submittedAt', order: 'DESC' },
    pagination: { page: 1, perPage: 10 },
  });
  if (!data || data.length === 0) return null;
  return (
    <Card sx={{ mt: 2 }} component="section" aria-labelledby="my-reports">
      <CardContent>
        <Typography variant="h6" component="h2" id="my-reports" gutterBottom>
          {translate('resources.progress-updates.name', { smart_count: 2 })}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.progress-updates.fields.milestoneCode')}</TableCell>
              <TableCell>{translate('resources.progress-updates.fields.submittedAt')}</TableCell>
              <TableCell>{translate('resources.progress-updates.fields.progress')}</TableCell>
              <TableCell>{translate('resources.progress-updates.fields.state')}</TableCell>
              <TableCell>{translate('resources.progress-updates.fields.reviewComment')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((update) => (
              <TableRow
                key={update.id}
                data-testid={`my-report-${String(update.milestoneCode)}`}
                data-state={String(update.state)}
              >
                <TableCell>
                  <Link to={`/progress-updates/${update.id}/show`}>{String(update.milestoneCode)}</Link>{' '}
                  <EnteredByChip enteredByStaff={update.enteredByStaff} />
                </TableCell>
                <TableCell>
                  <Timestamp value={update.submittedAt} />
                </TableCell>
                <TableCell>
                  <ProgressBar value={update.progress} />
                </TableCell>
                <TableCell>{translate(`rex.state.${String(update.state)}`)}</TableCell>
                <TableCell>{update.reviewComment ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** One milestone of the partner's page: what it is, where it stands, and the way to report on it. */
function MilestoneCard({ milestone, organisationId }: { milestone: MilestoneRecord; organisationId: string | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lastReport = milestone.lastReport;
  const role = milestone.leadOrganisationId === organisationId ? 'lead' : 'supporting';
  return (
    <Card component="li" data-testid={`my-milestone-${milestone.code}`}>
      <CardContent>
        <Stack sx={{ alignItems: { md: 'center' } }} direction={{ xs: 'column', md: 'row' }} spacing={2}>
          <Box sx={{ flex: 2 }}>
            <Typography variant="subtitle1" component="h2">
              <Link to={`/milestones/${milestone.id}/show`}>
                {milestone.code} {translateText(milestone.title, locale).text}
              </Link>
            </Typography>
            {/* Wraps on a phone rather than widening the page. */}
            <Stack direction="row" useFlexGap spacing={1} sx={{ mt: 0.5, alignItems: 'center', flexWrap: 'wrap' }}>
              <StatusChip status={milestone.status} />
              <Chip size="small" variant="outlined" label={translate(`rex.my_milestones.${role}`)} />
              <Typography variant="body2" color="text.secondary">
                {translate('rex.my_milestones.last_report')}:{' '}
                {lastReport?.state
                  ? translate(`rex.state.${lastReport.state}`)
                  : translate('rex.my_milestones.no_report')}
              </Typography>
            </Stack>
          </Box>
          <Box sx={{ flex: 1 }}>
            <DueDate date={milestone.dueDate} planTimeZone={milestone.timeZone} />
          </Box>
          <Box sx={{ flex: 1 }}>
            <ProgressBar value={milestone.progress} />
          </Box>
          {isClosedToReports(milestone.recordedStatus) ? (
            <Typography variant="body2" color="text.secondary" data-testid="closed-to-reports">
              {translate('rex.my_milestones.closed')}
            </Typography>
          ) : (
            <Button
              component={Link}
              to={`/report/${milestone.id}`}
              variant="contained"
              startIcon={<AssignmentIcon />}
              aria-label={`${translate('rex.my_milestones.report')}: ${milestone.code}`}
            >
              {translate('rex.my_milestones.report')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

/**
 * A partner's landing page: the milestones its organisation leads or
 * supports, the open ones first by due date (overdue leading), each one click
 * away from a report; the completed and cancelled ones folded below.
 */
export function MyMilestones() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { organisationId, isPending: rolePending } = useRole();
  const { data: organisation } = useRecordById(
    'organisations',
    { id: organisationId ?? '' },
    { enabled: !!organisationId },
  );
  const { data, isPending } = useRecordList(
    'milestones',
    {
      filter: { organisationId },
      sort: { field: 'dueDate', order: 'ASC' },
      pagination: { page: 1, perPage: 200 },
    },
    { enabled: !!organisationId },
  );
  if (rolePending || (organisationId && isPending)) return <Loading />;
  const groups = partnerMilestoneGroups(data ?? []);
  const organisationName = organisation ? translateText(organisation.name, locale).text : '';
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="rex.my_milestones.title" />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ mb: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between' }}
      >
        <Typography variant="body1">
          {translate('rex.my_milestones.intro', { organisation: organisationName })}
        </Typography>
        {/* Due dates in the partner's own calendar: the reminder they cannot miss. */}
        <Button component={Link} to="/calendar-feeds/create" variant="outlined" startIcon={<EventIcon />}>
          {translate('rex.my_milestones.subscribe')}
        </Button>
      </Stack>
      {groups.open.length + groups.closed.length === 0 ? (
        <Typography>{translate('rex.my_milestones.none')}</Typography>
      ) : (
        <>
          <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {groups.open.map((milestone) => (
              <MilestoneCard key={milestone.id} milestone={milestone} organisationId={organisationId} />
            ))}
          </Stack>
          {groups.closed.length > 0 ? (
            <Box component="details" sx={{ mt: 2 }} data-testid="closed-milestones">
              <Box component="summary" sx={{ cursor: 'pointer', py: 1.5, minHeight: 44 }}>
                {translate('rex.my_milestones.closed_group', { count: groups.closed.length })}
              </Box>
              <Stack spacing={1.5} component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {groups.closed.map((milestone) => (
                  <MilestoneCard key={milestone.id} milestone={milestone} organisationId={organisationId} />
                ))}
              </Stack>
            </Box>
          ) : null}
        </>
      )}
      <MyReports />
    </Box>
  );
}
