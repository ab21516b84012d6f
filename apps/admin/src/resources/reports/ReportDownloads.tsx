import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, Card, CardContent, FormControl, InputLabel, MenuItem, Select, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ReportRecord } from '#contracts';
import { downloadFromApi } from '../../providers/api-files.js';
import { LOCALES, type Locale } from '../../providers/i18n-provider.js';

/** The formats the API writes a report in; their names are the same in every language. */
const FORMATS = [
  { format: 'docx', name: 'DOCX' },
  { format: 'pdf', name: 'PDF' },
  { format: 'xlsx', name: 'XLSX' },
  { format: 'csv', name: 'CSV' },
] as const;

/**
 * The report as a file for the plenary dossier, in the language chosen here
 * (the interface's by default): DOCX to edit in Word, PDF to circulate, XLSX
 * and CSV for figures.
 */
export function ReportDownloads() {
  const record = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [language, setLanguage] = useState<Locale>((locale as Locale) ?? 'en');
  const [busy, setBusy] = useState<string | null>(null);
  const labelId = useId();
  if (!record) return null;

  const download = async (format: string) => {
    setBusy(format);
    try {
      await downloadFromApi(
        `/reports/${encodeURIComponent(record.id)}/download?format=${format}&lang=${language}`,
        `report.${format}`,
      );
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card variant="outlined" component="section" aria-labelledby={`${labelId}-title`} sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={`${labelId}-title`} gutterBottom>
          {translate('rex.reports.download')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <FormControl size="small" sx={{ minWidth: 180 }}>
            <InputLabel id={labelId}>{translate('rex.reports.file_language')}</InputLabel>
            <Select
              labelId={labelId}
              label={translate('rex.reports.file_language')}
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
            >
              {LOCALES.map((option) => (
                <MenuItem key={option.locale} value={option.locale} lang={option.locale}>
                  {option.name}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          {FORMATS.map(({ format, name }) => (
            <Button
              key={format}
              variant={format === 'docx' ? 'contained' : 'outlined'}
              startIcon={<DownloadIcon />}
              disabled={busy !== null}
              onClick={() => void download(format)}
              aria-label={translate('rex.reports.download_as', { format: name })}
            >
              {name}
            </Button>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
