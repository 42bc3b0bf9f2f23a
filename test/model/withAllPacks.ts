// Imported for its effect by the corpus harnesses: `import '../withAllPacks.js';`. The corpora
// hold vendors' answers, so they run with every pack registered; the default without packs is
// measured in test/model/packs/defaultWithoutPacks.test.ts.
import { afterAll, beforeAll } from 'vitest';
import { allDialects } from '../../src/dialects.js';
import { registerApiErrorDialect } from '../../src/model/dialectRegistry.js';

let unregister: (() => void) | undefined;
beforeAll(() => {
  unregister = registerApiErrorDialect(allDialects);
});
afterAll(() => {
  unregister?.();
});
