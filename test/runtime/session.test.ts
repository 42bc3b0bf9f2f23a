import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionCoordinator } from '../../src/runtime/session.js';

function deferred() {
  let resolve!: (value: boolean) => void;
  const promise = new Promise<boolean>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createSessionCoordinator', () => {
  it('runs one refresh for any number of concurrent callers', async () => {
    const gate = deferred();
    const refreshSession = vi.fn(() => gate.promise);
    const session = createSessionCoordinator({ refreshSession });
    const results = Promise.all(Array.from({ length: 20 }, () => session.refresh()));
    gate.resolve(true);
    expect(await results).toEqual(Array(20).fill(true));
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });

  it('runs one login for concurrent callers, and treats a throwing handler as a failure', async () => {
    const requestLogin = vi.fn(async () => {
      throw new Error('popup blocked');
    });
    const session = createSessionCoordinator({ requestLogin });
    expect(await Promise.all([session.login(), session.login()])).toEqual([false, false]);
    expect(requestLogin).toHaveBeenCalledTimes(1);
  });

  it('restore: refresh first, login when refresh fails', async () => {
    const refreshSession = vi.fn(async () => false);
    const requestLogin = vi.fn(async () => true);
    const session = createSessionCoordinator({ refreshSession, requestLogin });
    expect(await session.restore()).toBe(true);
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(requestLogin).toHaveBeenCalledTimes(1);
  });

  it('restore: a refresh that just settled is not tried again within the cooldown', async () => {
    let now = 0;
    const refreshSession = vi.fn(async () => true);
    const requestLogin = vi.fn(async () => true);
    const session = createSessionCoordinator({ refreshSession, requestLogin }, { refreshCooldownMs: 10_000, now: () => now });
    await session.restore();
    await session.restore(); // a 401 right after a refresh that "worked": refreshing does not help
    expect(refreshSession).toHaveBeenCalledTimes(1);
    expect(requestLogin).toHaveBeenCalledTimes(1);
    now = 20_000;
    await session.restore();
    expect(refreshSession).toHaveBeenCalledTimes(2);
  });

  describe('renew(version)', () => {
    it('a request sent before the latest renewal is simply worth sending again', async () => {
      const refreshSession = vi.fn(async () => true);
      const session = createSessionCoordinator({ refreshSession });
      const sentWith = session.version();
      expect(await session.renew(sentWith)).toBe(true);
      expect(session.version()).toBe(sentWith + 1);
      expect(await session.renew(sentWith)).toBe(true); // a straggler of the same wave
      expect(refreshSession).toHaveBeenCalledTimes(1);
    });

    it('a request that failed with fresh credentials right after a refresh gets false, not a refresh', async () => {
      const refreshSession = vi.fn(async () => true);
      const session = createSessionCoordinator({ refreshSession });
      await session.renew(session.version());
      expect(await session.renew(session.version())).toBe(false);
      expect(refreshSession).toHaveBeenCalledTimes(1);
    });

    it('a refresh that keeps failing is called once per cooldown, however many requests fail', async () => {
      let now = 0;
      const refreshSession = vi.fn(async () => false);
      const session = createSessionCoordinator({ refreshSession }, { refreshCooldownMs: 10_000, now: () => now });
      const version = session.version();
      const first = await Promise.all(Array.from({ length: 20 }, () => session.renew(version)));
      const later = await Promise.all(Array.from({ length: 20 }, () => session.renew(version)));
      expect([...first, ...later].every((ok) => !ok)).toBe(true);
      expect(refreshSession).toHaveBeenCalledTimes(1);
      now = 10_000;
      await session.renew(version);
      expect(refreshSession).toHaveBeenCalledTimes(2);
    });

    it('joins a refresh in flight, and a login counts as a renewal', async () => {
      const gate = deferred();
      const refreshSession = vi.fn(() => gate.promise);
      const requestLogin = vi.fn(async () => true);
      const session = createSessionCoordinator({ refreshSession, requestLogin });
      const a = session.renew(0);
      const b = session.renew(5);
      gate.resolve(false);
      expect(await Promise.all([a, b])).toEqual([false, false]);
      const before = session.version();
      expect(await session.login()).toBe(true);
      expect(await session.renew(before)).toBe(true);
      expect(refreshSession).toHaveBeenCalledTimes(1);
    });

    it('without a refreshSession handler: false at once', async () => {
      const session = createSessionCoordinator({ requestLogin: async () => true });
      expect(await session.renew(0)).toBe(false);
      expect(session.canRestore()).toBe(true);
      expect(createSessionCoordinator().canRestore()).toBe(false);
    });
  });

  it('across tabs: runs under a Web Lock and skips its refresh when another tab refreshed while it waited', async () => {
    const storage = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => storage.set(k, v),
    });
    const names: string[] = [];
    vi.stubGlobal('navigator', {
      locks: {
        request: async <T>(name: string, callback: () => Promise<T>) => {
          names.push(name);
          // The other tab held the lock and refreshed in the meantime.
          storage.set(name, String(Date.now() + 1_000));
          return callback();
        },
      },
    });
    const refreshSession = vi.fn(async () => true);
    const session = createSessionCoordinator({ refreshSession }, { name: 'shop' });
    expect(await session.refresh()).toBe(true);
    expect(names).toEqual(['shop']);
    expect(refreshSession).not.toHaveBeenCalled();
  });

  it('falls back without Web Locks or storage', async () => {
    vi.stubGlobal('navigator', {});
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    });
    const refreshSession = vi.fn(async () => true);
    const session = createSessionCoordinator({ refreshSession });
    expect(await session.refresh()).toBe(true);
    expect(refreshSession).toHaveBeenCalledTimes(1);
  });
});
