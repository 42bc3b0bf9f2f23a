// `npm run size:breakdown`: where the bytes go, per scenario of .size-limit.json. Bundles each
// scenario from src/ the way size-limit bundles dist/ (esbuild, minified, peers external, lazy
// locales left out), prints its min+gzip size and the minified bytes per area.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (file) => `${root}src/${file}`;

const SCENARIOS = [
  ['default-tier model (normalizeApiError)', `export { normalizeApiError } from '${src('core.ts')}';`],
  ['provider + boundary + useApiError', `export { ApiErrorProvider, ApiErrorBoundary, useApiError } from '${src('index.ts')}';`],
  ['whole root entry with English', `export * from '${src('index.ts')}';`],
  ['default plus every pack', `export { normalizeApiError, registerApiErrorDialect } from '${src('core.ts')}'; export { allDialects } from '${src('dialects.ts')}';`],
];

/** Areas by file path; the first that matches wins. */
const AREAS = [
  ['vendor packs', /model\/packs\//],
  ['code tables (catalog, seeds, default vendor codes, words)', /model\/(vendorAliases\/|vendorCodes|sourceCodes|codes|codeWords|statusCodes|resolveCode|classify|codeKey)/],
  ['body dialects (default)', /model\/dialects\//],
  ['transports (fetch, axios, ky, Node, ...)', /model\/transport\//],
  ['HTTP: headers, retry timing, request ids, body reading', /model\/http\//],
  ['model assembly and text safety', /model\//],
  ['messages and the English catalog', /messages\//],
  ['page runtime (clock, session, announcer, ...)', /runtime\//],
  ['React components and hooks', /react\//],
  ['TanStack Query glue', /query\//],
];

const lazyLocales = {
  name: 'lazy-locales',
  setup(b) {
    b.onResolve({ filter: /locales\/(de|fr|es|ja|ar)\.js$/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function bundle(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm', platform: 'browser',
    write: false, metafile: true, jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' },
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'], plugins: [lazyLocales], logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.values(result.metafile.outputs)[0].inputs };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
for (const [name, entry] of SCENARIOS) {
  const { min, gzip, inputs } = await bundle(entry);
  const byArea = new Map(AREAS.map(([area]) => [area, 0]));
  for (const [file, { bytesInOutput }] of Object.entries(inputs)) {
    const area = AREAS.find(([, pattern]) => pattern.test(file))?.[0];
    if (area) byArea.set(area, byArea.get(area) + bytesInOutput);
  }
  console.log(`\n${name}: ${kb(min)} minified, ${kb(gzip)} min+gzip\n`);
  console.log('| area | minified | share |');
  console.log('|---|---:|---:|');
  for (const [area, bytes] of [...byArea].filter(([, b]) => b > 0).sort((a, b) => b[1] - a[1])) {
    console.log(`| ${area} | ${kb(bytes)} | ${((bytes / min) * 100).toFixed(0)}% |`);
  }
}
