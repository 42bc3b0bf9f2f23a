import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];
const ROUTERS_AND_FORMS = ['react-router', '@tanstack/react-router', 'next', 'react-hook-form', '@tanstack/react-form'];

/** Bundles `import { names } from <entry>` as an app's bundler would (routers left external, so they show as imports). */
async function bundle(names: string, entry: string): Promise<{ inputs: string[]; imports: string[] }> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, metafile: true,
    external: [...PEERS, ...ROUTERS_AND_FORMS], logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const output = Object.values(metafile.outputs)[0]!;
  return {
    inputs: Object.keys(output.inputs).filter((input) => output.inputs[input]!.bytesInOutput > 0),
    imports: output.imports.map((imported) => imported.path),
  };
}

const library = (path: string) => ROUTERS_AND_FORMS.find((name) => path === name || path.startsWith(`${name}/`));

describe('an app that imports no integration pays for none', () => {
  test.each([
    ['the whole root entry', [
      'normalizeApiError', 'applyFieldErrors', 'ApiErrorProvider', 'ApiErrorBoundary', 'FieldErrors', 'ApiErrorBanner', 'installApiErrorHandling',
    ].join(', ')],
    ['applyFieldErrors', 'applyFieldErrors'],
  ])('%s pulls in no router and no form library', async (_label, names) => {
    const { inputs, imports } = await bundle(names, './src/index.ts');
    expect(imports.filter((path) => library(path))).toEqual([]);
    expect(inputs.filter((input) => /(^|\/)src\/integrations\/(react-router|tanstack-router|next|shared)\//.test(input))).toEqual([]);
  });

  test('applyFieldErrors alone pulls in no React', async () => {
    const { inputs, imports } = await bundle('applyFieldErrors', './src/index.ts');
    expect(imports).toEqual([]);
    expect(inputs.filter((input) => input.endsWith('.tsx') || /(^|\/)src\/(react|query)\//.test(input))).toEqual([]);
  });
});

describe('each integration entry imports its own router only', () => {
  test.each([
    ['./src/react-router.ts', 'RouteErrorBoundary', 'react-router'],
    ['./src/tanstack-router.ts', 'RouteErrorComponent', '@tanstack/react-router'],
    ['./src/next.ts', 'NextErrorPage', undefined],
  ])('%s', async (entry, name, router) => {
    const { imports } = await bundle(name, entry);
    expect([...new Set(imports.map(library).filter(Boolean))]).toEqual(router ? [router] : []);
  });
});
