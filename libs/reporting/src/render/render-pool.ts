import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import { compiledWorkerFile, WORKER_THREAD_NICE } from '#config';
import { serverTextsFingerprint } from '#i18n';
import type { ExportTask, RenderTask } from './render-task.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * A digest of the code that writes a report file: a stored file made by other code (an upgrade) is made again,
 * not served. That code is this folder, the view the files are written from, and the server's texts.
 */
export function rendererDigest(folder = here): string {
  const hash = createHash('sha256');
  const parent = dirname(folder);
  const files = [
    ...readdirSync(folder).map((name) => join(folder, name)),
    ...readdirSync(parent)
      .filter((name) => /^(report-view|report-text|snapshot)\./.test(name))
      .map((name) => join(parent, name)),
  ];
  for (const file of files.filter((name) => /\.(js|ts)$/.test(name) && !/\.(spec|d)\.ts$/.test(name)).sort()) {
    hash.update(file.slice(parent.length)).update(readFileSync(file));
  }
  // The words live in libs/i18n, and ICU's data writes their dates: a corrected translation makes the files again.
  hash.update(serverTextsFingerprint()).update(process.versions.icu ?? '');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Worker threads that lay reports out, off the event loop: at most one fewer than the cores (at least one), none
 * while idle (a thread holding the document libraries costs ~60 MB), and a bounded queue beyond which a
 * download is refused rather than waiting for minutes.
 */
@Injectable()
export class ReportRenderer implements OnModuleDestroy {
  private pool: Piscina | null = null;

  private threads(): Piscina {
    this.pool ??= new Piscina({
      filename: compiledWorkerFile(import.meta.url, 'render-task.js'),
      minThreads: 0,
      maxThreads: Math.max(1, availableParallelism() - 1),
      idleTimeout: 30_000,
      maxQueue: 64,
      niceIncrement: WORKER_THREAD_NICE,
    });
    return this.pool;
  }

  async render(task: RenderTask | ExportTask): Promise<Buffer> {
    const bytes = (await this.threads().run(task)) as Uint8Array;
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Files laid out so far by this process's threads (the cache serves the rest). */
  completed(): number {
    return this.pool?.completed ?? 0;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}
