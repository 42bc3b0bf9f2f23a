// How much of the corpus the default alone (no dialect pack) gets right: a count, not a gate.
// Opt-in: CORPUS_DEFAULT_ONLY=1 npx vitest run --project unit test/model/corpus/defaultOnly.test.ts
import { describe, expect, it } from 'vitest';
import { rowHolds, setUpCorpus } from './harness.js';
import { ALL_ROWS, AREAS } from './rows.js';

setUpCorpus({ packs: false });

describe.runIf(process.env.CORPUS_DEFAULT_ONLY)('corpus with the default dialects alone', () => {
  it('counts the rows that hold, by area', async () => {
    const lines: string[] = [];
    let total = 0;
    for (const [area, rows] of Object.entries(AREAS)) {
      let holds = 0;
      for (const row of rows) if (await rowHolds(row)) holds += 1;
      total += holds;
      lines.push(`${area}: ${holds}/${rows.length}`);
    }
    lines.push(`all: ${total}/${ALL_ROWS.length}`);
    lines.push(`rows with a source link: ${ALL_ROWS.filter((r) => r.source !== undefined).length}`);
    expect(lines).toHaveLength(Object.keys(AREAS).length + 2);
    console.info(lines.join('\n'));
  });
});
