import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { FieldError } from '../../src/react/FieldError.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { SupportDialog } from '../../src/react/SupportDialog.js';
import { apiError } from './fixtures.js';

// Regression: server text inherited the page's direction, so an English message in an Arabic
// page read ".The address is incomplete". Each untrusted text takes its own direction (dir=auto).
const invalid = apiError({
  category: 'request',
  code: 'VALIDATION_ERROR',
  status: 422,
  serverMessage: 'The address is incomplete.',
  fieldErrors: { 'address.city': ['City is required.'] },
});

const directionOf = (text: string): string => {
  const node = [...document.querySelectorAll('body *')].reverse().find((element) => element.textContent === text);
  if (!node) throw new Error(`no element with the text ${text}`);
  return getComputedStyle(node).direction;
};

describe('server text in a right-to-left page', () => {
  it('keeps its own direction in the banner, the field errors and the support dialog', async () => {
    const screen = await render(
      <ApiErrorProvider locale="ar">
        <ApiErrorBanner error={invalid} />
        <FieldErrors error={invalid} />
        <FieldError error={invalid} name="address.city" />
        <SupportDialog error={invalid} open />
      </ApiErrorProvider>,
    );
    await expect.element(screen.getByRole('dialog')).toHaveAttribute('dir', 'rtl');
    const bannerText = document.querySelector('.raek-banner__server-message');
    expect(bannerText && getComputedStyle(bannerText).direction).toBe('ltr');
    expect(directionOf('City is required.')).toBe('ltr');
    const dialogMessage = [...document.querySelectorAll('dialog dd')].find((dd) => dd.textContent === 'The address is incomplete.');
    expect(dialogMessage && getComputedStyle(dialogMessage).direction).toBe('ltr');
  });
});
