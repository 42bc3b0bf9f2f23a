import { describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ApiErrorBanner } from '../../src/react/ApiErrorBanner.js';
import { ApiErrorProvider } from '../../src/react/ApiErrorProvider.js';
import { ReloginPrompt } from '../../src/react/ReloginPrompt.js';
import { apiError } from './fixtures.js';

const expired = apiError({ category: 'authentication', code: 'TOKEN_EXPIRED', status: 401 });

describe('onReport reports what a person saw and could not recover from', () => {
  it('stays quiet for a token expiry that the silent refresh fixed', async () => {
    const onReport = vi.fn();
    const onRetry = vi.fn();
    await render(
      <ApiErrorProvider refreshSession={async () => true} onReport={onReport}>
        <ApiErrorBanner error={expired} />
        <ReloginPrompt error={expired} onRetry={onRetry} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => onRetry.mock.calls.length).toBe(1);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('reports once when the refresh failed and the person gave up signing in', async () => {
    const onReport = vi.fn();
    await render(
      <ApiErrorProvider refreshSession={async () => false} requestLogin={async () => false} onReport={onReport}>
        <ApiErrorBanner error={expired} />
        <ReloginPrompt error={expired} />
      </ApiErrorProvider>,
    );
    await page.getByRole('button', { name: 'Not now' }).click();
    expect(onReport.mock.calls).toEqual([[expired]]);
  });

  it('reports a failure shown by two parts once', async () => {
    const onReport = vi.fn();
    const failure = apiError();
    await render(
      <ApiErrorProvider onReport={onReport}>
        <ApiErrorBanner error={failure} onRetry={() => undefined} />
        <ApiErrorBanner error={failure} onRetry={() => undefined} />
      </ApiErrorProvider>,
    );
    await expect.poll(() => onReport.mock.calls.length).toBe(1);
  });
});
