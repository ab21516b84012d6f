import { Box, LinearProgress, Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';

/** A percentage as a bar and a number formatted for the interface language. */
export function ProgressBar({ value }: { value: number | null | undefined }) {
  const [locale] = useLocaleState();
  if (value === null || value === undefined) return null;
  const text = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 120 }}>
      <LinearProgress
        variant="determinate"
        value={value}
        sx={{ flex: 1, height: 8, borderRadius: 1 }}
        aria-label={text}
      />
      <Typography variant="body2" sx={{ minWidth: 40, textAlign: 'right' }}>
        {text}
      </Typography>
    </Box>
  );
}

export function ProgressField({ source = 'progress' }: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return <ProgressBar value={record?.[source] as number | null | undefined} />;
}
