import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloseIcon from '@mui/icons-material/Close';
import { Button, ButtonGroup, Stack } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { EvidenceFileSummary, ProgressUpdateRecord, ProgressUpdateState } from '#contracts';
import { API_URL, callApi } from '../providers/http-client.js';
import { session } from '../providers/session.js';
import { useRole } from './permissions.js';

/** Evidence downloads need the bearer token, which a plain link cannot send: fetch, then hand the file over. */
async function download(updateId: string, file: EvidenceFileSummary) {
  const response = await fetch(`${API_URL}/progress-updates/${updateId}/evidence/${file.id}`, {
    headers: { Authorization: `Bearer ${session.token() ?? ''}` },
  });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Files can be removed while the update can still be edited (as the API allows): awaiting review, or returned. */
const EDITABLE_STATES: readonly ProgressUpdateState[] = ['submitted', 'returned'];

export function EvidenceFilesField(_props: { label?: string }) {
  const record = useRecordContext<ProgressUpdateRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const { role, isStaff } = useRole();
  const [removing, setRemoving] = useState<EvidenceFileSummary | null>(null);
  const files = record?.evidenceFiles ?? [];
  if (!record || files.length === 0) return null;
  // Staff remove files only from what staff entered: a partner's evidence is the partner's (as the API rules).
  const removable =
    role !== undefined &&
    role !== 'viewer' &&
    (!isStaff || record.enteredByStaff) &&
    EDITABLE_STATES.includes(record.state);
  const remove = async (file: EvidenceFileSummary) => {
    setRemoving(null);
    try {
      await callApi(`/progress-updates/${record.id}/evidence/${file.id}`, { method: 'DELETE' });
      notify('rex.evidence.removed', { type: 'info', messageArgs: { name: file.fileName } });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack sx={{ flexWrap: 'wrap', gap: 1 }} direction="row">
      {files.map((file) => (
        <ButtonGroup key={file.id} size="small" variant="outlined">
          <Button
            startIcon={<AttachFileIcon />}
            onClick={() =>
              void download(record.id, file).catch((error: Error) => notify(error.message, { type: 'error' }))
            }
          >
            {file.fileName} ({Math.ceil(file.sizeBytes / 1024)} kB)
          </Button>
          {removable ? (
            <Button
              aria-label={translate('rex.evidence.remove', { name: file.fileName })}
              title={translate('rex.evidence.remove', { name: file.fileName })}
              onClick={() => setRemoving(file)}
            >
              <CloseIcon fontSize="small" />
            </Button>
          ) : null}
        </ButtonGroup>
      ))}
      <Confirm
        isOpen={removing !== null}
        title="rex.evidence.confirm_title"
        content="rex.evidence.confirm_content"
        translateOptions={{ name: removing?.fileName ?? '' }}
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}

/** Attaches a file to a progress update (multipart, one file per request). */
export async function uploadEvidence(updateId: string, file: File): Promise<void> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(`${API_URL}/progress-updates/${updateId}/evidence`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${session.token() ?? ''}` },
    body: form,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new Error(body.message ?? `${response.status} ${response.statusText}`);
  }
}
