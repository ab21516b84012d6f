#!/usr/bin/env node
// Builds what changed, and only that: the server (TypeScript -> dist/, incremental) and the admin app
// (Vite -> dist/admin, skipped when none of its inputs changed since the last build). `npm start` and
// `npm run build` call it; so does `npm install` (the `prepare` script, with --install), so that the first
// `npm start` after an install finds everything built. Both builds run side by side.
//
//   node scripts/build.mjs            build what changed
//   node scripts/build.mjs --force    build everything
//   node scripts/build.mjs --install  as npm's prepare step: skipped where there is nothing to build
//                                     (Docker's dependency layers copy package*.json only; --omit=dev has no tsc)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const adminOut = join(root, 'dist/admin');
const adminStamp = join(adminOut, '.inputs-sha256');

if (args.has('--install') && !canBuild()) process.exit(0);

/** Whether the sources and the dev tools are here (not so in Docker's dependency layers). */
function canBuild() {
  if (!existsSync(join(root, 'apps/api/src')) || !existsSync(join(root, 'apps/admin'))) return false;
  try {
    const require = createRequire(join(root, 'package.json'));
    require.resolve('typescript/package.json');
    require.resolve('vite/package.json');
    return true;
  } catch {
    return false;
  }
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* files(path);
    } else yield path;
  }
}

/** A digest of everything the admin build reads: its sources and config, and the installed versions. */
function adminInputs() {
  const digest = createHash('sha256');
  const inputs = [...files(join(root, 'apps/admin')), join(root, 'package-lock.json'), join(root, 'tsconfig.json')];
  for (const path of inputs.sort()) {
    digest.update(relative(root, path));
    digest.update(readFileSync(path));
  }
  return digest.digest('hex');
}

function run(command, commandArgs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, command), ...commandArgs], { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(' ')} failed (${signal ?? code})`)),
    );
  });
}

const started = performance.now();
// tsc --build skips a project whose outputs are newer than its inputs, and otherwise re-emits only what changed.
const server = run('node_modules/typescript/bin/tsc', [
  '--build',
  'tsconfig.build.json',
  ...(force ? ['--force'] : []),
]);
const inputs = adminInputs();
const adminCurrent =
  !force &&
  existsSync(join(adminOut, 'index.html')) &&
  existsSync(adminStamp) &&
  readFileSync(adminStamp, 'utf8') === inputs;
const admin = adminCurrent
  ? Promise.resolve()
  : run('node_modules/vite/bin/vite.js', ['build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn']).then(
      () => writeFileSync(adminStamp, inputs),
    );
try {
  await Promise.all([server, admin]);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
if (!adminCurrent || force) {
  process.stdout.write(
    `Built the server and the admin app in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
