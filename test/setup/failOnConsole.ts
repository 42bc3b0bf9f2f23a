import { afterEach, beforeEach, vi } from 'vitest';

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
        seen.push(`console.${method}: ${args.map(String).join(' ')}`);
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
