import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link as MuiLink,
  List as MuiList,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import { MILESTONE_STATUSES, type MilestoneStatus, STATUS_COLOURS } from '../common/domain.js';
import { DueDate, Timestamp } from '../common/DueDateField.js';
import { formatCalendarDate } from '../common/due-date.js';
import { useRole } from '../common/permissions.js';
import { translate as translateText } from '../common/translatable.js';
import { ProgressChart } from './ProgressChart.js';
import { useCurrentPlan } from './use-current-plan.js';
import { useRecordList } from '../common/records.js';

const listLink = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

function Panel({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card component="section" aria-label={title} sx={{ flex: '1 1 420px', minWidth: 320 }}>
      <CardHeader
        disableTypography
        title={
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
        }
        action={action}
      />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
}

/** One status and how many milestones have it; a link to exactly those milestones. */
function StatusCount({ status, actionPlanId }: { status: MilestoneStatus; actionPlanId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { total } = useRecordList('milestones', {
    filter: { status, actionPlanId },
    pagination: { page: 1, perPage: 1 },
  });
  const label = translate(`rex.status.${status}`);
  return (
    <MuiLink
      component={Link}
      to={listLink('milestones', { status, actionPlanId })}
      underline="none"
      data-testid={`status-count-${status}`}
    >
      <Box
        sx={{
          borderLeft: 6,
          borderColor: STATUS_COLOURS[status],
          pl: 1.5,
          py: 0.5,
          minWidth: 130,
        }}
      >
        <Typography variant="h4" component="span" color="text.primary" sx={{ display: 'block' }}>
          {total === undefined ? '…' : new Intl.NumberFormat(locale).format(total)}
        </Typography>
        <Typography variant="body2" color="text.primary">
          {label}
        </Typography>
      </Box>
    </MuiLink>
  );
}

function MilestoneLines({ filter, emptyText }: { filter: Record<string, unknown>; emptyText: string }) {
  const [locale] = useLocaleState();
  const { data, total } = useRecordList('milestones', {
    filter,
    sort: { field: 'dueDate', order: 'ASC' },
    pagination: { page: 1, perPage: 6 },
  });
  if (!data) return <Loading />;
  if (data.length === 0) return <Typography color="text.secondary">{emptyText}</Typography>;
  return (
    <>
      <MuiList dense disablePadding>
        {data.map((milestone) => (
          <ListItem key={milestone.id} disablePadding>
            <ListItemButton component={Link} to={`/milestones/${milestone.id}/show`} sx={{ px: 0 }}>
              <ListItemText
                primary={`${milestone.code} ${translateText(milestone.title, locale).text}`}
                secondary={<DueDate date={milestone.dueDate} planTimeZone={milestone.timeZone} />}
                slotProps={{ secondary: { component: 'div' } }}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </MuiList>
      <ViewAll to={listLink('milestones', filter)} total={total} />
    </>
  );
}

function ViewAll({ to, total }: { to: string; total?: number }) {
  const translate = useTranslate();
  return (
    <MuiLink component={Link} to={to}>
      {translate('rex.dashboard.view_all')}
      {total !== undefined ? ` (${total})` : ''}
    </MuiLink>
  );
}

function AwaitingReview() {
  const translate = useTranslate();
  const { data, total } = useRecordList('progress-updates', {
    filter: { state: 'submitted' },
    sort: { field: 'submittedAt', order: 'ASC' },
    pagination: { page: 1, perPage: 6 },
  });
  if (!data) return <Loading />;
  return (
    <>
      <Typography variant="h3" component="p" data-testid="awaiting-review-count">
        <MuiLink component={Link} to="/review-queue" underline="hover">
          {total ?? 0}
        </MuiLink>
      </Typography>
      {data.length === 0 ? <Typography color="text.secondary">{translate('rex.review.empty')}</Typography> : null}
      <MuiList dense disablePadding>
        {data.map((update) => (
          <ListItem key={update.id} disablePadding>
            <ListItemButton component={Link} to={`/progress-updates/${update.id}/show`} sx={{ px: 0 }}>
              <ListItemText
                primary={String(update.milestoneCode)}
                secondary={<Timestamp value={update.submittedAt} />}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </MuiList>
    </>
  );
}

function Completeness({ actionPlanId }: { actionPlanId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useRecordList('reporting-completeness', {
    filter: { actionPlanId },
    pagination: { page: 1, perPage: 200 },
  });
  if (!data) return <Loading />;
  const period = data[0];
  return (
    <>
      {period ? (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('rex.dashboard.completeness_period', {
            from: formatCalendarDate(period.periodFrom, locale),
            to: formatCalendarDate(period.periodTo, locale),
          })}
        </Typography>
      ) : null}
      <Table size="small" aria-label={translate('rex.dashboard.completeness')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.organisations.name', { smart_count: 1 })}</TableCell>
            <TableCell align="right">{translate('rex.dashboard.milestones')}</TableCell>
            <TableCell align="right">{translate('rex.dashboard.submitted')}</TableCell>
            <TableCell align="right">{translate('rex.dashboard.late')}</TableCell>
            <TableCell align="right">{translate('rex.dashboard.missing')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                <MuiLink
                  component={Link}
                  to={listLink('milestones', { organisationId: row.id })}
                  title={translateText(row.name, locale).text}
                >
                  {row.shortCode}
                </MuiLink>
              </TableCell>
              <TableCell align="right">{row.milestones}</TableCell>
              <TableCell align="right">{row.submitted}</TableCell>
              <TableCell align="right">{row.late}</TableCell>
              <TableCell align="right">
                {row.missing > 0 ? <Chip size="small" color="error" label={row.missing} /> : '0'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function ProgressByPriority({ actionPlanId }: { actionPlanId: string }) {
  const { data } = useRecordList('priorities', {
    filter: { actionPlanId },
    sort: { field: 'position', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  return data ? <ProgressChart priorities={data} /> : <Loading />;
}

/**
 * What staff look at first: where the plan stands, what is late or at risk,
 * what waits for them, and who has not reported. Every figure opens the list
 * behind it. Partners land on their own milestones instead.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { isPartner, isStaff, isPending: rolePending } = useRole();
  const { plan, isPending } = useCurrentPlan();
  if (rolePending) return <Loading />;
  if (isPartner) return <Navigate to="/my-milestones" replace />;
  if (isPending) return <Loading />;
  if (!plan) return <Typography sx={{ m: 2 }}>{translate('rex.dashboard.none')}</Typography>;
  const actionPlanId = plan.id;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="rex.dashboard.title" />
      <Stack sx={{ flexWrap: 'wrap', gap: 2 }} direction="row">
        <Panel title={translate('rex.dashboard.by_status')}>
          <Stack sx={{ flexWrap: 'wrap', gap: 2 }} direction="row">
            {MILESTONE_STATUSES.map((status) => (
              <StatusCount key={status} status={status} actionPlanId={actionPlanId} />
            ))}
          </Stack>
        </Panel>
        <Panel title={translate('rex.dashboard.progress_by_priority')}>
          <ProgressByPriority actionPlanId={actionPlanId} />
        </Panel>
        <Panel title={translate('rex.dashboard.overdue')}>
          <MilestoneLines filter={{ status: 'delayed', actionPlanId }} emptyText={translate('rex.dashboard.none')} />
        </Panel>
        <Panel title={translate('rex.dashboard.at_risk')}>
          <MilestoneLines filter={{ status: 'at_risk', actionPlanId }} emptyText={translate('rex.dashboard.none')} />
        </Panel>
        {isStaff ? (
          <Panel title={translate('rex.dashboard.awaiting_review')}>
            <AwaitingReview />
          </Panel>
        ) : null}
        <Panel title={translate('rex.dashboard.completeness')}>
          <Completeness actionPlanId={actionPlanId} />
        </Panel>
      </Stack>
    </Box>
  );
}
