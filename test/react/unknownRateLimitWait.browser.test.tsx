import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { RetryButton } from '../../src/react/RetryButton.js';
import { useApiError } from '../../src/react/useApiError.js';
import { HIDDEN_RETRY_HEADERS_WARNING, UNKNOWN_RATE_LIMIT_WAIT_MS } from '../../src/runtime/retryAtOf.js';

// What a browser sees from a cross-origin API that does not expose Retry-After: a bare 429.
const bare429 = () => ApiResponseError.fromResponse(new Response('Too Many Requests', { status: 429 }));

function SecondsLeft({ error }: { error: unknown }) {
  const { secondsLeft } = useApiError(error);
  return <output>{secondsLeft}</output>;
}

describe('a rate limit whose wait is unknown', () => {
  it('keeps "Try again" disabled for the default wait and warns once in development', async () => {
    // Expected output: caught here instead of failing the test.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const screen = await render(
      <>
        <RetryButton error={await bare429()} onRetry={() => undefined} />
        <RetryButton error={await bare429()} onRetry={() => undefined} />
        <SecondsLeft error={await bare429()} />
      </>,
    );
    const [first] = screen.getByRole('button').elements() as HTMLButtonElement[];
    expect(first?.disabled).toBe(true);
    expect(first?.textContent).toMatch(/0:(30|29)/);
    expect(screen.container.querySelector('output')?.textContent).toMatch(/^(30|29)$/);
    expect(UNKNOWN_RATE_LIMIT_WAIT_MS).toBe(30_000);
    const warnings = warn.mock.calls.filter(([text]) => text === HIDDEN_RETRY_HEADERS_WARNING);
    expect(warnings).toHaveLength(1);
  });
});
