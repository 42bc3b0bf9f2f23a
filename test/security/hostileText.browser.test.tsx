import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';

type Pwned = { __raekPwned?: unknown };
const pwned = () => (window as Pwned).__raekPwned;
const PAYLOADS = [
  '<img src=x onerror="window.__raekPwned=1">',
  '<script>window.__raekPwned=2</script>',
  '<svg onload="window.__raekPwned=3"></svg>',
  '<a href="javascript:window.__raekPwned=4">help</a>',
  '<iframe src="data:text/html,<script>parent.__raekPwned=5</script>"></iframe>',
];
const hostileMessage = `${PAYLOADS.join(' ')} \u202Etxt.exe\u202C \u200B\u200D\uFEFF zero\u0000width\u0007bell`;
const UNBROKEN = 'W'.repeat(1024 * 1024); // 1 MB without a single break opportunity

const respond = async (body: unknown, status: number) =>
  normalizeApiError(await ApiResponseError.fromResponse(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })));

const settleScripts = () => new Promise((resolve) => setTimeout(resolve, 150));

afterEach(() => {
  delete (window as Pwned).__raekPwned;
});

function expectInert(root: Element) {
  for (const tag of ['img', 'script', 'svg', 'iframe', 'object', 'embed']) expect(root.querySelector(tag), tag).toBeNull();
  for (const link of root.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    // Only http(s) and mailto links, or in-page anchors.
    expect(href.startsWith('#') || /^(https?|mailto):$/i.test(new URL(href, location.href).protocol)).toBe(true);
  }
  // eslint-disable-next-line no-control-regex -- control characters are what the check looks for
  expect(root.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF\u0000-\u0008]/);
}

function expectFitsViewport(element: Element) {
  expect(element.scrollWidth).toBeLessThanOrEqual(document.documentElement.clientWidth);
  expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(document.documentElement.clientWidth + 1);
}

describe('hostile server text in real Chromium', () => {
  it('the banner shows markup as literal text, runs nothing and drops bidi/zero-width/control characters', async () => {
    const error = await respond({ error: { code: 'VALIDATION_ERROR', message: hostileMessage } }, 400);
    const screen = await render(<ApiErrorBanner error={error} onRetry={() => undefined} />);
    await settleScripts();
    const banner = screen.container.querySelector('.raek-banner');
    expect(banner).not.toBeNull();
    expectInert(screen.container);
    expect(screen.container.textContent).toContain('<img src=x onerror=');
    expect(screen.container.textContent).toContain('<script>');
    expect(pwned()).toBeUndefined();
    expectFitsViewport(banner!);
  });

  it('a 1 MB message without spaces wraps inside the viewport', async () => {
    const error = await respond({ message: UNBROKEN, code: 'invalid_param' }, 422);
    const screen = await render(<ApiErrorBanner error={error} />);
    const message = screen.container.querySelector('.raek-banner__server-message');
    expect(message).not.toBeNull();
    expect((message?.textContent ?? '').length).toBeLessThanOrEqual(500);
    expectFitsViewport(screen.container.querySelector('.raek-banner')!);
  });

  it('field errors with hostile keys and messages link in-page only and render text', async () => {
    const error = await respond({ success: false, message: 'Invalid', errors: { 'javascript:window.__raekPwned=6': [PAYLOADS[0]], '"><img src=x onerror=window.__raekPwned=7>': ['x'], [UNBROKEN.slice(0, 5000)]: [UNBROKEN.slice(0, 100_000)] } }, 422);
    const screen = await render(<FieldErrors error={error} />);
    await settleScripts();
    expect(screen.container.querySelectorAll('a').length).toBeGreaterThanOrEqual(2);
    expectInert(screen.container);
    for (const link of screen.container.querySelectorAll('a')) expect(link.getAttribute('href')?.startsWith('#')).toBe(true);
    screen.container.querySelector('a')?.click();
    await settleScripts();
    expect(pwned()).toBeUndefined();
    expectFitsViewport(screen.container.querySelector('.raek-field-errors')!);
  });

  it.each([
    ['javascript:', 'javascript:window.__raekPwned=8'],
    ['JavaScript with spaces and tabs', ' \tJaVaScRiPt:window.__raekPwned=9'],
    ['data:', 'data:text/html,<script>window.__raekPwned=10</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['blob:', 'blob:https://example.test/1234'],
  ])('the support dialog makes no link of a %s support URL', async (_name, url) => {
    const error = await respond({ message: hostileMessage }, 500);
    const screen = await render(
      <ApiErrorProvider support={{ url, email: 'help@example.test' }}>
        <SupportDialog error={error} open />
      </ApiErrorProvider>,
    );
    const dialog = page.getByRole('dialog').element();
    expect(dialog.querySelectorAll('a[target="_blank"]')).toHaveLength(0);
    expectInert(dialog);
    expect(dialog.querySelector('a[href^="mailto:"]')).not.toBeNull();
    await settleScripts();
    expect(pwned()).toBeUndefined();
    screen.unmount();
  });

  it.each([['help@example.test?cc=evil@example.test'], ['javascript:alert(1)//@example.test'], ['a@b.test\r\nBcc: x@y.test'], ['not an address']])(
    'no mailto link for a bad support address %s',
    async (email) => {
      const error = await respond({ message: 'x' }, 500);
      await render(
        <ApiErrorProvider support={{ email }}>
          <SupportDialog error={error} open />
        </ApiErrorProvider>,
      );
      expect(page.getByRole('dialog').element().querySelector('a[href^="mailto:"]')).toBeNull();
    },
  );

  it('the support dialog keeps a hostile 1 MB server message readable: wrapped, scrollable, inside the viewport', async () => {
    const error = await respond({ message: `${hostileMessage} ${UNBROKEN}` }, 500);
    await render(
      <ApiErrorProvider support={{ url: 'https://example.test/help' }}>
        <SupportDialog error={error} open />
      </ApiErrorProvider>,
    );
    const dialog = page.getByRole('dialog').element() as HTMLDialogElement;
    await settleScripts();
    expectInert(dialog);
    expect(pwned()).toBeUndefined();
    expect(dialog.querySelector('a[target="_blank"]')?.getAttribute('href')).toBe('https://example.test/help');
    expectFitsViewport(dialog);
    expect(dialog.scrollWidth).toBeLessThanOrEqual(dialog.clientWidth + 1);
    const message = dialog.querySelector('.raek-support__row--serverMessage dd');
    expect(message?.textContent).toContain('<script>');
    // Readable: the row has a real width and does not overflow sideways.
    expect(message!.getBoundingClientRect().width).toBeGreaterThan(100);
    expect(message!.scrollWidth).toBeLessThanOrEqual(message!.clientWidth + 1);
  });
});
