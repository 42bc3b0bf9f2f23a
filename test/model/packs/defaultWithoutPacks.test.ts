/// <reference types="vite/client" />
// How much the default gets right WITHOUT any pack: every corpus row (the team corpus and the
// blind ones), normalized once with no pack and once with all of them, scored on the category
// the row expects (what decides the presentation). Rows are found by shape, so the report keeps
// working however the corpora are arranged. It prints a table (and writes it to
// .cache/packs-report.md); docs/dialects.md quotes the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allDialects } from '../../../src/dialects.js';
import { registerApiErrorDialect } from '../../../src/model/dialectRegistry.js';
import { ApiResponseError } from '../../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../../src/model/normalizeApiError.js';
import type { ApiErrorCategory } from '../../../src/model/types.js';

interface Row {
  readonly name: string;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly thrown?: () => unknown;
  readonly expect: { readonly category: ApiErrorCategory };
}

const isRow = (value: unknown): value is Row => {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Partial<Row>;
  return (
    typeof row.name === 'string' &&
    typeof row.expect?.category === 'string' &&
    (typeof row.status === 'number' || typeof row.thrown === 'function')
  );
};

const modules = import.meta.glob<Record<string, unknown>>(['../corpus/*.ts', '../blind*/*.ts', '!../**/*.test.ts'], { eager: true });

/** Every row of every corpus, grouped by the corpus folder. */
function corpora(): Map<string, Row[]> {
  const byCorpus = new Map<string, Map<string, Row>>();
  for (const [path, exports] of Object.entries(modules)) {
    const corpus = path.split('/')[1] ?? path;
    const rows = byCorpus.get(corpus) ?? new Map<string, Row>();
    byCorpus.set(corpus, rows);
    for (const value of Object.values(exports)) {
      if (Array.isArray(value)) for (const row of value) if (isRow(row)) rows.set(row.name, row);
    }
  }
  return new Map([...byCorpus].map(([corpus, rows]) => [corpus, [...rows.values()]]));
}

async function categoryOf(row: Row): Promise<ApiErrorCategory> {
  if (row.thrown) return normalizeApiError(row.thrown()).category;
  const body = row.body === undefined ? null : typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
  const headers = { ...(typeof row.body === 'object' && row.body !== null ? { 'content-type': 'application/json' } : {}), ...row.headers };
  const nullBody = row.status === 204 || row.status === 304 ? null : body;
  return normalizeApiError(await ApiResponseError.fromResponse(new Response(nullBody, { status: row.status, headers }))).category;
}

async function score(rows: readonly Row[]): Promise<number> {
  let right = 0;
  for (const row of rows) if ((await categoryOf(row)) === row.expect.category) right += 1;
  return right;
}

describe('the default without packs', () => {
  it('reports how many corpus rows it gets right, beside the same rows with every pack', async () => {
    const lines = ['| corpus | rows | default, no pack | with every pack |', '|---|---:|---:|---:|'];
    const totals = { rows: 0, bare: 0, packs: 0 };
    const pct = (n: number, of: number) => `${n} (${((n / of) * 100).toFixed(1)}%)`;
    for (const [corpus, rows] of corpora()) {
      const bare = await score(rows);
      const off = registerApiErrorDialect(allDialects);
      const packs = await score(rows).finally(off);
      lines.push(`| ${corpus} | ${rows.length} | ${pct(bare, rows.length)} | ${pct(packs, rows.length)} |`);
      totals.rows += rows.length;
      totals.bare += bare;
      totals.packs += packs;
    }
    lines.push(`| all | ${totals.rows} | ${pct(totals.bare, totals.rows)} | ${pct(totals.packs, totals.rows)} |`);
    const report = lines.join('\n');
    const cache = fileURLToPath(new URL('../../../.cache/', import.meta.url));
    mkdirSync(cache, { recursive: true });
    writeFileSync(`${cache}packs-report.md`, `${report}\n`);
    console.log(`\nCategory right, by corpus (docs/dialects.md):\n${report}\n`);

    expect(totals.rows).toBeGreaterThan(1000);
    // The packs only add: no row the default gets right may go wrong once they are registered.
    expect(totals.packs).toBeGreaterThanOrEqual(totals.bare);
    // The default still classifies most vendor failures from status, headers and words.
    expect(totals.bare / totals.rows).toBeGreaterThan(0.85);
  }, 60_000);
});
