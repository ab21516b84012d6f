import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { ExportTask, RenderTask } from './render-task.js';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The compiled worker file. From dist (npm start, Docker) it sits beside this one; when this module runs from
 * its TypeScript source (the tests), the build's copy is used, so `npm run build` must have run (npm test does).
 */
function workerFile(): string {
  const beside = join(here, 'render-task.js');
  if (existsSync(beside)) return beside;
  const at = here.lastIndexOf(`${sep}libs${sep}`);
  const built = join(`${here.slice(0, at)}${sep}dist${here.slice(at)}`, 'render-task.js');
  if (existsSync(built)) return built;
  throw new Error(`The report renderer is not built (${built} is missing): run \`npm run build\``);
}

/**
 * A digest of the renderers' code: a stored file made by other code (an upgrade) is made again, not served.
 * The files of this folder are what lays a report out; the words and the view come in the task.
 */
export function rendererDigest(folder = here): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) {
    if (/\.(js|ts)$/.test(name) && !/\.(spec|d)\.ts$/.test(name))
      hash.update(name).update(readFileSync(join(folder, name)));
  }
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
      filename: workerFile(),
      minThreads: 0,
      maxThreads: Math.max(1, availableParallelism() - 1),
      idleTimeout: 30_000,
      maxQueue: 64,
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
