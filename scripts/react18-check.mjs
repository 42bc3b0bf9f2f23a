// `npm run test:react18`: runs the jsdom tests, and the Node tests that load React (SSR, the
// Query glue, the entries), against React 18.3.1.
// React 18 goes into a scratch directory (never into the project's node_modules); the
// scripts/vitest.react18.config.ts aliases point react and react-dom there.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), 'raek-react18-'));
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
};

let status = 1;
try {
  status = run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', scratch, 'react@18.3.1', 'react-dom@18.3.1']);
  if (status === 0) {
    const modules = path.join(scratch, 'node_modules');
    const version = JSON.parse(readFileSync(path.join(modules, 'react', 'package.json'), 'utf8')).version;
    console.log(`\nRunning the Node and jsdom tests against React ${version}\n`);
    status = run(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'scripts/vitest.react18.config.ts'], { REACT18_MODULES: modules });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(status);
