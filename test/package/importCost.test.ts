// Each import pays only for what it renders: bundles a few imports the way an app's bundler
// would and checks which source files end up in the output. Bytes are size-limit's job
// (.size-limit.json); this checks the structure that keeps them small.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query'];

/** Source files (relative to src/) that put bytes into the bundle of `export { names } from entry`. */
async function bundled(names: string, entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${names} } from ${JSON.stringify(entry)};`, resolveDir: ROOT, loader: 'ts' },
    bundle: true, write: false, format: 'esm', platform: 'browser', minify: true, metafile: true,
    jsx: 'automatic', external: PEERS, logLevel: 'silent',
    // Lazy locales are chunks of their own in an app's build.
    plugins: [{ name: 'lazy-locales', setup: (b) => { b.onResolve({ filter: /locales\/(de|fr|es|ja|ar)\.js$/ }, (a) => ({ path: a.path, external: true })); } }],
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.keys(output.inputs)
    .filter((input) => output.inputs[input]!.bytesInOutput > 0)
    .map((input) => input.replace(/^.*?src\//, ''));
}

const PRESENTATION_ONLY = /^(react\/(ApiErrorBanner|ApiErrorBannerFallback|ReloginPrompt|SupportDialog|ModalDialog|RetryButton|CountdownAnnouncer)\.tsx|runtime\/(announcer|copyText)\.ts)$/;

describe('what an import brings', () => {
  test('the provider, the boundary with the app\'s own fallback and useApiError bring no banner, dialog or announcer', async () => {
    const files = await bundled('ApiErrorProvider, ApiErrorBoundary, useApiError', './src/index.ts');
    expect(files).toContain('react/ApiErrorBoundaryCore.tsx');
    expect(files.filter((file) => PRESENTATION_ONLY.test(file))).toEqual([]);
  });

  test('the full fallback is there for the app that names it', async () => {
    const files = await bundled('ApiErrorBoundary, ApiErrorBannerFallback', './src/index.ts');
    expect(files).toEqual(expect.arrayContaining(['react/ApiErrorBanner.tsx', 'react/ReloginPrompt.tsx', 'react/SupportDialog.tsx']));
  });

  test('normalizeApiError brings no vendor pack', async () => {
    const files = await bundled('normalizeApiError', './src/core.ts');
    expect(files.filter((file) => file.startsWith('model/packs/'))).toEqual([]);
  });

  test('one pack brings its own dialect and table, no other pack and not the normalizer', async () => {
    const files = await bundled('stripePack', './src/dialects.ts');
    expect(files.filter((file) => file.startsWith('model/packs/')).sort()).toEqual(['model/packs/definePack.ts', 'model/packs/dialects/stripe.ts', 'model/packs/stripe.ts']);
    expect(files).not.toContain('model/normalizeApiError.ts');
  });
});
