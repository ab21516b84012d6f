import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { compiledWorkerFile, WORKER_THREAD_NICE } from '#config';
import { ImportFileError, type ImportRow } from './milestone-import.js';
import type { ReadImportResult } from './read-import.task.js';

/** What one import file may cost to read: a worker thread's heap, and time. */
export const IMPORT_READ_LIMITS = { heapMb: 256, seconds: 30 } as const;

/**
 * Reads import files in one worker thread with its own heap limit and a time limit: a spreadsheet built to
 * explode (200,000 rows in 9 MB, a zip bomb) costs that thread, never the API's memory or event loop. Past
 * either limit the thread is ended and the file refused.
 */
@Injectable()
export class ImportReader implements OnModuleDestroy {
  private pool: Piscina | null = null;

  async read(content: Buffer): Promise<ImportRow[]> {
    this.pool ??= new Piscina({
      filename: compiledWorkerFile(import.meta.url, 'read-import.task.js'),
      minThreads: 0,
      maxThreads: 1,
      idleTimeout: 30_000,
      maxQueue: 16,
      niceIncrement: WORKER_THREAD_NICE,
      resourceLimits: { maxOldGenerationSizeMb: IMPORT_READ_LIMITS.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    let result: ReadImportResult;
    try {
      result = (await this.pool.run(content, {
        signal: AbortSignal.timeout(IMPORT_READ_LIMITS.seconds * 1000),
      })) as ReadImportResult;
    } catch (error) {
      const code = (error as { code?: unknown; name?: unknown }).code ?? (error as { name?: unknown }).name;
      if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
        throw new ImportFileError({ key: 'needsMemory', megabytes: IMPORT_READ_LIMITS.heapMb });
      }
      if (code === 'AbortError' || code === 'TimeoutError') {
        throw new ImportFileError({ key: 'tooSlow', seconds: IMPORT_READ_LIMITS.seconds });
      }
      throw error;
    }
    if ('fileError' in result) throw new ImportFileError(result.fileError);
    return result.rows;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
