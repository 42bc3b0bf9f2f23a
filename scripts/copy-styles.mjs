// After `vite build --mode lib`: ships src/styles.css as dist/styles.css (the "./styles.css"
// export). Library mode only bundles what JavaScript imports, and the components import no CSS.
import { copyFile, access } from 'node:fs/promises';

const from = new URL('../src/styles.css', import.meta.url);
const to = new URL('../dist/styles.css', import.meta.url);

try {
  await access(from);
} catch {
  console.warn('scripts/copy-styles: src/styles.css does not exist yet; dist/styles.css not written');
  process.exit(0);
}
await copyFile(from, to);
