// pretest: stop before the browser tests, with the fix, when there is no Chromium to drive.
import { findChromium, INSTALL_HINT } from './findChromium.mjs';

const found = findChromium();
if (!found) {
  if (process.env.CHROMIUM_PATH) console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
  console.error(INSTALL_HINT);
  process.exit(1);
}
console.log(`Chromium for the browser tests: ${found.path} (${found.source})`);
