import PublicIcon from '@mui/icons-material/Public';
import { Button } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';

/** The address of a plan's public page (no sign-in), in the reader's language. */
export function publicSummaryUrl(planId: string, locale: string): string {
  return `/api/public/plans/${encodeURIComponent(planId)}?format=html&lang=${encodeURIComponent(locale)}`;
}

/** Opens the plan's public summary, what anyone sees without an account, in a new tab. */
export function PublicSummaryButton({ planId }: { planId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Button
      size="small"
      startIcon={<PublicIcon />}
      href={publicSummaryUrl(planId, locale)}
      target="_blank"
      rel="noopener"
    >
      {translate('rex.public_summary.open')}
    </Button>
  );
}
