import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** Bundles `import { normalizeApiError } from <entry>` as an app's bundler would, with a metafile. */
async function bundleModel(entry: string): Promise<{ inputs: string[]; imports: string[] }> {
  const result = await build({
    stdin: { contents: `export { normalizeApiError } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, metafile: true,
    external: PEERS, logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const output = Object.values(metafile.outputs)[0]!;
  return {
    inputs: Object.keys(output.inputs).filter((input) => output.inputs[input]!.bytesInOutput > 0),
    imports: output.imports.map((imported) => imported.path),
  };
}

describe.each([['./src/core.ts'], ['./src/index.ts']])('importing only normalizeApiError from %s', (entry) => {
  test('pulls in no React, no component and no Query glue', async () => {
    const { inputs, imports } = await bundleModel(entry);
    expect(imports.filter((path) => PEERS.some((peer) => path === peer || path.startsWith(`${peer}/`)))).toEqual([]);
    expect(inputs.filter((input) => /(^|\/)src\/(react|query)\//.test(input) || input.endsWith('.tsx'))).toEqual([]);
    expect(inputs.filter((input) => /(^|\/)src\/locales\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('src/model/normalizeApiError.ts'))).toBe(true);
  });
});
