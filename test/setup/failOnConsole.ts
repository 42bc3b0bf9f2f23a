import { version as reactVersion } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * React 18 (not 19) warns when a layout effect runs during a server render. The SSR tests
 * render to a string inside jsdom, where `document` exists, so the components' "layout effect
 * in the browser, plain effect on the server" choice sees a browser; on a real server there is
 * no `document` and no warning. Only that warning, only under React 18, is let through.
 */
const TOLERATED = reactVersion.startsWith('18.') ? /useLayoutEffect does nothing on the server/ : null;

/**
 * Stray console.error / console.warn output fails the test that caused it:
 * React's warnings (act, keys, hydration) are bugs, not noise.
 * A test that expects output spies on console itself and restores it.
 */
export function failOnConsole(): void {
  const seen: string[] = [];
  beforeEach(() => {
    seen.length = 0;
    for (const method of ['error', 'warn'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        const text = args.map(String).join(' ');
        if (TOLERATED?.test(text)) return;
        seen.push(`console.${method}: ${text}`);
      });
    }
  });
  afterEach(() => {
    if (seen.length > 0) {
      const report = seen.join('\n');
      seen.length = 0;
      throw new Error(`Unexpected console output:\n${report}`);
    }
  });
}
