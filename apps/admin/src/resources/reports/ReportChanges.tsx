import { Alert, Box, Card, CardContent, Link as MuiLink, Stack, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { ReportRecord } from '#contracts';
import { Link } from 'react-router-dom';
import { Timestamp } from '../../common/DueDateField.js';
import { formatCalendarDate } from '../../common/due-date.js';
import { changedMilestoneCount, isFirstReport, type MilestoneRef } from './report-changes.js';

/** A milestone code linking to the milestone as it is now (a removed one has no page: plain code). */
function MilestoneCode({ milestone, removed }: { milestone: MilestoneRef; removed?: boolean }) {
  if (removed) return <strong>{milestone.code}</strong>;
  return (
    <MuiLink component={Link} to={`/milestones/${milestone.id}/show`}>
      <strong>{milestone.code}</strong>
    </MuiLink>
  );
}

/** One kind of change: a heading with its count and one line per milestone; nothing when empty. */
function ChangeList<T extends MilestoneRef>({
  kind,
  items,
  detail,
  removed,
}: {
  kind: string;
  items: T[];
  detail?: (item: T) => ReactNode;
  removed?: boolean;
}) {
  const translate = useTranslate();
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <Box component="section" aria-labelledby={headingId} data-testid={`changes-${kind}`} sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h3" id={headingId}>
        {translate(`rex.reports.changes.${kind}`)} ({items.length})
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 3 }}>
        {items.map((item) => (
          <li key={item.id}>
            <MilestoneCode milestone={item} removed={removed} />
            {detail ? <>: {detail(item)}</> : null}
          </li>
        ))}
      </Box>
    </Box>
  );
}

/** "Changed since the last report": what the plenary asks first, each milestone one click away. */
export function ReportChangesPanel() {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  const changes = record?.changes;
  if (!record || !changes) return null;
  const status = (value: string) => translate(`rex.status.${value}`);
  const date = (value: string) => <time dateTime={value}>{formatCalendarDate(value, locale)}</time>;
  const count = changedMilestoneCount(changes);

  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid="report-changes">
      <CardContent>
        <Typography variant="h6" component="h2" id={headingId} gutterBottom>
          {translate('rex.reports.changes.title')}
        </Typography>
        {isFirstReport(changes) ? (
          <Alert severity="info">{translate('rex.reports.changes.first')}</Alert>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('rex.reports.changes.compared_with')}{' '}
              <MuiLink component={Link} to={`/reports/${changes.previousReportId}/show`}>
                <Timestamp value={changes.previousTakenAt} />
              </MuiLink>
              {' · '}
              {translate('rex.reports.changes.count', { count })}
            </Typography>
            {count === 0 ? <Alert severity="info">{translate('rex.reports.changes.none')}</Alert> : null}
            <Stack>
              <ChangeList kind="added" items={changes.added} />
              <ChangeList kind="completed" items={changes.completed} />
              <ChangeList kind="newly_delayed" items={changes.newlyDelayed} />
              <ChangeList
                kind="status"
                items={changes.statusChanged}
                detail={(item) => `${status(item.from)} → ${status(item.to)}`}
              />
              <ChangeList
                kind="due_date"
                items={changes.dueDateChanged}
                detail={(item) => (
                  <>
                    {date(item.from)} → {date(item.to)}
                  </>
                )}
              />
              <ChangeList
                kind="progress"
                items={changes.progressChanged}
                detail={(item) => `${item.from}% → ${item.to}% (${item.delta > 0 ? '+' : ''}${item.delta})`}
              />
              <ChangeList kind="removed" items={changes.removed} removed />
            </Stack>
          </>
        )}
      </CardContent>
    </Card>
  );
}
