import { Box, FormLabel, Slider, Typography } from '@mui/material';
import { useId } from 'react';
import { useInput, useLocaleState, useTranslate } from 'react-admin';

/** Progress 0-100 in steps of 5, as a slider: a partner sets it in one gesture (or with the arrow keys). */
export function ProgressSliderInput({ source, label }: { source: string; label: string }) {
  const { field } = useInput({ source, defaultValue: 0 });
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const labelId = useId();
  const value = Number(field.value ?? 0);
  const format = (n: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(n / 100);
  return (
    <Box sx={{ width: '100%', maxWidth: 480, mb: 2 }}>
      <FormLabel id={labelId}>{translate(label)}</FormLabel>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Slider
          value={value}
          onChange={(_event, next) => field.onChange(next)}
          onBlur={field.onBlur}
          step={5}
          min={0}
          max={100}
          marks
          valueLabelDisplay="auto"
          valueLabelFormat={format}
          getAriaValueText={format}
          slotProps={{ input: { 'aria-labelledby': labelId, name: source } }}
        />
        <Typography sx={{ minWidth: 48 }} data-testid={`${source}-value`}>
          {format(value)}
        </Typography>
      </Box>
    </Box>
  );
}
