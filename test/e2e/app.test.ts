import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKENS } from '../../mocks/mockApi.js';
import { DEMO_REQUEST_ID } from '../../mocks/scenarios.js';
import { startExampleServer, type ExampleServer } from '../../examples/server.js';
import { chromiumPath } from '../../scripts/findChromium.mjs';

// The example app in Chromium (scripts/findChromium.mjs), against the example server's real HTTP on 127.0.0.1.
let server: ExampleServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startExampleServer();
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  // Fresh state per flow: tokens, the rate-limit window and the offline switch.
  await fetch(`${server.appUrl}/api/mock/reset`, { method: 'POST' });
  const context = await browser.newContext();
  page = await context.newPage();
  // Fail with Playwright's own message (what it waited for) well before the test's timeout.
  page.setDefaultTimeout(10_000);
  pageErrors.length = 0;
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return async () => {
    await context.close();
    expect(pageErrors).toEqual([]);
  };
});

const open = (query = '') => page.goto(`${server.appUrl}/${query}`);
const section = (name: string) => page.locator(`[data-demo="${name}"]`);

describe('example app', { timeout: 30_000 }, () => {
  it('rate limit: counts down, then the retry works', async () => {
    await open('?lang=en');
    await section('export').getByRole('button', { name: 'Export report' }).click();
    const retry = section('export').getByRole('button', { name: /Try again/ });
    await expect.poll(() => retry.isDisabled()).toBe(true);
    expect(await retry.textContent()).toMatch(/\d:\d\d/);
    await retry.click({ timeout: 8000 }); // Playwright waits until it is enabled
    await section('export').getByText('Exported 128 rows').waitFor();
  });

  it('token expiry: silent refresh, then the query replays', async () => {
    await open('?lang=en');
    await section('orders').getByText('Order #1001').waitFor();
    const stats = (await (await fetch(`${server.appUrl}/api/mock/stats`)).json()) as { refresh: number };
    expect(stats.refresh).toBe(1);
  });

  it('refresh fails: re-login, then the query replays', async () => {
    await open(`?lang=en&refresh=${DEMO_TOKENS.deadRefresh}`);
    await page.getByRole('dialog').getByRole('button', { name: 'Sign in again' }).click();
    const login = page.getByRole('dialog', { name: 'Sign in to the demo shop' });
    await login.getByLabel('Password').fill('demo');
    await login.getByRole('button', { name: 'Sign in' }).click();
    await section('orders').getByText('Order #1001').waitFor();
  });

  it('500: the support dialog shows the request id', async () => {
    await open('?lang=en');
    await section('pay').getByRole('button', { name: 'Pay invoice' }).click();
    await section('pay').getByRole('button', { name: 'Get help' }).click();
    await expect.poll(() => page.getByRole('dialog').textContent()).toContain(DEMO_REQUEST_ID);
  });

  it('validation: the summary links move focus to the field', async () => {
    await open('?lang=en');
    await section('customer').getByRole('button', { name: 'Save customer' }).click();
    await section('customer').getByRole('link', { name: /Enter an email address/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('customer-email');
    expect(await page.getByLabel('Name').getAttribute('aria-describedby')).toBe('customer-name-error');
  });

  it('offline and back: the paused check resumes', async () => {
    await open('?lang=en');
    await section('status').getByText('Server is up').waitFor();
    await page.context().setOffline(true);
    await section('status').getByText('Browser: offline').waitFor();
    await section('status').getByRole('button', { name: 'Check server' }).click();
    await section('status').getByText('Offline: waiting for the connection…').waitFor();
    await page.context().setOffline(false);
    await section('status').getByText('Server is up').waitFor();
  });

  it('cross-origin with exposed headers: Retry-After is read', async () => {
    await open(`?lang=en&api=${server.apiUrl}/exposed/api`);
    await section('export').getByRole('button', { name: 'Export report' }).click();
    await section('export').locator('summary').click();
    await expect.poll(() => section('export').locator('[data-field="category"]').textContent()).toBe('rate_limit');
    expect(await section('export').locator('[data-field="retryAt"]').textContent()).not.toBe('none');
    expect(await section('export').getByRole('button', { name: /Try again/ }).isDisabled()).toBe(true);
  });

  it('cross-origin without Access-Control-Expose-Headers: still a rate limit; the model has no retry time, the button waits the default', async () => {
    await open(`?lang=en&api=${server.apiUrl}/hidden/api`);
    await section('export').getByRole('button', { name: 'Export report' }).click();
    await section('export').locator('summary').click();
    await expect.poll(() => section('export').locator('[data-field="category"]').textContent()).toBe('rate_limit');
    expect(await section('export').locator('[data-field="retryAt"]').textContent()).toBe('none');
    // No wait is known: the button counts down a conservative default instead of inviting a
    // retry storm at once.
    expect(await section('export').getByRole('button', { name: /Try again/ }).isDisabled()).toBe(true);
  });
});
