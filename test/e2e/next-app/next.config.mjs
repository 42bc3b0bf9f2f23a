import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Built by test/e2e/next.test.ts into a copy under .cache/; the kit is resolved through its package exports. */
export default {
  // The copy lives inside the repository, whose node_modules hold next, react and the kit itself.
  turbopack: { root: process.env.KIT_ROOT ?? path.resolve(here, '../../..') },
  outputFileTracingRoot: process.env.KIT_ROOT ?? path.resolve(here, '../../..'),
};
