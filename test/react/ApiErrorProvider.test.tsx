import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

describe('ApiErrorProvider', () => {
  it('loads a locale on demand and re-renders in it, right to left for Arabic', async () => {
    render(
      <ApiErrorProvider locale="ar">
        <ApiErrorBanner error={apiError()} />
      </ApiErrorProvider>,
    );
    const banner = screen.getByRole('status');
    await expect.poll(() => banner.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => /[\u0600-\u06FF]/.test(banner.textContent ?? '')).toBe(true);
  });

  it('falls back from de-AT to de', async () => {
    render(
      <ApiErrorProvider locale="de-AT">
        <RetryButton error={apiError()} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => screen.getByRole('button').textContent).not.toBe('Try again');
    expect(screen.getByRole('button')).toHaveAttribute('dir', 'ltr');
  });

  it('applies message overrides and an app translator', () => {
    const { rerender } = render(
      <ApiErrorProvider messages={{ en: { 'retryButton.label': 'Go again' } }}>
        <RetryButton error={apiError()} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('Go again');
    rerender(
      <ApiErrorProvider translate={(key, _values, fallback) => (key === 'retryButton.label' ? `[${fallback}]` : undefined)}>
        <RetryButton error={apiError()} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('button')).toHaveTextContent('[Try again]');
  });
});
