import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { translate, type Translatable } from './translatable.js';

interface Props {
  source: string;
  label?: string;
  /** Show the whole text (show views) rather than one line (lists). */
  multiline?: boolean;
  sortBy?: string;
  sortable?: boolean;
}

/**
 * A translatable text in the interface language, falling back to English with
 * a visible "EN" tag (and the language set on the element, for screen readers).
 */
export function TranslatedField({ source, multiline }: Props) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const translateMessage = useTranslate();
  const value = record?.[source] as Translatable | undefined;
  const shown = translate(value, locale);
  if (!shown.text) return null;
  return (
    <Box component="span" sx={{ display: 'inline', whiteSpace: multiline ? 'pre-wrap' : undefined }}>
      <span lang={shown.locale ?? undefined}>{shown.text}</span>
      {shown.fallback ? (
        <Typography
          component="abbr"
          variant="caption"
          title={translateMessage('rex.translatable.missing')}
          sx={{ ml: 0.5, px: 0.5, border: 1, borderRadius: 1, color: 'text.secondary', textDecoration: 'none' }}
        >
          {shown.locale?.toUpperCase()}
        </Typography>
      ) : null}
    </Box>
  );
}
