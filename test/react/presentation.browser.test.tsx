import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { FieldError } from '../../src/react/FieldError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { axeViolations } from './axe.js';
import { apiError } from './fixtures.js';

describe('RetryButton in Chromium', () => {
  it('counts down in real time, announces through the page region, and enables at zero', async () => {
    const retryAt = Math.ceil(Date.now() / 1000) * 1000 + 2000;
    const screen = await render(<RetryButton error={apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt })} />);
    const button = screen.getByRole('button', { name: 'Try again' });
    await expect.element(button).toBeDisabled();
    await expect.element(button).toHaveTextContent(/Try again in 0:0[23]/);
    // The page region existed before the text went in; it speaks the wait, then the end.
    const region = document.querySelector('[data-raek-announcer]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => region?.textContent).toMatch(/You can try again in \d seconds?\./);
    await expect.element(button, { timeout: 4000 }).toBeEnabled();
    await expect.poll(() => region?.textContent).toContain('You can try again now.');
    expect(await axeViolations(screen.container)).toEqual([]);
  });
});

describe('ApiErrorBanner in Chromium', () => {
  it('has no axe violations in any category, light and dark', async () => {
    const categories = [
      ['connection', 'NETWORK_ERROR'],
      ['authentication', 'TOKEN_EXPIRED'],
      ['authorization', 'FORBIDDEN'],
      ['conflict', 'CONFLICT'],
      ['server', 'INTERNAL_ERROR'],
      ['rate_limit', 'RATE_LIMIT_EXCEEDED'],
    ] as const;
    for (const theme of ['light', 'dark']) {
      const screen = await render(
        <main data-raek-theme={theme}>
          {categories.map(([category, code]) => (
            <ApiErrorBanner key={code} error={apiError({ category, code, retryAt: category === 'rate_limit' ? Date.now() + 30_000 : undefined })} />
          ))}
        </main>,
      );
      expect(await axeViolations(screen.container)).toEqual([]);
      await screen.unmount();
    }
  });

  it('mirrors right to left in Arabic', async () => {
    const screen = await render(
      <ApiErrorProvider locale="ar">
        <ApiErrorBanner error={apiError()} />
      </ApiErrorProvider>,
    );
    const banner = screen.getByRole('status');
    await expect.element(banner).toHaveAttribute('dir', 'rtl');
    const root = banner.element();
    expect(getComputedStyle(root).direction).toBe('rtl');
    // Logical properties: the accent border sits on the right, where Arabic lines start.
    expect(parseFloat(getComputedStyle(root).borderRightWidth)).toBe(4);
    const box = root.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(root.querySelector('.raek-banner__title')!);
    const title = range.getBoundingClientRect(); // the text itself, not its block
    expect(box.right - title.right).toBeLessThan(title.left - box.left);
  });
});

describe('FieldErrors in Chromium', () => {
  it('takes focus, and its links move focus to the inputs (keyboard too)', async () => {
    const error = apiError({
      category: 'request',
      code: 'VALIDATION_ERROR',
      status: 422,
      fieldErrors: { email: ['Enter an email address like name@example.com'], 'address.city': ['Enter a city'] },
    });
    const fieldId = (key: string) => `checkout-${key.replace(/\./g, '-')}`;
    const screen = await render(
      <main>
        <FieldErrors error={error} fieldId={fieldId} />
        <div style={{ blockSize: '150vh' }} />
        <label htmlFor="checkout-email">Email</label>
        <input id="checkout-email" aria-describedby="checkout-email-error" />
        <FieldError error={error} name="email" fieldId={fieldId} />
        <label htmlFor="checkout-address-city">City</label>
        <input id="checkout-address-city" aria-describedby="checkout-address-city-error" />
        <FieldError error={error} name="address.city" fieldId={fieldId} />
      </main>,
    );
    const summary = screen.getByRole('alert');
    await expect.element(summary.element().parentElement!).toHaveFocus();
    expect(await axeViolations(screen.container)).toEqual([]);
    await screen.getByRole('link', { name: 'Enter a city' }).click();
    await expect.element(page.getByLabelText('City')).toHaveFocus();
    const label = page.getByText('City', { exact: true }).element().getBoundingClientRect();
    expect(label.top).toBeGreaterThanOrEqual(0);
    expect(label.bottom).toBeLessThanOrEqual(window.innerHeight);
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    summary.element().parentElement!.focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByLabelText('Email')).toHaveFocus();
    await expect.element(page.getByLabelText('Email')).toHaveAccessibleDescription('Error: Enter an email address like name@example.com');
  });
});
