import type { EvidenceKindName } from '#i18n';
import { MAX_FILE_NAME_LENGTH, plainFileName } from '#kernel';

/**
 * What a partner may attach as evidence: documents, spreadsheets, slides and
 * images, recognised by their content (not by the name or the declared type),
 * at most 10 MB each and 10 per update.
 */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;

/**
 * The accepted types, each with the extensions a stored name may end with
 * (the first is the one given to a name without one of them).
 */
export const EVIDENCE_TYPES: Record<string, { label: EvidenceKindName; extensions: readonly string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/png': { label: 'PNG image', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG image', extensions: ['jpg', 'jpeg'] },
  'image/webp': { label: 'WebP image', extensions: ['webp'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'Word document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'Excel workbook',
    extensions: ['xlsx'],
  },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    label: 'PowerPoint presentation',
    extensions: ['pptx'],
  },
  'application/vnd.oasis.opendocument.text': { label: 'OpenDocument text', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { label: 'OpenDocument spreadsheet', extensions: ['ods'] },
  'text/plain': { label: 'text', extensions: ['txt'] },
  'text/csv': { label: 'CSV', extensions: ['csv'] },
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

/** A last dot-segment of up to 10 letters and digits, at least one a letter: `.pdf`, `.bat`; not `.2` of `v1.2`. */
const EXTENSION = /^(.+)\.([\p{L}\p{N}]{1,10})$/u;

/**
 * The name to store and send back for a file of this (detected) type: a plain
 * file name (no path, nothing invisible such as a right-to-left override, no
 * control character) whose extension is one of the type's. A wrong extension is
 * replaced and a missing one appended, so that what the name promises is what
 * the content is: `minutes.hta` with PDF content is `minutes.pdf`,
 * `attendance.pdf.bat` is `attendance.pdf.pdf`, `scan` is `scan.pdf`.
 */
export function evidenceFileName(name: string, contentType: string): string {
  const plain = plainFileName(name, 'evidence');
  const extensions = EVIDENCE_TYPES[contentType]?.extensions;
  if (!extensions) return plain;
  const match = EXTENSION.exec(plain);
  const extension = match && /\p{L}/u.test(match[2]) ? match[2] : null;
  if (extension !== null && extensions.includes(extension.toLowerCase())) return plain;
  const stem = extension === null ? plain : match![1];
  // Room for the extension within the length limit.
  const room = MAX_FILE_NAME_LENGTH - extensions[0].length - 1;
  return `${
    [...stem]
      .slice(0, room)
      .join('')
      .replace(/[\s.]+$/u, '') || 'evidence'
  }.${extensions[0]}`;
}
