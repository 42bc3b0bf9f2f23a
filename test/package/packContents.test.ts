import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// What `npm publish` would upload: only the build, the readme, the licence and package.json.
test('npm pack contains only dist/**, README, LICENSE and package.json', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  const paths = pack.files.map((file) => file.path);
  expect(paths).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
  expect(paths.filter((path) => !/^(dist\/.+|README\.md|LICENSE|package\.json)$/.test(path))).toEqual([]);
}, 30_000);
