import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { RetryButton } from '../../src/react/index.js';
import { publicElements, rateLimited } from './publicElements.js';

// test/setup/dom.ts fails the test on any console.error, which is how React reports a
// hydration mismatch ("A tree hydrated but some attributes ... didn't match").
beforeAll(() => {
  // Tells React this environment drives updates through act(), as Testing Library's render does.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

test.each(publicElements())('%s hydrates the server HTML without a mismatch', async (_name, element) => {
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  const recoverable: unknown[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  act(() => {
    root?.unmount();
  });
  container.remove();
});

afterEach(() => {
  vi.useRealTimers();
});

// Server HTML reaches the browser seconds later; a countdown must not make hydration fail then.
test('a counting-down RetryButton hydrates when the client is 3 s later than the server', async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.UTC(2025, 0, 15, 12, 0, 0, 500) });
  const element = createElement(RetryButton, { error: rateLimited(42) });
  const container = document.createElement('div');
  container.innerHTML = renderToString(element);
  document.body.append(container);
  vi.setSystemTime(Date.now() + 3000);
  const recoverable: unknown[] = [];
  let root: ReturnType<typeof hydrateRoot> | undefined;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  act(() => {
    root?.unmount();
  });
  container.remove();
});
