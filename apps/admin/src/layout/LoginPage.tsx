import { Box, Link, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Login, LoginForm, useLocaleState, useTranslate } from 'react-admin';
import { publicSummaryUrl } from '../common/PublicSummaryLink.js';
import { API_URL } from '../providers/http-client.js';

interface PublicPlan {
  id: string;
  code: string;
}

/** The plans anyone may read without an account (GET /api/public/plans); none when the API cannot say. */
function usePublicPlans(): PublicPlan[] {
  const [plans, setPlans] = useState<PublicPlan[]>([]);
  useEffect(() => {
    let current = true;
    fetch(`${API_URL}/public/plans`)
      .then((response) => (response.ok ? (response.json() as Promise<PublicPlan[]>) : []))
      .then((found) => current && setPlans(found))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return plans;
}

/**
 * react-admin's sign-in, with a way to the plans' public summaries below it
 * for visitors who have no account (the press, partners' members, the public).
 */
export function LoginPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const plans = usePublicPlans();
  return (
    <Login>
      <LoginForm />
      {plans.length > 0 ? (
        <Box component="footer" sx={{ px: 2, pb: 2, maxWidth: 300, mx: 'auto', textAlign: 'center' }}>
          <Typography variant="body2">
            {translate('rex.public_summary.no_account')}{' '}
            {plans.map((plan, index) => (
              <span key={plan.id}>
                {index > 0 ? ', ' : null}
                <Link href={publicSummaryUrl(plan.id, locale)}>
                  {translate('rex.public_summary.of_plan', { code: plan.code })}
                </Link>
              </span>
            ))}
          </Typography>
        </Box>
      ) : null}
    </Login>
  );
}
