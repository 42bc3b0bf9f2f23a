import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { apiError } from './fixtures.js';

const failure = apiError({
  requestId: 'req_8f3a2c',
  status: 503,
  serverMessage: 'upstream connect error or disconnect/reset before headers',
  occurredAt: Date.UTC(2026, 11, 7, 1, 13, 32, 2),
  request: { method: 'GET', url: '/api/orders' },
});
const invalid = apiError({ category: 'request', code: 'VALIDATION_ERROR', status: 422, serverMessage: 'The address is incomplete.' });

/** The on-screen box of `text` inside `element` (the first text node that holds it). */
function rectOf(element: Element, text: string, from = 0, to = text.length): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(text) ?? -1;
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + from);
    range.setEnd(node, at + to);
    return range.getBoundingClientRect();
  }
  throw new Error(`no text node with ${text}`);
}

describe('the support dialog as a person meets it', () => {
  it('starts focus at its heading, not at the scrollable server message', async () => {
    const screen = await render(<SupportDialog error={failure} />);
    await screen.getByRole('button', { name: 'Get help' }).click();
    await expect.element(page.getByRole('heading', { name: 'Contact support' })).toHaveFocus();
  });

  it('gives link-styled actions the height of the buttons beside them', async () => {
    await render(
      <ApiErrorProvider support={{ email: 'help@example.com', url: 'https://example.com/help' }}>
        <SupportDialog error={failure} open />
      </ApiErrorProvider>,
    );
    const copy = page.getByRole('button', { name: 'Copy details' }).element();
    const email = page.getByRole('link', { name: /email/i }).element();
    // The row stretches its items alike, so compare with the height a one-line button asks for.
    const minHeight = parseFloat(getComputedStyle(copy).minHeight);
    expect(Math.round(email.getBoundingClientRect().height)).toBe(Math.round(minHeight));
    expect(Math.round(copy.getBoundingClientRect().height)).toBe(Math.round(minHeight));
  });

  it('keeps the ISO time in one piece, left to right, in Arabic, on a phone', async () => {
    await page.viewport(390, 844);
    await render(
      <ApiErrorProvider locale="ar">
        <SupportDialog error={failure} open />
      </ApiErrorProvider>,
    );
    await expect.element(page.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    // The Arabic catalog loads on demand; the time is formatted in Arabic once it is there.
    await expect.element(page.getByRole('heading')).not.toHaveTextContent('Contact support');
    const time = document.querySelector('dialog time');
    if (!time) throw new Error('no time element');
    const iso = '2026-12-07T01:13:32.002Z';
    const boxes = Array.from(iso, (_char, i) => rectOf(time, iso, i, i + 1));
    // Each character right of the one before on the same line, or on a later line: the ISO time
    // reads as written (torn apart, "07T01:13:32.002Z)" sat left of "-12-2026 (").
    const inOrder = boxes.every((box, i) => {
      const before = boxes[i - 1];
      return !before || (Math.abs(box.top - before.top) < 2 ? box.left > before.left : box.top > before.top);
    });
    expect(inOrder, JSON.stringify(boxes.map((box) => [Math.round(box.left), Math.round(box.top)]))).toBe(true);
  });
});

describe('English server text in an Arabic page', () => {
  it('lines up with the right-aligned title in the banner and in the support dialog', async () => {
    await render(
      <ApiErrorProvider locale="ar">
        <ApiErrorBanner error={invalid} />
        <SupportDialog error={failure} open />
      </ApiErrorProvider>,
    );
    await expect.element(page.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    const message = document.querySelector('.raek-banner__server-message');
    const title = document.querySelector('.raek-banner__title');
    if (!message || !title) throw new Error('banner parts missing');
    const text = rectOf(message, 'The address is incomplete.');
    expect(Math.abs(text.right - title.getBoundingClientRect().right)).toBeLessThan(2);

    const value = [...document.querySelectorAll('dialog dd')].find((dd) => dd.textContent === 'GET /api/orders');
    if (!value) throw new Error('no request row');
    expect(Math.abs(rectOf(value, 'GET /api/orders').right - value.getBoundingClientRect().right)).toBeLessThan(2);
  });
});
