/**
 * Errors a story throws to a boundary on purpose. React reports every caught error through the
 * root's `onCaughtError` (console.error by default); the preview skips only these, so any other
 * caught error still shows up as a console error.
 */
const expected = new Set<unknown>();

export function expectCaught<T>(error: T): T {
  expected.add(error);
  return error;
}

export function isExpectedCaught(error: unknown): boolean {
  return expected.has(error);
}
