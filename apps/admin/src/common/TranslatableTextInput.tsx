import TranslateIcon from '@mui/icons-material/Translate';
import { Box, Chip, Stack } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { TextInput, required, useTranslate, useResourceContext, useTranslateLabel } from 'react-admin';
import { missingTranslations, TEXT_LOCALES, type Translatable } from './translatable.js';

interface Props {
  source: string;
  /** Titles need English; descriptions and narratives may be empty. */
  requireEnglish?: boolean;
  multiline?: boolean;
}

/**
 * Edits a translatable text side by side in English, Russian and Kazakh, and
 * marks the languages that still lack a translation of the English text.
 */
export function TranslatableTextInput({ source, requireEnglish, multiline }: Props) {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const value = useWatch({ name: source }) as Translatable | undefined;
  const missing = missingTranslations(value);
  const label = translateLabel({ source, resource }) as string;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, width: '100%' }}>
      <Stack
        direction="row"
        spacing={1}
        component="legend"
        sx={{ mb: 1, typography: 'subtitle2', alignItems: 'center' }}
      >
        <span>{label}</span>
        {missing.length > 0 ? (
          <Chip
            size="small"
            color="warning"
            variant="outlined"
            icon={<TranslateIcon />}
            label={`${translate('rex.translatable.missing')}: ${missing.map((locale) => locale.toUpperCase()).join(', ')}`}
            data-testid={`missing-translation-${source}`}
          />
        ) : null}
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ width: '100%' }}>
        {TEXT_LOCALES.map((locale) => (
          <TextInput
            key={locale}
            source={`${source}.${locale}`}
            label={`${label} (${translate(`rex.translatable.${locale}`)})`}
            validate={locale === 'en' && requireEnglish ? required() : undefined}
            multiline={multiline}
            minRows={multiline ? 3 : undefined}
            helperText={missing.includes(locale) ? 'rex.translatable.missing' : false}
            slotProps={{ htmlInput: { lang: locale } }}
            sx={{ flex: 1 }}
          />
        ))}
      </Stack>
    </Box>
  );
}
