/**
 * What a partner may attach as evidence: documents, spreadsheets, slides and
 * images, recognised by their content (not by the name or the declared type),
 * at most 10 MB each and 10 per update.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;

export const EVIDENCE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel workbook',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text',
  'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument spreadsheet',
  'text/plain': 'text',
  'text/csv': 'CSV',
};

/**
 * The content type to store, or null when the file is not acceptable. `detected`
 * comes from the file's bytes; files with no signature (text, CSV) are accepted
 * as what they declare only if they are UTF-8 text.
 */
export function evidenceContentType(detected: string | undefined, declared: string, bytes: Buffer): string | null {
  if (detected !== undefined) return EVIDENCE_TYPES[detected] ? detected : null;
  const plain = declared.split(';')[0].trim().toLowerCase();
  if (plain !== 'text/plain' && plain !== 'text/csv') return null;
  return isUtf8Text(bytes) ? plain : null;
}

function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .map((char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || '"<>|:*?'.includes(char) ? '_' : char))
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'evidence' : cleaned;
}
