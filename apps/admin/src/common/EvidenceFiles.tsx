import AttachFileIcon from '@mui/icons-material/AttachFile';
import { Button, Stack } from '@mui/material';
import { useNotify, useRecordContext } from 'react-admin';
import { API_URL } from '../providers/http-client.js';
import { session } from '../providers/session.js';

interface EvidenceFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/** Evidence downloads need the bearer token, which a plain link cannot send: fetch, then hand the file over. */
async function download(updateId: string, file: EvidenceFile) {
  const response = await fetch(`${API_URL}/progress-updates/${updateId}/evidence/${file.id}`, {
    headers: { Authorization: `Bearer ${session.token() ?? ''}` },
  });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function EvidenceFilesField(_props: { label?: string }) {
  const record = useRecordContext();
  const notify = useNotify();
  const files = (record?.evidenceFiles as EvidenceFile[] | undefined) ?? [];
  if (!record || files.length === 0) return null;
  return (
    <Stack sx={{ flexWrap: 'wrap' }} direction="row" spacing={1}>
      {files.map((file) => (
        <Button
          key={file.id}
          size="small"
          variant="outlined"
          startIcon={<AttachFileIcon />}
          onClick={() =>
            download(String(record.id), file).catch((error: Error) => notify(error.message, { type: 'error' }))
          }
        >
          {file.fileName} ({Math.ceil(file.sizeBytes / 1024)} kB)
        </Button>
      ))}
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
