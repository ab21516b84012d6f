import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useListContext, useLocaleState, useNotify, useResourceContext, useTranslate } from 'react-admin';
import { downloadFromApi } from '../providers/api-files.js';

const FORMATS = [
  { format: 'csv', name: 'CSV' },
  { format: 'xlsx', name: 'Excel (XLSX)' },
] as const;

/**
 * The API's export of a list (`/api/{resource}/export`) with the filter and sort the list shows now, its
 * headers and labels in the interface's language.
 */
export function exportPath(
  resource: string,
  format: string,
  filter: Record<string, unknown>,
  sort: { field: string; order: string },
  lang: string,
): string {
  const query = new URLSearchParams({
    format,
    filter: JSON.stringify(filter),
    sort: JSON.stringify([sort.field, sort.order]),
    lang,
  });
  return `/${resource}/export?${query.toString()}`;
}

/**
 * Exports every row the list's filter selects, not only the page on screen,
 * as CSV or XLSX. The API writes the file and scopes it exactly as it scopes
 * the list (a partner's export has no internal notes), so it replaces
 * react-admin's client-side CSV export, which only knows the fetched rows.
 */
export function ApiExportButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const resource = useResourceContext() ?? '';
  const [locale] = useLocaleState();
  const { filterValues, sort, total } = useListContext();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const exportAs = async (format: string) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadFromApi(exportPath(resource, format, filterValues, sort, locale), `${resource}.${format}`);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        onClick={(event) => setAnchor(event.currentTarget)}
        disabled={busy || total === 0}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
      >
        {translate('ra.action.export')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {FORMATS.map(({ format, name }) => (
          <MenuItem key={format} onClick={() => void exportAs(format)}>
            {translate('rex.export.as', { format: name })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
