import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { FieldErrors } from '../../src/react/FieldErrors.js';
import { apiError } from './fixtures.js';

const invalid = apiError({
  category: 'request',
  code: 'VALIDATION_ERROR',
  status: 422,
  serverMessage: 'The order could not be saved.',
  fieldErrors: { email: ['Email is invalid.'] },
});

describe('banner and error summary for one 422', () => {
  it('raise one alert: the summary speaks, the banner stays on screen without a live role', async () => {
    const screen = await render(
      <form>
        <ApiErrorBanner error={invalid} />
        <FieldErrors error={invalid} />
        <input id="email" aria-label="Email" />
      </form>,
    );
    await expect.element(page.getByRole('link', { name: 'Email is invalid.' })).toBeVisible();
    const live = screen.container.querySelectorAll('[role="alert"], [role="status"]');
    expect([...live].map((element) => element.textContent)).toEqual([expect.stringContaining('Email is invalid.')]);
    await expect.element(page.getByText('The order could not be saved.')).toBeVisible();
  });

  it('gives the banner its alert back when the summary goes', async () => {
    const screen = await render(<ApiErrorBanner error={invalid} />);
    expect(screen.container.querySelectorAll('[role="alert"]')).toHaveLength(1);
  });
});
