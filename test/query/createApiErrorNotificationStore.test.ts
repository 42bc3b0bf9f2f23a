import { describe, expect, it } from 'vitest';
import { createApiErrorNotificationStore } from '../../src/query/createApiErrorNotificationStore.js';
import { apiError } from './fixtures.js';

function setup() {
  let now = 1_000;
  const store = createApiErrorNotificationStore({ dedupeWindowMs: 10_000, now: () => now });
  return { store, advance: (ms: number) => (now += ms) };
}

describe('createApiErrorNotificationStore', () => {
  it('the same code and status within the window is one notice with a count', () => {
    const { store, advance } = setup();
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 503 }));
    advance(3_000);
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 503 }));
    advance(3_000);
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 503 }));
    const { notices } = store.getSnapshot();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.count).toBe(3);
  });

  it('a different status, or the same after the window, is a new notice', () => {
    const { store, advance } = setup();
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 503 }));
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 502 }));
    advance(10_001);
    store.notify(apiError('SERVICE_UNAVAILABLE', { status: 503 }));
    expect(store.getSnapshot().notices.map((n) => n.count)).toEqual([1, 1, 1]);
  });

  it('the same thrown value reported twice counts once (two listeners, StrictMode re-runs)', () => {
    const { store } = setup();
    const thrown = apiError('INTERNAL_ERROR', { status: 500 });
    store.notify(thrown);
    store.notify(thrown);
    expect(store.getSnapshot().notices[0]!.count).toBe(1);
  });

  it('never shows a cancellation; dismiss and clear remove notices', () => {
    const { store } = setup();
    store.notify(apiError('CANCELLED'));
    expect(store.getSnapshot().notices).toHaveLength(0);
    store.notify(apiError('INTERNAL_ERROR', { status: 500 }));
    store.notify(apiError('NOT_FOUND', { status: 404 }));
    store.dismiss(store.getSnapshot().notices[0]!.id);
    expect(store.getSnapshot().notices.map((n) => n.error.code)).toEqual(['NOT_FOUND']);
    store.clear();
    expect(store.getSnapshot().notices).toHaveLength(0);
  });

  it('keeps the newest few, and a stable snapshot between changes', () => {
    const store = createApiErrorNotificationStore({ maxNotices: 2 });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.notify(apiError('NOT_FOUND', { status: 404 }));
    store.notify(apiError('CONFLICT', { status: 409 }));
    store.notify(apiError('INTERNAL_ERROR', { status: 500 }));
    store.setOffline(true);
    store.setOffline(true);
    expect(calls).toBe(4);
    expect(store.getSnapshot().notices.map((n) => n.error.code)).toEqual(['CONFLICT', 'INTERNAL_ERROR']);
    expect(store.getSnapshot().offline).toBe(true);
  });
});

describe('notice retry', () => {
  it('runs each distinct piece of failed work once', () => {
    const { store } = setup();
    const runs: string[] = [];
    const queryA = {};
    store.notify(apiError('BAD_GATEWAY', { status: 502 }), { retry: () => runs.push('a'), retryKey: queryA });
    store.notify(apiError('BAD_GATEWAY', { status: 502 }), { retry: () => runs.push('a again'), retryKey: queryA });
    store.notify(apiError('BAD_GATEWAY', { status: 502 }), { retry: () => runs.push('b'), retryKey: {} });
    const [notice] = store.getSnapshot().notices;
    expect(notice!.count).toBe(3);
    notice!.retry!();
    expect(runs).toEqual(['a again', 'b']);
  });
});
