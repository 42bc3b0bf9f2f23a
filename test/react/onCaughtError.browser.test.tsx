import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { ApiResponseError } from '../../src/model/http/ApiResponseError.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { logUnexpectedCaughtError } from '../../src/react/logUnexpectedCaughtError.js';

function Throws({ error }: { error: unknown }): never {
  throw error;
}

/** A React 19 root as an app creates it, with a boundary catching what the child throws. */
async function catchInRoot(error: unknown) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, { onCaughtError: logUnexpectedCaughtError });
  root.render(
    <ApiErrorBoundary>
      <Throws error={error} />
    </ApiErrorBoundary>,
  );
  await expect.poll(() => container.textContent).not.toBe('');
  root.unmount();
  container.remove();
}

describe('createRoot(el, { onCaughtError: logUnexpectedCaughtError })', () => {
  it('keeps an expected API failure shown by a boundary out of the console', async () => {
    const error = vi.spyOn(console, 'error');
    await catchInRoot(await ApiResponseError.fromResponse(new Response('{"error":"boom"}', { status: 503 })));
    expect(error).not.toHaveBeenCalled();
  });

  it('still logs a render bug, as React would', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await catchInRoot(new TypeError("Cannot read properties of undefined (reading 'map')"));
    expect(error).toHaveBeenCalledTimes(1);
  });
});
