import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildNextApp, startNextApp } from './nextApp.js';

// A Next.js App Router app built for production (`next build`, Turbopack) and served by
// `next start`, with `error.tsx` = NextErrorPage imported through the package's exports map.
let app: Awaited<ReturnType<typeof startNextApp>>;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  const build = await buildNextApp();
  console.info(build.built ? `next build: ${String(build.ms)} ms` : 'next build: reused (inputs unchanged)');
  app = await startNextApp(build.dir);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

beforeEach(async () => {
  const context = await browser.newContext();
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  };
});

describe('NextErrorPage in a production Next.js build', { timeout: 30_000 }, () => {
  it('a server component failure: generic text, the digest as the support reference, no server secret', async () => {
    const response = await page.goto(`${app.url}/boom`);
    expect(response?.status()).toBe(500);
    await page.getByText('Server problem', { exact: true }).waitFor();
    expect(await page.content()).not.toContain('hunter2');
    await page.getByRole('button', { name: 'Get help' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The digest Next logged on the server is what the person can quote.
    const digest = /digest: '?(\w+)'?|"digest":"(\w+)"/.exec(app.logs())?.slice(1).find(Boolean);
    expect(digest).toMatch(/^\w+$/);
    expect(await dialog.textContent()).toContain(digest);
  });

  it('retry asks the server again (Next 16.2+ `retry`), so a server component that failed once renders', async () => {
    await page.goto(`${app.url}/flaky`);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByText('Rendered on the server after 2 tries').waitFor();
  });
});
