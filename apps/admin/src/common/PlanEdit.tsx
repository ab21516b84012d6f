import { Alert, AlertTitle, Button } from '@mui/material';
import { Fragment, useState, type ReactNode } from 'react';
import {
  Edit,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type EditProps,
  type HttpError,
} from 'react-admin';

/** Remounts the form when the record's version changes, so a reload shows the current record, not stale inputs. */
function FormForCurrentVersion({ children }: { children: ReactNode }) {
  const record = useRecordContext();
  return <Fragment key={String(record?.version ?? '')}>{children}</Fragment>;
}

function ConflictNotice({ version, onReload }: { version: number | null; onReload: () => void }) {
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      role="alert"
      sx={{ mb: 2 }}
      data-testid="version-conflict"
      action={
        <Button color="inherit" variant="outlined" onClick={onReload}>
          {translate('rex.conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{translate('rex.conflict.title')}</AlertTitle>
      {translate('rex.conflict.message', { version: version ?? '?' })}
    </Alert>
  );
}

/**
 * The edit page of every versioned record. Saving waits for the API
 * (pessimistic), so a refused write is never shown as done; a 409 (someone
 * else saved first) keeps the user's inputs and offers to reload the current
 * record; 400 validation errors appear at the fields (react-admin reads the
 * API's `errors` object).
 */
export function PlanEdit({ children, ...props }: Omit<EditProps, 'children'> & { children: ReactNode }) {
  const [conflict, setConflict] = useState<{ version: number | null } | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = (error: unknown) => {
    const httpError = error as HttpError;
    if (httpError?.status === 409) {
      const current = (httpError.body as { current?: { version?: number } } | undefined)?.current;
      setConflict({ version: current?.version ?? null });
      return;
    }
    const fieldErrors = (httpError?.body as { errors?: Record<string, string> } | undefined)?.errors;
    if (fieldErrors && Object.keys(fieldErrors).length > 0) return;
    notify(httpError?.message || 'ra.notification.http_error', { type: 'error' });
  };
  return (
    <Edit mutationMode="pessimistic" mutationOptions={{ onError }} {...props}>
      {conflict ? (
        <ConflictNotice
          version={conflict.version}
          onReload={() => {
            setConflict(null);
            refresh();
          }}
        />
      ) : null}
      <FormForCurrentVersion>{children}</FormForCurrentVersion>
    </Edit>
  );
}
