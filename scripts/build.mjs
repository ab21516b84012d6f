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
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** Every folder and file under `folder` (not node_modules or dist), folders marked. */
function* tree(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (!entry.isDirectory()) yield { path, folder: false };
    else if (entry.name !== 'node_modules' && entry.name !== 'dist') {
      yield { path, folder: true };
      yield* tree(path);
    }
  }
}

/** A digest of everything the admin build reads: its sources and config, the server's contracts, and the installed versions. */
function adminInputs() {
  const digest = createHash('sha256');
  // The admin app and what it imports of the server: its enumerations (libs/contracts, '#contracts').
  const sources = [...tree(join(root, 'apps/admin')), ...tree(join(root, 'libs/contracts'))]
    .filter((entry) => !entry.folder)
    .map((entry) => entry.path);
  const inputs = [...sources, join(root, 'package.json'), join(root, 'package-lock.json'), join(root, 'tsconfig.json')];
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

const buildInfo = join(root, 'dist/.tsbuildinfo.build');

/**
 * Whether the server's last build is newer than every source file and folder (a folder's time changes when a
 * file in it is added, renamed or deleted). Checking that takes milliseconds; starting tsc to find out, ~0.5 s.
 */
function serverCurrent() {
  if (!existsSync(buildInfo) || !existsSync(join(root, 'dist/apps/api/src/main.js'))) return false;
  const built = statSync(buildInfo).mtimeMs;
  const newer = (path) => statSync(path).mtimeMs > built;
  const changed = (folder) => newer(folder) || [...tree(folder)].some((entry) => newer(entry.path));
  return (
    !['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].some((file) => newer(join(root, file))) &&
    !['apps/api/src', 'apps/worker/src', 'libs'].some((folder) => changed(join(root, folder)))
  );
}

const started = performance.now();
// tsc --build re-emits only what changed. It leaves its build info alone when no output changed (a file saved
// without a change): that is dated now, so that the next check finds the build current.
const server =
  !force && serverCurrent()
    ? Promise.resolve()
    : run('node_modules/typescript/bin/tsc', ['--build', 'tsconfig.build.json', ...(force ? ['--force'] : [])]).then(
        () => existsSync(buildInfo) && utimesSync(buildInfo, new Date(), new Date()),
      );
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
