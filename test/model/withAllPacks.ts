// Imported for its effect by tests of vendor formats: `import './withAllPacks.js';` registers
// every pack for the file (the corpus does the same through its harness).
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
