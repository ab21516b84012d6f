/**
 * Characters a person cannot see or that reorder what they see: controls (C0,
 * DEL, C1: CR/LF end a header line), format characters (the bidi embeddings,
 * overrides, isolates and marks U+202A-202E, U+2066-2069, U+200E/F, U+061C;
 * zero-width characters; the BOM) and the line and paragraph separators.
 * A right-to-left override makes `report\u202Egnp.exe` look like `reportexe.png`.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Reserved in Windows file names; `"` would also end the quoted name of Content-Disposition. */
const RESERVED = /["<>|:*?]/g;
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * A user-chosen name as a plain file name: its last path segment, in NFC, with
 * nothing invisible, no reserved character, no leading or trailing dots or
 * spaces (Windows drops trailing ones, hiding the real extension), at most 200
 * characters; `fallback` when nothing is left.
 */
export function plainFileName(name: string, fallback: string): string {
  const visible = name.normalize('NFC').replace(INVISIBLE, '');
  const base = visible.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(RESERVED, '_').replace(/^[\s.]+|[\s.]+$/gu, '');
  const short = [...cleaned]
    .slice(0, MAX_FILE_NAME_LENGTH)
    .join('')
    .replace(/[\s.]+$/u, '');
  return short === '' ? fallback : short;
}
