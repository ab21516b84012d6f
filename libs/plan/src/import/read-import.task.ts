import type { ServerMessage } from '#i18n';
import { ImportFileError, readImportFile, type ImportRow } from './milestone-import.js';

export type ReadImportResult = { rows: ImportRow[] } | { fileError: ServerMessage };

/**
 * Reads an import file in a worker thread (import-reader.ts). A file-level problem comes back as data (its
 * catalogue message): an error's class does not cross the thread boundary.
 */
export default async function readImport(content: Uint8Array): Promise<ReadImportResult> {
  try {
    const rows = await readImportFile(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    // Calendar dates as text, as the checks read them: a Date copied across threads may be of another realm.
    return {
      rows: rows.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([name, value]) => [
            name,
            value instanceof Date ? value.toISOString().slice(0, 10) : value,
          ]),
        ),
      ),
    };
  } catch (error) {
    if (error instanceof ImportFileError) return { fileError: error.said };
    throw error;
  }
}
