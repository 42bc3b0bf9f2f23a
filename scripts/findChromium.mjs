// Finds the Chromium the browser tests drive, the way contributors have one:
// 1. CHROMIUM_PATH, 2. Playwright's own Chromium (`npx playwright install chromium`),
// 3. the system's (Debian/Ubuntu `chromium`, Fedora/Arch `chromium-browser`).
// Used by vite.config.ts, the e2e tests, the Storybook crawl and the pretest check.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];

/** The fix, one line per platform, for a machine without any of them. */
export const INSTALL_HINT = [
  'No Chromium found for the browser tests. One of:',
  '  any platform:  npx playwright install chromium',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium   (then CHROMIUM_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium)',
  '  Windows:       npx playwright install chromium',
  '  or point CHROMIUM_PATH at any Chromium or Chrome.',
].join('\n');

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined; // playwright-core missing, or no browser downloaded for it
  }
}

/** @returns {{ path: string, source: string } | undefined} */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : undefined;
  const playwright = playwrightChromium();
  if (playwright) return { path: playwright, source: 'playwright' };
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  return system ? { path: system, source: 'system' } : undefined;
}

/** The executable path, or undefined: callers decide whether that is fatal. */
export function chromiumPath(env = process.env) {
  return findChromium(env)?.path;
}
