import { afterEach, describe, expect, it } from 'vitest';
import { createSessionCoordinator } from '../../src/runtime/session.js';

// Two coordinators with the same name stand for two tabs of the app: they share the browser's
// real Web Locks and localStorage, as tabs of one origin do. With rotating refresh tokens, a
// second refresh would send an already-spent token and log the user out.
const NAME = 'raek-test:cross-tab';

afterEach(() => {
  localStorage.removeItem(NAME);
});

describe('session refresh across tabs (real Web Locks in Chromium)', () => {
  it('runs one refresh when two tabs need one at the same time', async () => {
    expect(typeof navigator.locks.request).toBe('function');
    let token = 1;
    let refreshes = 0;
    const rotate = async (): Promise<boolean> => {
      const spent = token;
      refreshes += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (token !== spent) return false; // a spent refresh token: the server refuses it
      token += 1;
      return true;
    };
    const tabA = createSessionCoordinator({ refreshSession: rotate }, { name: NAME });
    const tabB = createSessionCoordinator({ refreshSession: rotate }, { name: NAME });

    const results = await Promise.all([tabA.refresh(), tabB.refresh(), tabA.refresh(), tabB.refresh()]);

    expect(results).toEqual([true, true, true, true]);
    expect(refreshes).toBe(1);
    expect(token).toBe(2);
  });

  it('lets a later tab refresh again once the earlier refresh is old news', async () => {
    let refreshes = 0;
    const refresh = async (): Promise<boolean> => {
      refreshes += 1;
      return true;
    };
    const tabA = createSessionCoordinator({ refreshSession: refresh }, { name: NAME });
    const tabB = createSessionCoordinator({ refreshSession: refresh }, { name: NAME });
    await tabA.refresh();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await tabB.refresh();
    expect(refreshes).toBe(2);
  });
});
