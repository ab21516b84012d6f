import { Box, Link as MuiLink, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useLocaleState, useTranslate } from 'react-admin';
import type { PriorityRecord } from '#contracts';
import { translate as translateText } from '../common/translatable.js';

/**
 * Mean progress per priority as horizontal bars, in plain HTML and CSS: five
 * bars need no charting library, labels wrap instead of being cut, and each
 * row is one link (to the priority's milestones) whose spoken name carries
 * the figure, so nothing is conveyed by bar length alone.
 */
export function ProgressChart({ priorities }: { priorities: PriorityRecord[] }) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Box
      component="ul"
      aria-label={translate('rex.dashboard.progress_chart')}
      data-testid="progress-by-priority"
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {priorities.map((priority) => {
        const value = priority.progress ?? 0;
        const title = translateText(priority.title, locale).text;
        const filter = encodeURIComponent(JSON.stringify({ priorityId: priority.id }));
        return (
          <Box component="li" key={priority.id} sx={{ mb: 1 }}>
            <MuiLink
              component={Link}
              to={`/milestones?filter=${filter}`}
              underline="hover"
              color="text.primary"
              sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 3.5em', columnGap: 1, alignItems: 'center' }}
            >
              <Typography variant="body2" sx={{ gridColumn: '1 / span 2' }}>
                <strong>{priority.code}</strong> {title}
              </Typography>
              <Box sx={{ height: 14, bgcolor: '#e3eaf3', borderRadius: 1, overflow: 'hidden' }}>
                <Box sx={{ width: `${value}%`, height: '100%', bgcolor: 'primary.main' }} />
              </Box>
              <Typography variant="body2" sx={{ textAlign: 'right' }}>
                {percent.format(value / 100)}
              </Typography>
            </MuiLink>
          </Box>
        );
      })}
    </Box>
  );
}
