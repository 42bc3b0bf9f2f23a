/** A TanStack Query query or mutation result, recognized by shape (no import of react-query here). */
export interface ResultParts {
  /** The error to present (the result's `error`, or the input itself). */
  readonly error: unknown;
  /** The result's own retry: `refetch` for a query, `reset` for a mutation. */
  readonly retry?: (() => unknown) | undefined;
}

type Fn = (...args: never[]) => unknown;
const isFn = (value: unknown): value is Fn => typeof value === 'function';

export function readResult(input: unknown): ResultParts {
  if (typeof input !== 'object' || input === null || !('error' in input)) return { error: input };
  const result = input as { error: unknown; refetch?: unknown; reset?: unknown; mutate?: unknown };
  // A query result: `refetch`. A mutation result: `reset` and `mutate`.
  if (isFn(result.refetch)) {
    const refetch = result.refetch;
    return { error: result.error, retry: () => refetch() };
  }
  if (isFn(result.reset) && isFn(result.mutate)) {
    const reset = result.reset;
    return { error: result.error, retry: () => reset() };
  }
  return { error: input };
}
