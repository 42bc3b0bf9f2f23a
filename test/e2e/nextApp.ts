import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = path.join(ROOT, 'test/e2e/next-app');
const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', KIT_ROOT: ROOT };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}

/** What the build depends on: the fixture, the kit as built (dist/), and the Next.js version. */
async function buildKey(): Promise<string> {
  const hash = createHash('sha256');
  const nextPackage = JSON.parse(await readFile(path.join(ROOT, 'node_modules/next/package.json'), 'utf8')) as { version: string };
  hash.update(nextPackage.version);
  for (const file of [...(await filesUnder(FIXTURE)), ...(await filesUnder(path.join(ROOT, 'dist'))).filter((f) => /\.(js|css)$/.test(f))]) {
    hash.update(path.relative(ROOT, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

const exists = (file: string) => stat(file).then(() => true, () => false);

/**
 * Builds the fixture app with `next build` (Turbopack) in .cache/ inside the repository (its
 * node_modules hold next, react and, by self-reference, the kit through its exports map), once
 * per distinct input: the build takes over a minute on two cores, so an unchanged one is reused.
 */
export async function buildNextApp(): Promise<{ dir: string; built: boolean; ms: number }> {
  if (!(await exists(path.join(ROOT, 'dist/next.js')))) throw new Error('dist/next.js is missing: run `npm run build` first');
  const dir = path.join(ROOT, '.cache/next-e2e', await buildKey());
  if (await exists(path.join(dir, '.next/BUILD_ID'))) return { dir, built: false, ms: 0 };
  await rm(path.join(ROOT, '.cache/next-e2e'), { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(FIXTURE, dir, { recursive: true });
  const started = performance.now();
  await promisify(execFile)(process.execPath, [NEXT_BIN, 'build'], { cwd: dir, env: ENV, maxBuffer: 16 * 1024 * 1024 });
  return { dir, built: true, ms: Math.round(performance.now() - started) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `next start` on a free port of 127.0.0.1; resolves once it answers. */
export async function startNextApp(dir: string): Promise<{ url: string; logs: () => string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: dir, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${String(port)}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, logs: () => output, stop };
}
