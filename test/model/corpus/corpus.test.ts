// The corpus: real failures written from public API and library documentation, by area, each
// checked against what the contract implies, with every dialect pack installed.
import { describe, expect, it } from 'vitest';
import { checkRow, compare, normalizeRow, setUpCorpus } from './harness.js';
import { ALL_ROWS, AREAS, OPEN_ROWS } from './rows.js';
import { AMBIGUOUS, KNOWN_GAPS } from './unsettled.js';

/**
 * Rows the corpus holds (1494 when the six earlier corpora were merged, 1512 with the body rules
 * of issue 12); it may only grow.
 */
const ROWS_FLOOR = 1512;
const OPEN_ROWS_FLOOR = 59;

setUpCorpus({ packs: true });

describe('corpus bookkeeping', () => {
  it('keeps every row, with names unique across counted and open rows', () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(ROWS_FLOOR);
    expect(OPEN_ROWS.length).toBeGreaterThanOrEqual(OPEN_ROWS_FLOOR);
    const names = [...ALL_ROWS, ...OPEN_ROWS].map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists only counted rows as known gaps, and gives every open row its reason', () => {
    const counted = new Set(ALL_ROWS.map((r) => r.name));
    for (const name of Object.keys(KNOWN_GAPS)) expect(counted.has(name), name).toBe(true);
    expect(Object.keys(AMBIGUOUS).sort()).toEqual(OPEN_ROWS.map((r) => r.name).sort());
  });
});

for (const [area, rows] of Object.entries(AREAS)) {
  describe(`corpus: ${area}`, () => {
    for (const row of rows) {
      const gap = KNOWN_GAPS[row.name];
      if (gap === undefined) it(row.name, () => checkRow(row));
      else it.fails(`${row.name} [known gap: ${gap}]`, () => checkRow(row));
    }
  });
}

describe('corpus: open readings (reported, not counted)', () => {
  it('runs every open row without throwing', async () => {
    const lines: string[] = [];
    for (const row of OPEN_ROWS) {
      const { actual, expected } = compare(row, await normalizeRow(row));
      const same = JSON.stringify(actual) === JSON.stringify(expected);
      lines.push(`${same ? 'as leaned' : 'differs  '} ${row.name}: got ${JSON.stringify(actual)}, leaned ${JSON.stringify(expected)}`);
    }
    expect(lines).toHaveLength(OPEN_ROWS.length);
    if (process.env.CORPUS_VERBOSE) console.info(lines.join('\n'));
  });
});
