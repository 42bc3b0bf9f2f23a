import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { RetryButton } from '../../src/react/RetryButton.js';
import { apiError } from './fixtures.js';

describe('a countdown in real Chromium', () => {
  it('changes on the whole seconds of its own wait and enables within 100 ms of retryAt', async () => {
    // Half a second off the wall clock's seconds: the case whole-wall-clock ticks get wrong.
    const retryAt = Math.ceil(Date.now() / 1000) * 1000 + 2500;
    const changes: { text: string; at: number; disabled: boolean }[] = [];
    const screen = await render(<RetryButton error={apiError({ category: 'rate_limit', code: 'RATE_LIMIT_EXCEEDED', status: 429, retryAt })} onRetry={() => undefined} />);
    const button = screen.getByRole('button').element() as HTMLButtonElement;
    const record = () => {
      const last = changes.at(-1);
      const text = button.textContent;
      if (last?.text !== text || last.disabled !== button.disabled) changes.push({ text, at: Date.now(), disabled: button.disabled });
    };
    record();
    const observer = new MutationObserver(record);
    observer.observe(button, { subtree: true, characterData: true, childList: true, attributes: true });
    await expect.poll(() => button.disabled, { timeout: 5000, interval: 20 }).toBe(false);
    observer.disconnect();

    const enabledAt = changes.find((change) => !change.disabled)?.at ?? Infinity;
    expect(enabledAt - retryAt).toBeGreaterThanOrEqual(0);
    expect(enabledAt - retryAt).toBeLessThan(100);
    const showsOne = changes.find((change) => change.text.endsWith('0:01'));
    expect(showsOne).toBeDefined();
    // "0:01" from one second before retryAt, not from the wall clock's second before or after.
    expect(Math.abs((showsOne?.at ?? 0) - (retryAt - 1000))).toBeLessThan(100);
  });
});
