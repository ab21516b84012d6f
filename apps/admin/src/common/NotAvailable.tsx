import { Alert, AlertTitle, Box, Link as MuiLink } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useRole } from './permissions.js';

/**
 * What a page a role may not use says, instead of a form that fails on submit or a blank screen: plainly that
 * it is not available, and why.
 */
export function NotAvailable({ reason }: { reason?: string }) {
  const translate = useTranslate();
  const { role } = useRole();
  return (
    <Box sx={{ mt: 2, maxWidth: 760 }}>
      <Title title="rex.not_available.title" />
      <Alert severity="info" role="status" data-testid="not-available">
        <AlertTitle>{translate('rex.not_available.title')}</AlertTitle>
        {reason
          ? translate(reason)
          : translate('rex.not_available.role', { role: role ? translate(`rex.role.${role}`) : '' })}{' '}
        <MuiLink component={Link} to="/">
          {translate('rex.not_available.home')}
        </MuiLink>
      </Alert>
    </Box>
  );
}
