import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server.browser';
import { describe, expect, it, vi } from 'vitest';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

describe('RetryButton rendered on the server', () => {
  it('hydrates without a text mismatch when the wait ended while the page was on its way', async () => {
    const error = apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt: Date.now() + 300 });
    const container = document.createElement('div');
    container.innerHTML = renderToString(<RetryButton error={error} onRetry={() => undefined} />);
    document.body.append(container);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the page arrives after retryAt

    const recoverable = vi.fn();
    const root = hydrateRoot(container, <RetryButton error={error} onRetry={() => undefined} />, { onRecoverableError: recoverable });
    // After hydration the button catches up with the clock.
    await expect.poll(() => container.querySelector('button')?.disabled).toBe(false);
    expect(recoverable).not.toHaveBeenCalled();
    root.unmount();
    container.remove();
  });
});
