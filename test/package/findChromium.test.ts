import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium, INSTALL_HINT } from '../../scripts/findChromium.mjs';

describe('finding a Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH first, and only if it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath, source: 'CHROMIUM_PATH' });
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toBeUndefined();
  });

  it('otherwise finds one that exists (Playwright\'s own, then the system\'s)', () => {
    const found = findChromium({});
    if (found) expect(existsSync(found.path)).toBe(true);
    expect(['playwright', 'system', undefined]).toContain(found?.source);
  });

  it('stops before the browser tests with the fix per platform, not a stack trace', () => {
    const run = spawnSync(process.execPath, ['scripts/check-chromium.mjs'], {
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(INSTALL_HINT);
    expect(run.stderr).toContain('npx playwright install chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
