import DownloadIcon from '@mui/icons-material/GetApp';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Card,
  CardContent,
  FormControl,
  InputLabel,
  Link as MuiLink,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Loading, Title, useLocaleState, useNotify, useTranslate, type HttpError } from 'react-admin';
import { Link } from 'react-router-dom';
import { downloadFromApi, postFileToApi } from '../providers/api-files.js';
import { mayImport, rowActions, rowChanges, rowProblems, type ImportReport } from './import-report.js';
import { useRecordList } from '../common/records.js';
import { translate as translateText } from '../common/translatable.js';

const ACCEPTED = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function Step({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-labelledby={id} sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" id={id} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

/** A field's value as the reader reads it: a translatable text in their language, a status by its label. */
function useChangeValue() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (field === 'status') return translate(`rex.status.${String(value)}`);
    if (field === 'visibility') return translate(`rex.visibility.${String(value)}`);
    if (typeof value === 'object' && !Array.isArray(value)) return translateText(value, locale).text;
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
}

/** What the rows that change a milestone would change, field by field: before → after. */
function RowChanges({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const shown = useChangeValue();
  const changes = rowChanges(report);
  if (changes.length === 0) return null;
  return (
    <Box sx={{ overflowX: 'auto', mt: 2 }}>
      <Table size="small" aria-label={translate('rex.import.changes')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('rex.import.row')}</TableCell>
            <TableCell>{translate('resources.milestones.fields.code')}</TableCell>
            <TableCell>{translate('rex.import.field')}</TableCell>
            <TableCell>{translate('rex.import.before')}</TableCell>
            <TableCell>{translate('rex.import.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {changes.map((change) => (
            <TableRow key={`${change.row}-${change.field}`} data-testid={`import-change-${change.row}`}>
              <TableCell>{change.row}</TableCell>
              <TableCell>{change.code ?? ''}</TableCell>
              <TableCell>{translate(`resources.milestones.fields.${change.field}`, { _: change.field })}</TableCell>
              <TableCell>{shown(change.field, change.from)}</TableCell>
              <TableCell>{shown(change.field, change.to)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/** The dry run's verdict, every row's problems one per line as the API named them, and what it would change. */
function DryRunResult({ report }: { report: ImportReport }) {
  const translate = useTranslate();
  const problems = rowProblems(report);
  const actions = rowActions(report);
  return (
    <Box data-testid="import-dry-run">
      {report.invalid === 0 ? (
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('rex.import.all_valid', { total: report.total })}{' '}
          {translate('rex.import.would_do', {
            create: actions.create,
            update: actions.update,
            unchanged: actions.unchanged,
          })}
        </Alert>
      ) : (
        <Alert severity="error" sx={{ mb: 2 }}>
          <AlertTitle>
            {translate('rex.import.some_invalid', { invalid: report.invalid, total: report.total })}
          </AlertTitle>
          {translate('rex.import.fix_and_retry')}
        </Alert>
      )}
      {problems.length > 0 ? (
        <Table size="small" aria-label={translate('rex.import.problems')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('rex.import.row')}</TableCell>
              <TableCell>{translate('resources.milestones.fields.code')}</TableCell>
              <TableCell>{translate('rex.import.column')}</TableCell>
              <TableCell>{translate('rex.import.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {problems.map((problem) => (
              <TableRow key={`${problem.row}-${problem.column}`} data-testid={`import-problem-${problem.row}`}>
                <TableCell>{problem.row}</TableCell>
                <TableCell>{problem.code ?? ''}</TableCell>
                <TableCell>
                  <code>{problem.column}</code>
                </TableCell>
                <TableCell>{problem.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <RowChanges report={report} />
    </Box>
  );
}

/** A refused request (unreadable file, unknown plan): the API's message and the problems it names. */
function Refusal({ error }: { error: HttpError }) {
  const errors = (error.body as { errors?: Record<string, string> } | undefined)?.errors ?? {};
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      <AlertTitle>{error.message}</AlertTitle>
      {Object.entries(errors).map(([field, message]) => (
        <div key={field}>
          <code>{field}</code>: {message}
        </div>
      ))}
    </Alert>
  );
}

/**
 * Milestones from a spreadsheet, for staff: take the template, fill it, check
 * it (a dry run that lists every row's problems and writes nothing), then
 * import; the API creates all rows in one transaction, or none.
 */
export function ImportMilestones() {
  const translate = useTranslate();
  const notify = useNotify();
  const { data: plans, isPending } = useRecordList('action-plans', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const [chosenPlanId, setPlanId] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState<ImportReport | null>(null);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const [refusal, setRefusal] = useState<HttpError | null>(null);
  const [busy, setBusy] = useState(false);
  if (isPending) return <Loading />;
  // REX/587 when present, else the first plan, until staff choose another.
  const defaultPlan = plans?.find((plan) => plan.code === 'REX/587') ?? plans?.[0];
  const planId = chosenPlanId ?? String(defaultPlan?.id ?? '');

  /** A new file or plan voids the last dry run: the import must follow a check of exactly what it sends. */
  const restart = () => {
    setDryRun(null);
    setImported(null);
    setRefusal(null);
  };

  const template = async (format: 'csv' | 'xlsx') => {
    try {
      await downloadFromApi(`/milestones/import-template?format=${format}`, `milestones-import.${format}`);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  const send = async (asDryRun: boolean) => {
    if (!file || !planId) return;
    setBusy(true);
    setRefusal(null);
    try {
      const query = `actionPlanId=${encodeURIComponent(planId)}&dryRun=${String(asDryRun)}`;
      const report = await postFileToApi<ImportReport>(`/milestones/import?${query}`, file);
      if (asDryRun) setDryRun(report);
      else {
        setDryRun(null);
        setImported(report);
      }
    } catch (error) {
      setRefusal(error as HttpError);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title="rex.import.title" />
      <Typography variant="body1" sx={{ mb: 2 }}>
        {translate('rex.import.intro')}
      </Typography>

      <Step id="import-template" title={translate('rex.import.step_template')}>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('rex.import.template_help')}
        </Typography>
        <Stack direction="row" spacing={1}>
          {(['xlsx', 'csv'] as const).map((format) => (
            <Button key={format} variant="outlined" startIcon={<DownloadIcon />} onClick={() => void template(format)}>
              {translate('rex.import.template', { format: format.toUpperCase() })}
            </Button>
          ))}
        </Stack>
      </Step>

      <Step id="import-check" title={translate('rex.import.step_check')}>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, mb: 2 }}>
          <FormControl size="small" sx={{ minWidth: 200 }}>
            <InputLabel id="import-plan">{translate('rex.import.plan')}</InputLabel>
            <Select
              labelId="import-plan"
              label={translate('rex.import.plan')}
              value={planId}
              onChange={(event) => {
                setPlanId(event.target.value);
                restart();
              }}
            >
              {(plans ?? []).map((plan) => (
                <MenuItem key={plan.id} value={plan.id}>
                  {plan.code}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} sx={{ flexShrink: 0 }}>
            {translate('rex.import.choose_file')}
            <input
              type="file"
              accept={ACCEPTED}
              hidden
              data-testid="import-file"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                restart();
                // Choosing the same file again (after fixing it) must fire a change too.
                event.target.value = '';
              }}
            />
          </Button>
          <Typography variant="body2" aria-live="polite">
            {file ? file.name : translate('rex.import.no_file')}
          </Typography>
          <Button
            variant="contained"
            startIcon={<FactCheckIcon />}
            disabled={!file || !planId || busy}
            onClick={() => void send(true)}
            sx={{ flexShrink: 0 }}
          >
            {translate('rex.import.check')}
          </Button>
        </Stack>
        {refusal ? <Refusal error={refusal} /> : null}
        {dryRun ? <DryRunResult report={dryRun} /> : null}
      </Step>

      <Step id="import-apply" title={translate('rex.import.step_import')}>
        {imported ? (
          <Alert severity="success" role="status" data-testid="import-done">
            {translate('rex.import.created', { count: imported.created })}{' '}
            {translate('rex.import.updated', { count: imported.updated })}{' '}
            <MuiLink
              component={Link}
              to={`/milestones?filter=${encodeURIComponent(JSON.stringify({ actionPlanId: planId }))}`}
            >
              {translate('rex.import.show_milestones')}
            </MuiLink>
          </Alert>
        ) : (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('rex.import.import_help')}
            </Typography>
            <Button
              variant="contained"
              startIcon={<UploadFileIcon />}
              disabled={!mayImport(dryRun) || busy}
              onClick={() => void send(false)}
            >
              {translate('rex.import.import', { count: mayImport(dryRun) ? (dryRun?.valid ?? 0) : 0 })}
            </Button>
          </>
        )}
      </Step>
    </Box>
  );
}
