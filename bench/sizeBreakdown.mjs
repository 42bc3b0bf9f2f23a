// `npm run size:breakdown`: where the model's bytes go. Bundles `normalizeApiError` the way
// size-limit does (esbuild, minified, gzip), prints the bytes per area, then rebuilds it with
// each area's share taken out to show what dropping that area would save. The last line is the
// model with only what the contract names (the vendor dialects beyond it removed).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `export { normalizeApiError } from '${root}src/core.ts';`;

/** Areas of src/core, by file path; the first that matches wins. */
const AREAS = [
  ['vendor code tables', /vendorAliases\/|vendorCodes\.ts$/],
  ['seed codes, catalog, word rules', /(sourceCodes|codes|codeWords|statusCodes|resolveCode|classify|codeKey)\.ts$/],
  ['body dialects', /dialects\//],
  ['transports (fetch, axios, ky, Node, ...)', /transport\//],
  ['retry timing and headers', /(retryTiming|rateLimitHeaders|retryValue|headers)\.ts$/],
  ['text safety (sanitize, redact, bounds)', /(redact|sanitizeText|limits|safeAccess|readBoundedText)\.ts$/],
  ['JSON reading (lenient, ApiResponseError)', /(lenientJson|ApiResponseError|bodyFromText|bodyReportsFailure|readJsonOrThrow)\.ts$/],
  ['model assembly', /./],
];

/** Dialects and vendor tables that the contract does not name (it names the rest). */
const BEYOND_CONTRACT_DIALECTS = ['adyen', 'metaGraph', 'boom', 'discord', 'djangoRest', 'githubRest', 'oauth', 'okta', 'paypal', 'salesforce', 'springBoot', 'square', 'twilio', 'xmlError', 'wwwAuthenticate'];
const BEYOND_CONTRACT_TABLES = ['GOOGLE_LEGACY_ALIASES', 'AZURE_ALIASES', 'OAUTH_ALIASES', 'OKTA_ALIASES', 'FIREBASE_ALIASES', 'SQUARE_ALIASES', 'PAYPAL_ALIASES', 'SALESFORCE_ALIASES', 'GITHUB_OAUTH_ALIASES'];

const contractOnly = {
  name: 'contract-only',
  setup(b) {
    b.onLoad({ filter: /dialects[\\/]index\.ts$/ }, ({ path }) => {
      let source = readFileSync(path, 'utf8');
      for (const name of BEYOND_CONTRACT_DIALECTS) {
        source = source.replace(new RegExp(`^import \\{ ${name}Dialect \\}.*$`, 'm'), '').replace(new RegExp(`^\\s*${name}Dialect,.*$`, 'm'), '');
      }
      return { contents: source, loader: 'ts' };
    });
    b.onLoad({ filter: /vendorCodes\.ts$/ }, ({ path }) => {
      let source = readFileSync(path, 'utf8');
      for (const name of BEYOND_CONTRACT_TABLES) source = source.replace(new RegExp(`^\\s*\\.\\.\\.${name},$`, 'm'), '');
      return { contents: source, loader: 'ts' };
    });
  },
};

async function bundle(plugins = []) {
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, minify: true, format: 'esm',
    write: false, metafile: true, plugins, logLevel: 'error',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs: Object.values(result.metafile.outputs)[0].inputs };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;
const whole = await bundle();
const byArea = new Map(AREAS.map(([name]) => [name, 0]));
for (const [file, { bytesInOutput }] of Object.entries(whole.inputs)) {
  const area = AREAS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'model assembly';
  byArea.set(area, byArea.get(area) + bytesInOutput);
}
console.log(`\nnormalizeApiError: ${kb(whole.min)} minified, ${kb(whole.gzip)} min+gzip (goal 4 KB)\n`);
console.log('| area | minified | share |');
console.log('|---|---:|---:|');
for (const [name, bytes] of [...byArea].sort((a, b) => b[1] - a[1])) {
  console.log(`| ${name} | ${kb(bytes)} | ${((bytes / whole.min) * 100).toFixed(0)}% |`);
}
const contract = await bundle([contractOnly]);
console.log(`\nonly what the contract names (${BEYOND_CONTRACT_DIALECTS.length} dialects and ${BEYOND_CONTRACT_TABLES.length} vendor tables removed): ${kb(contract.gzip)} min+gzip`);
