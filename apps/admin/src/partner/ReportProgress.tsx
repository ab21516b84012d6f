import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Form,
  Loading,
  SaveButton,
  SelectInput,
  TextInput,
  Title,
  required,
  useCreate,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { choicesOf, isClosedToReports, SETTABLE_STATUSES } from '../common/domain.js';
import { DueDate } from '../common/DueDateField.js';
import { uploadEvidence } from '../common/EvidenceFiles.js';
import { ProgressSliderInput } from '../common/ProgressSliderInput.js';
import { translate as translateText } from '../common/translatable.js';
import { useRecordById } from '../common/records.js';
import { NotAvailable } from '../common/NotAvailable.js';
import { useRole } from '../common/permissions.js';

interface ReportValues {
  progress: number;
  status: string;
  narrative: string;
  evidenceUrl?: string;
}

/** The API names `narrative.en` and `evidence.0.url`; this form has one input for each. */
function formErrors(apiErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(apiErrors).map(([field, message]) => [
      field.startsWith('narrative') ? 'narrative' : field.startsWith('evidence') ? 'evidenceUrl' : field,
      message,
    ]),
  );
}

/**
 * "Report progress" in a few clicks: slide the progress, pick the status,
 * write what happened (in the interface language), optionally link or attach
 * evidence, submit. The update goes to staff for review; the milestone itself
 * changes only when they approve it.
 */
export function ReportProgress() {
  const { milestoneId = '' } = useParams();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const redirect = useRedirect();
  const [create, { isPending: saving }] = useCreate();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { data: milestone, isPending } = useRecordById('milestones', { id: milestoneId });
  const { isStaff, isPartner, organisationId, isPending: rolePending } = useRole();
  if (isPending || rolePending) return <Loading />;
  if (!milestone) return null;
  // Offered only where a report can be made: not to viewers, not on another organisation's milestone, not on
  // a closed one (the API refuses all three; the page says so before anything is typed).
  if (!isStaff && !isPartner) return <NotAvailable />;
  const responsible =
    milestone.leadOrganisationId === organisationId ||
    milestone.supportingOrganisationIds.includes(organisationId ?? '');
  if (isPartner && !responsible) return <NotAvailable reason="rex.not_available.not_your_milestone" />;
  if (isClosedToReports(milestone.recordedStatus)) return <NotAvailable reason="rex.not_available.closed" />;

  const submit = async (values: Record<string, unknown>) => {
    const report = values as unknown as ReportValues;
    setError(null);
    try {
      const created = await create(
        'progress-updates',
        {
          data: {
            milestoneId,
            progress: report.progress,
            status: report.status,
            narrative: { [locale]: report.narrative },
            evidence: report.evidenceUrl ? [{ url: report.evidenceUrl }] : [],
          },
        },
        { returnPromise: true },
      );
      if (file) {
        await uploadEvidence(String(created.id), file).catch((uploadError: Error) =>
          notify('rex.report.file_failed', { type: 'warning', messageArgs: { error: uploadError.message } }),
        );
      }
      notify('rex.report.submitted', { type: 'success' });
      redirect('show', 'progress-updates', created.id);
    } catch (caught) {
      const httpError = caught as HttpError;
      // Field errors go back to the form, which shows them at the inputs.
      const fieldErrors = (httpError.body as { errors?: Record<string, string> } | undefined)?.errors;
      if (fieldErrors) return formErrors(fieldErrors);
      setError(httpError.message);
    }
  };

  const code = milestone.code;
  return (
    <Box sx={{ mt: 2, maxWidth: 760 }}>
      <Title title={translate('rex.report.title', { code })} />
      <Card>
        <CardContent>
          <Typography variant="h5" component="h2">
            {code} {translateText(milestone.title, locale).text}
          </Typography>
          <DueDate date={milestone.dueDate} planTimeZone={milestone.timeZone} />
          {error ? (
            <Alert severity="error" role="alert" sx={{ my: 2 }}>
              {error}
            </Alert>
          ) : null}
          <Form
            onSubmit={submit}
            defaultValues={{
              progress: milestone.progress,
              status: milestone.status === 'delayed' ? 'in_progress' : milestone.status,
            }}
          >
            <Box sx={{ mt: 2 }}>
              <ProgressSliderInput source="progress" label="rex.report.progress" />
              <SelectInput
                source="status"
                label="rex.report.status"
                choices={choicesOf(SETTABLE_STATUSES, 'rex.status')}
                validate={required()}
              />
              <TextInput
                source="narrative"
                label="rex.report.narrative"
                multiline
                minRows={4}
                fullWidth
                validate={required()}
                slotProps={{ htmlInput: { lang: locale } }}
              />
              <TextInput source="evidenceUrl" label="rex.report.evidence_link" type="url" fullWidth />
              <Box sx={{ my: 2 }}>
                <Typography
                  component="label"
                  htmlFor="evidence-file"
                  variant="body2"
                  sx={{ display: 'block', mb: 0.5 }}
                >
                  {translate('rex.report.evidence_file')}
                </Typography>
                <input id="evidence-file" type="file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
              </Box>
              <SaveButton label="rex.report.submit" disabled={saving} alwaysEnable={!saving} />
              <Button sx={{ ml: 1 }} onClick={() => redirect('/my-milestones')}>
                {translate('ra.action.cancel')}
              </Button>
            </Box>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
}
