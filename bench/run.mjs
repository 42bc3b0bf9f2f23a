// `npm run bench`: normalization throughput per dialect against JSON.parse of the same body,
// and ApiResponseError.fromResponse against response.text(), measured in the same run.
// The TypeScript sources are bundled with esbuild first, so no TS loader is needed.
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { BODIES } from './bodies.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}node_modules/.cache/bench/core.mjs`;
await mkdir(`${root}node_modules/.cache/bench`, { recursive: true });
await build({ entryPoints: [`${root}src/core.ts`], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error', define: { 'process.env.NODE_ENV': '"production"' } });
const { ApiResponseError, normalizeApiError } = await import(pathToFileURL(outfile).href);

const TARGET_MS = Number(process.env.BENCH_MS ?? 300);
const POOL = 200_000;

/** Nanoseconds per call: repeats in batches until TARGET_MS has passed, after a warm-up. */
function measure(fn, warmup = 2000) {
  for (let i = 0; i < warmup; i += 1) fn(i);
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(TARGET_MS) * 1_000_000n;
  let now = start;
  while (now < deadline && calls + 500 < POOL - warmup) {
    for (let i = 0; i < 500; i += 1) fn(warmup + calls + i);
    calls += 500;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / calls;
}

async function measureAsync(fn) {
  for (let i = 0; i < 500; i += 1) await fn(i);
  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(TARGET_MS) * 1_000_000n;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < 100; i += 1) await fn(i);
    calls += 100;
    now = process.hrtime.bigint();
  }
  return Number(now - start) / calls;
}

const isJson = (body) => body.headers['content-type'].includes('json');
let sink = 0;
const rows = [];
for (const body of BODIES) {
  const headers = new Headers(body.headers);
  // What the kit adds to a parsed body: normalizing it. The error objects are built before the
  // clock starts (constructing an Error captures a stack, which is the app's cost, not ours), one
  // per call, because normalizeApiError caches its answer per object.
  const pool = Array.from({ length: POOL }, () =>
    new ApiResponseError({ status: body.status, headers, body: isJson(body) ? JSON.parse(body.text) : body.text, bodyText: body.text }));
  const normalize = (i) => {
    sink += normalizeApiError(pool[i % POOL]).code.length;
  };
  // The floor: parsing the same bytes. An HTML page is compared with parsing it as a JSON string.
  const parseText = isJson(body) ? body.text : JSON.stringify(body.text);
  const parse = () => {
    sink += typeof JSON.parse(parseText) === 'object' ? 1 : 0;
  };
  // What the contract alone costs: the same input must give the same frozen object, so any
  // normalizer does at least a WeakMap lookup and store and builds one frozen record.
  const memo = new WeakMap();
  const floorPool = Array.from({ length: POOL }, () => ({}));
  const floor = (i) => {
    const input = floorPool[i % POOL];
    let result = memo.get(input);
    if (result === undefined) {
      result = Object.freeze({ category: 'server', code: 'INTERNAL_ERROR', status: body.status, fieldErrors: {}, retryable: true, cause: input, occurredAt: Date.now() });
      memo.set(input, result);
    }
    sink += result.code.length;
  };
  const parseNs = measure(parse);
  const normalizeNs = measure(normalize);
  const floorNs = measure(floor);
  rows.push({ dialect: body.dialect, bytes: body.text.length, parseNs, normalizeNs, floorNs });
}

const fromRows = [];
for (const body of BODIES.filter((b) => b.status >= 400).slice(0, 3)) {
  const response = () => new Response(body.text, { status: body.status, headers: body.headers });
  const textNs = await measureAsync(async () => {
    sink += (await response().text()).length;
  });
  const fromNs = await measureAsync(async () => {
    sink += (await ApiResponseError.fromResponse(response())).status;
  });
  fromRows.push({ dialect: body.dialect, textNs, fromNs });
}

const us = (ns) => (ns / 1000).toFixed(2);
const perSec = (ns) => Math.round(1e9 / ns).toLocaleString('en-US');
console.log(`\nreact-api-error-kit benchmarks, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} vCPU (${os.cpus()[0]?.model ?? 'unknown CPU'})\n`);
console.log('| dialect | body bytes | JSON.parse µs | normalizeApiError µs | normalizations/s | normalize / JSON.parse (goal ≤ 2x) | memo + frozen record µs (floor) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  console.log(`| ${row.dialect} | ${row.bytes} | ${us(row.parseNs)} | ${us(row.normalizeNs)} | ${perSec(row.normalizeNs)} | ${(row.normalizeNs / row.parseNs).toFixed(1)}x | ${us(row.floorNs)} |`);
}
console.log('\n| body | response.text() µs | ApiResponseError.fromResponse µs | overhead µs | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const row of fromRows) {
  console.log(`| ${row.dialect} | ${us(row.textNs)} | ${us(row.fromNs)} | ${us(row.fromNs - row.textNs)} | ${(row.fromNs / row.textNs).toFixed(2)}x |`);
}
if (sink === -1) console.log(sink); // keeps the work observable
