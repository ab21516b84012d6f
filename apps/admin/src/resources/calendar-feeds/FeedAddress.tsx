import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, AlertTitle, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/**
 * The secret address of a feed just made. The API stores only a hash of it,
 * so this is the one time anyone sees it: copy it into the calendar app now.
 */
export function FeedAddress({ url, label }: { url: string; label: string }) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard permission (an insecure origin, a locked-down browser): select it for Ctrl+C instead.
      input.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }} component="section" aria-labelledby="feed-created">
      <CardContent>
        <Typography variant="h6" component="h2" id="feed-created" gutterBottom>
          {translate('rex.calendar_feeds.created', { label })}
        </Typography>
        <Alert severity="warning" sx={{ mb: 2 }} role="note">
          <AlertTitle>{translate('rex.calendar_feeds.shown_once_title')}</AlertTitle>
          {translate('rex.calendar_feeds.shown_once')}
        </Alert>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            inputRef={input}
            value={url}
            label={translate('rex.calendar_feeds.url')}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'calendar-feed-url' } }}
            onFocus={(event) => event.target.select()}
          />
          <Button variant="contained" startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
            {translate('rex.calendar_feeds.copy')}
          </Button>
        </Stack>
        <Box role="status" sx={{ minHeight: 24, mt: 1 }}>
          {copied ? translate('rex.calendar_feeds.copied') : ''}
        </Box>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('rex.calendar_feeds.how_to')}
        </Typography>
        <Button component={Link} to="/calendar-feeds" variant="outlined">
          {translate('rex.calendar_feeds.back')}
        </Button>
      </CardContent>
    </Card>
  );
}
