import { Card, CardContent, Typography } from '@mui/material';
import {
  Form,
  PasswordInput,
  SaveButton,
  Title,
  minLength,
  required,
  useNotify,
  useRedirect,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { callApi } from '../providers/http-client.js';
import { session, type CurrentUser } from '../providers/session.js';

/** The API's rule (libs/access/src/password.ts); it checks again. */
const MIN_PASSWORD_LENGTH = 10;

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const sameAsNew = (value: string, values: PasswordValues) =>
  value === values.newPassword ? undefined : 'rex.password.mismatch';

/**
 * Change one's own password. The API signs the account out everywhere else (every earlier token stops working)
 * and answers with a new token, which this browser keeps: the person stays signed in here.
 */
export function ChangePassword() {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();

  const submit = async (values: Partial<PasswordValues>) => {
    try {
      const signedIn = await callApi<{ accessToken: string; expiresAt: string; user: CurrentUser }>('/auth/password', {
        body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      });
      session.save(signedIn);
      notify('rex.password.changed', { type: 'success' });
      redirect('/');
      return undefined;
    } catch (error) {
      // 400: the API names the field (a wrong current password, a new one too short).
      const errors = (error as HttpError).body?.errors as Record<string, string> | undefined;
      if (errors) return errors;
      notify((error as HttpError).message || 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title={translate('rex.password.title')} />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('rex.password.explanation', { min: MIN_PASSWORD_LENGTH })}
        </Typography>
        <Form onSubmit={submit}>
          <PasswordInput
            source="currentPassword"
            label="rex.password.current"
            validate={required()}
            autoComplete="current-password"
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="rex.password.new"
            validate={[required(), minLength(MIN_PASSWORD_LENGTH)]}
            autoComplete="new-password"
            fullWidth
          />
          <PasswordInput
            source="confirmPassword"
            label="rex.password.confirm"
            validate={[required(), sameAsNew]}
            autoComplete="new-password"
            fullWidth
          />
          <SaveButton label="rex.password.save" alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
}
