import { Alert, Box, Button, Card, CardContent, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Confirm,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
  type HttpError,
} from 'react-admin';
import type { ProgressUpdateRecord } from '#contracts';
import { useRole } from '../../common/permissions.js';
import { callApi } from '../../providers/http-client.js';

type Decision = 'approve' | 'return' | 'reject';

/** Decisions that cannot be taken back ask first: an approval becomes the milestone's figure, a rejection ends the update. */
type FinalDecision = Exclude<Decision, 'return'>;

const DONE: Record<Decision, string> = {
  approve: 'rex.review.approved',
  return: 'rex.review.returned',
  reject: 'rex.review.rejected',
};

/**
 * Staff decide on an update awaiting review. Returning and rejecting need a
 * comment (it is what the partner reads); approving applies the reported
 * figures to the milestone, or fails with 409 if the milestone changed since.
 * Each decision names the version shown, so that an update changed meanwhile
 * is refused (409) rather than decided unseen. Whoever entered or last revised
 * the update is not offered Approve: a second person must verify it.
 */
export function ReviewPanel() {
  const record = useRecordContext<ProgressUpdateRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<FinalDecision | null>(null);
  const { userId } = useRole();
  if (!record || record.state !== 'submitted') return null;
  const ownWork =
    userId === null
      ? null
      : record.submittedById === userId
        ? 'rex.review.own_entry'
        : record.revisedById === userId
          ? 'rex.review.own_revision'
          : null;

  const decide = async (decision: Decision) => {
    if (decision !== 'approve' && comment.trim() === '') {
      setMissingComment(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await callApi(`/progress-updates/${record.id}/${decision}`, {
        body: { version: record.version, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      });
      notify(DONE[decision], { type: 'success' });
      refresh();
      redirect('/review-queue');
    } catch (caught) {
      setError((caught as HttpError).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card variant="outlined" sx={{ mt: 2 }} component="section" aria-labelledby="review-heading">
      <CardContent>
        <Typography variant="h6" component="h3" id="review-heading" gutterBottom>
          {translate('rex.review.open')}
        </Typography>
        {error ? (
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {error}
          </Alert>
        ) : null}
        {ownWork ? (
          <Alert severity="info" sx={{ mb: 2 }} data-testid="own-work">
            {translate(ownWork)}
          </Alert>
        ) : null}
        <MuiTextField
          label={translate('rex.review.comment')}
          value={comment}
          onChange={(event) => {
            setComment(event.target.value);
            setMissingComment(false);
          }}
          error={missingComment}
          helperText={missingComment ? translate('rex.review.comment_required') : ' '}
          multiline
          minRows={2}
          fullWidth
          name="reviewComment"
        />
        <Box sx={{ mt: 1 }}>
          <Stack direction="row" spacing={1}>
            {ownWork ? null : (
              <Button variant="contained" color="success" disabled={busy} onClick={() => setAsking('approve')}>
                {translate('rex.review.approve')}
              </Button>
            )}
            <Button variant="outlined" disabled={busy} onClick={() => void decide('return')}>
              {translate('rex.review.return')}
            </Button>
            <Button
              variant="outlined"
              color="error"
              disabled={busy}
              onClick={() => (comment.trim() === '' ? setMissingComment(true) : setAsking('reject'))}
            >
              {translate('rex.review.reject')}
            </Button>
          </Stack>
        </Box>
        <Confirm
          isOpen={asking !== null}
          title={`rex.review.confirm_${asking ?? 'approve'}_title`}
          content={`rex.review.confirm_${asking ?? 'approve'}_content`}
          confirm={asking === 'reject' ? 'rex.review.reject' : 'rex.review.approve'}
          confirmColor={asking === 'reject' ? 'warning' : 'primary'}
          onConfirm={() => {
            const decision = asking;
            setAsking(null);
            if (decision) void decide(decision);
          }}
          onClose={() => setAsking(null)}
        />
      </CardContent>
    </Card>
  );
}
