import { Box, Card, CardContent, Stack, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Loading, Title, useLocaleState, useTranslate } from 'react-admin';
import type { MilestoneRecord } from '#contracts';
import { MILESTONE_STATUSES, STATUS_COLOURS } from '../common/domain.js';
import { formatMonth } from '../common/dates.js';
import { formatCalendarDate, todayIn } from '../common/due-date.js';
import { serverNow } from '../common/server-clock.js';
import { useRecordList } from '../common/records.js';
import { translate as translateText } from '../common/translatable.js';
import { useCurrentPlan } from '../dashboard/use-current-plan.js';

const DAY = 86_400_000;
/** A milestone without a start date is drawn as its last month. */
const DEFAULT_SPAN_DAYS = 30;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

interface Axis {
  start: number;
  end: number;
  at: (date: string) => number;
}

function axisFor(milestones: MilestoneRecord[], today: string): Axis {
  const times = milestones.flatMap((m) => [
    toTime(m.startDate ?? m.dueDate) - DEFAULT_SPAN_DAYS * DAY,
    toTime(m.dueDate) + DAY,
  ]);
  times.push(toTime(today));
  const start = Math.min(...times);
  const end = Math.max(...times) + 15 * DAY;
  return { start, end, at: (date) => ((toTime(date) - start) / (end - start)) * 100 };
}

function monthTicks(axis: Axis): string[] {
  const ticks: string[] = [];
  const cursor = new Date(axis.start);
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  while (cursor.getTime() < axis.end) {
    ticks.push(cursor.toISOString().slice(0, 10));
    cursor.setUTCMonth(cursor.getUTCMonth() + 3);
  }
  return ticks;
}

function Bar({ milestone, axis }: { milestone: MilestoneRecord; axis: Axis }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const due = milestone.dueDate;
  const start = milestone.startDate ?? new Date(toTime(due) - DEFAULT_SPAN_DAYS * DAY).toISOString().slice(0, 10);
  const left = axis.at(start);
  const width = Math.max(axis.at(due) - left, 0.8);
  const status = milestone.status;
  const title = translateText(milestone.title, locale).text;
  const label = `${milestone.code} ${title}, ${formatCalendarDate(due, locale)}, ${translate(`rex.status.${status}`)}`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', minHeight: 30 }} component="li">
      <Typography variant="body2" sx={{ width: 120, flexShrink: 0, fontFamily: 'monospace' }}>
        {milestone.code}
      </Typography>
      <Box sx={{ position: 'relative', flex: 1, height: 22 }}>
        <Tooltip title={label}>
          <Box
            component={Link}
            to={`/milestones/${milestone.id}/show`}
            aria-label={label}
            data-status={status}
            sx={{
              position: 'absolute',
              left: `${left}%`,
              width: `${width}%`,
              top: 3,
              height: 16,
              borderRadius: 1,
              bgcolor: STATUS_COLOURS[status],
              '&:focus-visible': { outline: '3px solid #000', outlineOffset: 2 },
            }}
          />
        </Tooltip>
      </Box>
    </Box>
  );
}

/**
 * The plan's milestones on one time axis, grouped by priority and objective,
 * coloured by status, with today marked: where the plan is crowded, what is
 * behind. Plain HTML and CSS: every bar is a link with a spoken label.
 */
export function Timeline() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { plan } = useCurrentPlan();
  const actionPlanId = plan?.id;
  const query = { pagination: { page: 1, perPage: 1000 }, filter: { actionPlanId } };
  const options = { enabled: !!actionPlanId };
  const { data: priorities } = useRecordList(
    'priorities',
    { ...query, sort: { field: 'position', order: 'ASC' } },
    options,
  );
  const { data: objectives } = useRecordList(
    'objectives',
    { ...query, sort: { field: 'code', order: 'ASC' } },
    options,
  );
  const { data: milestones } = useRecordList(
    'milestones',
    { ...query, sort: { field: 'dueDate', order: 'ASC' } },
    options,
  );
  if (!priorities || !objectives || !milestones || !plan) return <Loading />;
  const today = todayIn(plan.timeZone, serverNow());
  const axis = axisFor(milestones, today);
  const todayAt = axis.at(today);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="rex.timeline.title" />
      <Card>
        <CardContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('rex.timeline.description')}
          </Typography>
          <Stack
            direction="row"
            spacing={2}
            sx={{ mb: 2, flexWrap: 'wrap' }}
            aria-label={translate('rex.timeline.legend')}
            role="list"
          >
            {MILESTONE_STATUSES.map((status) => (
              <Stack sx={{ alignItems: 'center' }} key={status} direction="row" spacing={0.5} role="listitem">
                <Box sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: STATUS_COLOURS[status] }} />
                <Typography variant="body2">{translate(`rex.status.${status}`)}</Typography>
              </Stack>
            ))}
          </Stack>
          <Box sx={{ position: 'relative', pl: '120px' }} data-testid="timeline">
            <Box sx={{ position: 'relative', height: 24, borderBottom: 1, borderColor: 'divider' }}>
              {monthTicks(axis).map((tick) => (
                <Typography
                  key={tick}
                  variant="caption"
                  sx={{ position: 'absolute', left: `${axis.at(tick)}%`, whiteSpace: 'nowrap' }}
                >
                  {formatMonth(new Date(toTime(tick)), locale)}
                </Typography>
              ))}
            </Box>
            <Box
              data-testid="timeline-today"
              aria-label={`${translate('rex.timeline.today')}: ${formatCalendarDate(today, locale)}`}
              role="note"
              sx={{
                position: 'absolute',
                top: 0,
                bottom: 0,
                left: `calc(120px + (100% - 120px) * ${todayAt / 100})`,
                borderLeft: '2px dashed #c62828',
                zIndex: 1,
                pointerEvents: 'none',
              }}
            >
              <Typography
                variant="caption"
                sx={{ position: 'absolute', top: -2, left: 4, color: '#c62828', fontWeight: 600 }}
              >
                {translate('rex.timeline.today')}
              </Typography>
            </Box>
            {priorities.map((priority) => (
              <Box key={priority.id} component="section" sx={{ ml: '-120px', mt: 2 }}>
                <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
                  {priority.code} {translateText(priority.title, locale).text}
                </Typography>
                {objectives
                  .filter((objective) => objective.priorityId === priority.id)
                  .map((objective) => (
                    <Box key={objective.id} sx={{ mt: 0.5 }}>
                      <Typography variant="body2" component="h3" color="text.secondary">
                        {objective.code} {translateText(objective.title, locale).text}
                      </Typography>
                      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                        {milestones
                          .filter((milestone) => milestone.objectiveId === objective.id)
                          .map((milestone) => (
                            <Bar key={milestone.id} milestone={milestone} axis={axis} />
                          ))}
                      </Box>
                    </Box>
                  ))}
              </Box>
            ))}
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
