import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionCoordinator } from '../../src/runtime/session.js';
import { normalizeApiError } from '../../src/model/normalizeApiError.js';
import { ApiErrorBoundary } from '../../src/react/ApiErrorBoundary.js';
import { createAuthWave } from '../../src/query/createAuthWave.js';
import { apiErrorRetryDelay } from '../../src/query/apiErrorRetryDelay.js';

const unauthorized = () =>
  normalizeApiError({ isAxiosError: true, config: { url: '/items' }, response: { status: 401, headers: {}, data: { error: { code: 'TOKEN_EXPIRED', message: 'expired' } } } });

/** Lets every pending promise chain settle (the wave and the coordinator only use promises). */
const settle = async () => {
  for (let i = 0; i < 50; i++) await Promise.resolve();
};

afterEach(() => {
  vi.useRealTimers();
});

describe('a session that cannot be restored ends in one prompt, not a loop', () => {
  it.each([
    ['refreshSession always fails', () => Promise.resolve(false)],
    ['refreshSession always throws', () => Promise.reject(new Error('refresh endpoint down'))],
    ['refreshSession always "succeeds" but the server keeps answering 401', () => Promise.resolve(true)],
  ])('%s', async (_name, refresh) => {
    const refreshSession = vi.fn(refresh);
    const session = createSessionCoordinator({ refreshSession }, { name: `loop-test-${_name}` });
    const wave = createAuthWave(() => session);
    const prompts: number[] = [];
    wave.subscribe(() => {
      if (wave.getSnapshot().status === 'needs-login') prompts.push(1);
    });
    let sent = 0;
    // Twenty queries fail together; every replay is answered with 401 again, forever.
    const keys = Array.from({ length: 20 }, () => ({}));
    const send = (key: object) => {
      sent += 1;
      if (sent > 1000) throw new Error('request loop');
      const version = session.version();
      queueMicrotask(() => {
        wave.handle(key, () => { send(key); }, version, unauthorized());
      });
    };
    for (const key of keys) send(key);
    await settle();
    expect(wave.getSnapshot().status).toBe('needs-login');
    expect(prompts).toHaveLength(1);
    expect(refreshSession.mock.calls.length).toBeLessThanOrEqual(1);
    expect(sent).toBeLessThanOrEqual(40); // each query sent at most once more, after the one refresh
    // More failures while the prompt is up only join it.
    for (const key of keys) send(key);
    await settle();
    expect(prompts).toHaveLength(1);
    expect(refreshSession.mock.calls.length).toBeLessThanOrEqual(1);
  });
});

describe('a rate-limit storm spreads out', () => {
  it('50 concurrent 429s with the same Retry-After get 50 distinct delays, none before retryAt', () => {
    const errors = Array.from({ length: 50 }, () =>
      normalizeApiError({ isAxiosError: true, config: { url: '/x' }, response: { status: 429, headers: { 'retry-after': '5' }, data: {} } }),
    );
    const now = Date.now();
    const delays = errors.map((error) => apiErrorRetryDelay(1, error));
    expect(new Set(delays).size).toBeGreaterThanOrEqual(45); // jitter; a few ms collisions are fine
    for (const [i, delay] of delays.entries()) {
      expect(now + delay).toBeGreaterThanOrEqual((errors[i]?.retryAt ?? 0) - 5);
      expect(Number.isFinite(delay)).toBe(true);
    }
    expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(100);
  });

  it('50 concurrent 503s without a retryAt spread over the backoff window too', () => {
    const error = normalizeApiError({ isAxiosError: true, config: { url: '/x' }, response: { status: 500, headers: {}, data: {} } });
    const delays = Array.from({ length: 50 }, () => apiErrorRetryDelay(2, error));
    expect(new Set(delays).size).toBeGreaterThanOrEqual(45);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(0);
  });
});

describe('a fallback that throws', () => {
  it('falls back to plain text, once: no render loop', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let fallbackRenders = 0;
    let childRenders = 0;
    function Broken(): never {
      childRenders += 1;
      throw new Error('screen failed');
    }
    render(
      <ApiErrorBoundary
        fallback={() => {
          fallbackRenders += 1;
          throw new Error('fallback failed too');
        }}
      >
        <Broken />
      </ApiErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.tagName).toBe('P');
    expect(alert.textContent).not.toBe('');
    expect(alert.querySelector('*')).toBeNull(); // plain text
    // React replays a throwing render a couple of times in development; a loop would be thousands.
    // React replays a throwing render a few times in development before giving up on it
    // (19: up to 3, 18: up to 5); a render loop would be hundreds.
    expect(fallbackRenders).toBeLessThanOrEqual(6);
    expect(childRenders).toBeLessThanOrEqual(6);
    expect(consoleError.mock.calls.length).toBeLessThanOrEqual(12);
  });
});
