import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compiled file of a worker thread, `name` beside the module at `moduleUrl`. From dist (npm start, Docker)
 * it is a sibling; when the module runs from its TypeScript source (the tests, through ts-jest), worker threads
 * cannot load TypeScript, so the build's copy is used: `npm run build` must have run (npm test does).
 */
export function compiledWorkerFile(moduleUrl: string, name: string): string {
  const here = dirname(fileURLToPath(moduleUrl));
  const beside = join(here, name);
  if (existsSync(beside)) return beside;
  const at = here.lastIndexOf(`${sep}libs${sep}`);
  const built = join(`${here.slice(0, at)}${sep}dist${here.slice(at)}`, name);
  if (at >= 0 && existsSync(built)) return built;
  throw new Error(`The worker thread ${name} is not built (${built} is missing): run \`npm run build\``);
}

/**
 * How much nicer than the event loop a worker thread runs (piscina's `niceIncrement`, applied per thread on
 * Linux): laying out a report or reading an import file takes the CPU only when requests leave it, so forty
 * downloads at once slow the downloads, not every other answer.
 */
export const WORKER_THREAD_NICE = 10;
